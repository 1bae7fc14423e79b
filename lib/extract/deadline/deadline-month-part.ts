import { addMonths, endOfMonth, isoOf } from '../calendar';
import { B, E, G, G0, MONTH_YEAR_TAIL } from './patterns';
import { inferPeriodYear } from './read-date';
import { candidateOf, leadBefore } from './spans';
import type { DeadlineRule } from './types';

// "cuối tháng 5"              → 31/5 (BLDS 2015 art. 146), "cuối tháng 5/2025"
// "giữa tháng 6 năm 2025"     → 15/6
// "đầu tháng 6"               → 1/6
// "vào tuần cuối tháng 11/2022" → 2022-11-30, "tuần đầu tháng 12" → 7/12
// "cuối tháng này", "đầu tháng sau", "cuối tháng" (the document's month)
// not "từ đầu tháng 6" or "kể từ cuối tháng 5" (a start, not a deadline)
const PATTERN = new RegExp(`${B}(cuoi|giua|dau)${G}thang(?:${G0}(\\d{1,2})${E}${MONTH_YEAR_TAIL}|${G}(nay|sau|toi))?${E}`, 'g');
const PART = 1;
const MONTH = 2;
const YEAR_A = 3;
const YEAR_B = 4;
const RELATIVE = 5;
/** Groups: the cue, "tuần". */
const LEAD = new RegExp(`${B}(?:(ke${G}tu|tinh${G}tu|tu|vao|trong|truoc|den|cham${G}nhat|hoan${G}thanh)${G})?(?:(tuan)${G})?$`);

export const monthPart: DeadlineRule = {
  name: 'deadline-month-part',
  pattern: PATTERN,
  starts: ['cuoi', 'giua', 'dau'],
  needs: ['thang'],
  extract(m, env) {
    const lead = leadBefore(env, m.index, LEAD);
    const cue = lead.groups[0]?.replace(/[\s|]+/g, ' ');
    if (cue === 'tu' || cue === 'ke tu' || cue === 'tinh tu') return null;
    const part = m[PART]!;
    const week = Boolean(lead.groups[1]);
    const dayIn = (y: number, mo: number) =>
      part === 'cuoi' ? endOfMonth(y, mo) : isoOf(y, mo, part === 'giua' ? 15 : week ? 7 : 1);
    const yearText = m[YEAR_A] ?? m[YEAR_B];
    let date: string | null;
    if (m[MONTH]) {
      const mo = Number(m[MONTH]);
      if (mo < 1 || mo > 12) return null;
      date = yearText ? dayIn(Number(yearText), mo) : inferPeriodYear(env, (y) => dayIn(y, mo));
      if (!date && env.base) return null;
    } else {
      if (!env.base) return null;
      const first = isoOf(Number(env.base.slice(0, 4)), Number(env.base.slice(5, 7)), 1);
      const next = addMonths(first, 1);
      const target = m[RELATIVE] === 'sau' || m[RELATIVE] === 'toi' ? next : first;
      date = dayIn(Number(target.slice(0, 4)), Number(target.slice(5, 7)));
      if (!m[RELATIVE] && date < env.base) date = dayIn(Number(next.slice(0, 4)), Number(next.slice(5, 7)));
    }
    const also = week || part === 'dau' ? [null] : undefined;
    return candidateOf(m, this.name, { date, stated: false, kind: 'date', soft: true, ...(also ? { also } : {}) }, lead.start);
  },
};
