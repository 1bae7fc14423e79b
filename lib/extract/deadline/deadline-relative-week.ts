import { addDays, weekdayOf } from '../calendar';
import { B, BEFORE, E, G, G0, TIME } from './patterns';
import { readTime } from './read-date';
import { candidateOf, leadBefore } from './spans';
import type { DeadlineRule } from './types';

// Days named relative to the document's date (its week runs Monday to Sunday):
// "trước thứ Sáu tuần sau"                  → the Friday of the next week
// "vào thứ Hai tuần tới", "trước thứ 6 tuần này", "chậm nhất thứ Năm tuần kế tiếp"
// "trước 10 giờ sáng thứ Ba tuần sau"       → that Tuesday, 10:00
// "trong tuần này", "cuối tuần sau"         → the Sunday ending that week
// "trước 16 giờ ngày mai"                   → the day after the document date, 16:00
// chrono-node reads "thứ sáu tuần sau" as six weeks ahead; this grammar reads the weekday.
const WEEKDAY = `thu${G}(?:hai|ba|tu|nam|sau|bay|[2-7])|chu${G}nhat`;
const WHICH = `nay|sau|toi|ke${G}tiep|tiep${G}theo`;
const PATTERN = new RegExp(
  `${B}(?:(${WEEKDAY})${G0},?${G0}tuan${G}(${WHICH})|(trong|cuoi)${G}tuan${G}(${WHICH})|ngay${G}mai)${E}`,
  'g',
);
const DAY_NAME = 1;
const DAY_WEEK = 2;
const WHOLE = 3;
const WHOLE_WEEK = 4;
// A cue and an hour before the day: "trước 10 giờ sáng", "chậm nhất vào", "trước 16h00,".
const LEAD = new RegExp(
  `${B}(?:(?:${BEFORE}|vao|cham${G}nhat(?:${G}(?:la|vao))?|han${G}chot|han|trong)${G})?` +
    `(?:${TIME}(?:${G}(sang|trua|chieu|toi))?[\\s,|]{1,4})?(?:(?:sang|chieu|ngay)${G})?$`,
);
const LEAD_HOUR = 2;
const LEAD_MINUTE = 3;
const LEAD_PART = 4;

const DAY_OF_WEEK: Record<string, number> = { hai: 0, ba: 1, tu: 2, nam: 3, sau: 4, bay: 5, nhat: 6 };

/** Days from Monday (0 … 6, Sunday last) of "thứ Hai" … "Chủ nhật", "thứ 2" … "thứ 7". */
function fromMonday(folded: string): number | null {
  const word = folded.replace(/[\s|]+/g, ' ').split(' ')[1]!;
  if (/^[2-7]$/.test(word)) return Number(word) - 2;
  return DAY_OF_WEEK[word] ?? null;
}

/** The Monday of the week holding `iso`. */
function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export const relativeWeek: DeadlineRule = {
  name: 'deadline-relative-week',
  pattern: PATTERN,
  starts: ['thu', 'chu', 'trong', 'cuoi', 'ngay'],
  needs: ['tuan', 'mai'],
  extract(m, env) {
    const lead = leadBefore(env, m.index, LEAD, 40);
    const hour = lead.groups[LEAD_HOUR - 1];
    const time = hour ? readTime(hour, lead.groups[LEAD_MINUTE - 1], lead.groups[LEAD_PART - 1]) : null;
    // "ngày mai" needs a cue or an hour: "đến ngày mai" in a narrative is not a deadline.
    if (!m[DAY_NAME] && !m[WHOLE] && lead.start === m.index) return null;
    let date: string | null = null;
    if (env.base) {
      if (!m[DAY_NAME] && !m[WHOLE]) date = addDays(env.base, 1);
      else {
        const which = (m[DAY_WEEK] ?? m[WHOLE_WEEK])!;
        const monday = addDays(mondayOf(env.base), which === 'nay' ? 0 : 7);
        const day = m[DAY_NAME] ? fromMonday(m[DAY_NAME]) : 6;
        if (day === null) return null;
        date = addDays(monday, day);
      }
    }
    return candidateOf(m, this.name, { date, time, stated: false, kind: 'date' }, lead.start);
  },
};
