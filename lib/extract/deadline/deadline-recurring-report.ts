import { addDays } from '../calendar';
import { spacesEnd, spacesStart } from '../normalize';
import type { Recurrence } from '../schema';
import { B, BEFORE, DAY, DAY_PART, E, G, G0, TIME } from './patterns';
import { endOfPeriod, nextMonthly, nextQuarterly, nextYearly } from './periods';
import { readTime, recurrenceBase } from './read-date';
import { readFrequency } from './recurrence';
import { candidateOf, matchPrefix } from './spans';
import type { Candidate, DeadlineRule } from './types';

// "báo cáo định kỳ hằng tháng"          → monthly; no day stated: the end of the current month, also null
// "(Báo cáo hàng tuần)", "định kỳ hằng quý", "định kỳ hằng năm", "báo cáo hằng ngày", "| Hàng năm |" (a table's time column)
// "Hàng tháng tổng hợp báo cáo …", "…; đồng thời, hàng tháng đôn đốc …": a frequency opening the duty
// "định kỳ hằng quý (trước ngày 15 của tháng cuối quý)" → 15/3, 15/6, 15/9, 15/12: the first one after the document date
// "báo cáo định kỳ hằng tháng trước ngày 20", "hằng tháng, trước ngày 20", "hằng năm, trước ngày 15/12",
// "Hàng năm, trước ngày mùng 10 của tháng 01"
// "báo cáo hằng ngày trước 15 giờ"     → daily at 15:00, the day after the document date
const TAIL =
  `[^\\n.;]{0,60}?${B}(?:${BEFORE}|(?:cham|muon)${G}nhat(?:${G}(?:la|vao))?|khong${G}muon${G}hon|han${G}chot|vao)${G}` +
  `(?:${TIME}${DAY_PART}|(?:${DAY}${G})?(\\d{1,2})(?:${G0}[/-]${G0}(\\d{1,2})|${G}(?:cua${G})?thang${G}(\\d{1,2})(?!\\d))?(?!\\s{0,3}[/.-]\\s{0,3}\\d)` +
  `(?:${G}(?:cua${G})?thang${G}(cuoi|dau)${G}(?:cua${G})?quy(?:${G}(sau))?)?)${E}`;
// "báo cáo" before the frequency, not across a blank line (a heading's "Chế độ báo cáo" above it).
const PATTERN = new RegExp(`${B}(?:(bao${G}cao)(?![ \\t|]{0,12}\\n[ \\t|]{0,12}\\n)${G})?(?:(dinh${G}ky)${G})?(?:vao${G})?hang${G}(ngay|tuan|thang|quy|nam)${E}(?:${TAIL})?`, 'g');
const REPORT = 1;
const PERIODIC = 2;
const FREQUENCY = 3;
const HOUR = 5;
const MINUTE = 6;
const PART = 7;
const DAY_NUMBER = 8;
const MONTH = 9;
const MONTH_WORDED = 10;
const MONTH_OF_QUARTER = 11;

function firstDue(base: string, recurrence: Recurrence, day: number, month: number | null, monthOfQuarter: string | undefined): string | null {
  switch (recurrence) {
    case 'monthly':
      return nextMonthly(base, day);
    case 'quarterly':
      return nextQuarterly(base, day, monthOfQuarter === 'dau' ? 'first' : 'last');
    case 'yearly':
      return month === null ? null : nextYearly(base, day, month);
    default:
      return null;
  }
}

// The match up to its frequency word, with the same gaps PATTERN allows ("hằng\n    tháng" in indented text).
const HEAD = new RegExp(`^[^]*?hang${G}(?:ngay|tuan|thang|quy|nam)`);

/** The match cut after its frequency word, for when the day or time after it does not fit. */
function headOnly(m: RegExpExecArray): RegExpExecArray {
  const head = HEAD.exec(m[0]);
  return head ? matchPrefix(m, head[0].length) : m;
}

// What may stand before a frequency that opens a duty: a sentence's or a bullet's start, "đồng thời,".
// A line break alone is no start: PDF text wraps lines anywhere ("… thống kê\nhàng ngày vào sổ …").
// A blank line is: a paragraph starts after it ("4. Chế độ báo cáo\n\nHàng năm, trước ngày …").
const OPENS_DUTY_AFTER = /(?:^|[.;:][ \t]{0,8}\n?|\n[ \t]{0,8}\n|(?:^|\n)[ \t]{0,8}(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])|dong thoi,?)[ \t]{0,8}$/;

/** True when the frequency at `start` opens a duty: "Hàng tháng tổng hợp báo cáo …", "đồng thời, hàng tháng đôn đốc …". */
function opensDuty(folded: string, start: number): boolean {
  return OPENS_DUTY_AFTER.test(folded.slice(Math.max(0, start - 24), start));
}

/** True when `[start, end)` fills a table cell: "| Hàng năm |", the time column of a plan's table. */
function aloneInCell(folded: string, start: number, end: number): boolean {
  return folded.charCodeAt(spacesStart(folded, start, start - 5) - 1) === 124 && folded.charCodeAt(spacesEnd(folded, end, end + 4)) === 124;
}

export const recurringReport: DeadlineRule = {
  name: 'deadline-recurring-report',
  pattern: PATTERN,
  starts: ['bao', 'dinh', 'vao', 'hang'],
  needs: ['hang'],
  extract(m, env) {
    const recurrence = readFrequency(m[FREQUENCY]!)!;
    const lead = Boolean(m[REPORT] || m[PERIODIC]) || aloneInCell(env.folded, m.index, m.index + m[0].length) || opensDuty(env.folded, m.index);
    const fields = { stated: false, kind: 'recurring' as const, recurrence };
    // No day stated: the last day of the first period (a day after the document for daily reports).
    const bare = (): Candidate | null => {
      if (!lead) return null;
      const date = env.base ? (recurrence === 'daily' ? addDays(env.base, 1) : endOfPeriod(env.base, recurrence)) : null;
      return candidateOf(headOnly(m), this.name, { ...fields, date, also: [null] });
    };
    if (m[HOUR] !== undefined) {
      const time = readTime(m[HOUR], m[MINUTE], m[PART]);
      if (!time || (recurrence !== 'daily' && recurrence !== 'weekly')) return bare();
      const date = env.base ? (recurrence === 'daily' ? addDays(env.base, 1) : endOfPeriod(env.base, 'weekly')) : null;
      return candidateOf(m, this.name, { ...fields, date, time, also: recurrence === 'daily' && env.base ? [env.base] : [null] });
    }
    if (m[DAY_NUMBER] !== undefined) {
      const day = Number(m[DAY_NUMBER]);
      const monthWritten = m[MONTH] ?? m[MONTH_WORDED];
      const month = monthWritten === undefined ? null : Number(monthWritten);
      if (day < 1 || day > 31 || (month !== null && (month < 1 || month > 12))) return bare();
      if (recurrence === 'daily' || recurrence === 'weekly') return bare();
      const base = month === null ? env.base : recurrenceBase(env, recurrence);
      const date = base ? firstDue(base, recurrence, day, month, m[MONTH_OF_QUARTER]) : null;
      if (base && !date) return bare();
      return candidateOf(m, this.name, { ...fields, date });
    }
    return bare();
  },
};
