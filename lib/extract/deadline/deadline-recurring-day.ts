import { B, BEFORE, DAY, E, G, G0 } from './patterns';
import { nextMonthly, nextQuarterly, nextYearly } from './periods';
import { recurrenceBase } from './read-date';
import { readFrequency } from './recurrence';
import { candidateOf, leadBefore } from './spans';
import type { DeadlineRule, RuleEnv } from './types';

// "trước ngày 20 hằng tháng"           → monthly, the first 20th after the document date
// "Định kỳ trước ngày 25 hàng tháng", "vào ngày 05 hằng tháng", "chậm nhất ngày 10 hàng tháng",
// "không muộn hơn ngày 30/6 hằng năm", "hạn chót ngày 20 hằng tháng"
// "trước ngày 15 hằng quý"             → quarterly, the 15th of a quarter's last month
// "trước ngày 15/12 hằng năm"          → yearly, the first 15/12 after the document date
// "trước ngày 10 tháng 12 hằng năm"    → the same, the month in words
// "trước ngày 15/6 và 15/12 hằng năm"  → yearly, twice: whichever comes first after the document date
const DAY_MONTH = `(\\d{1,2})(?:${G0}[/-]${G0}(\\d{1,2})|${G}thang${G}(\\d{1,2}))?`;
const SECOND_DAY_MONTH = `(?:${G}(?:va|,)${G}(?:ngay${G})?(\\d{1,2})(?:${G0}[/-]${G0}(\\d{1,2})|${G}thang${G}(\\d{1,2}))?)?`;
const PATTERN = new RegExp(
  `${B}${DAY_MONTH}${SECOND_DAY_MONTH}${G}(?:cua${G})?(?:(?:cac|moi)${G})?hang${G}(thang|quy|nam)${E}`,
  'g',
);
const DAY_NUMBER = 1;
const MONTH = 2;
const MONTH_WORDED = 3;
const SECOND_DAY = 4;
const SECOND_MONTH = 5;
const SECOND_MONTH_WORDED = 6;
const FREQUENCY = 7;
const FROM_YEAR = /^[\s,|]{0,4}(?:ke\s{1,3}tu|bat\s{1,3}dau\s{1,3}tu|tu)\s{1,3}nam\s{1,3}(\d{4})(?!\d)/;
/** Groups: the cue, its "t" (OCR may lose it), "ngày". */
const LEAD = new RegExp(`${B}(?:dinh${G}ky${G})?(?:(${BEFORE}|(?:cham|muon)${G}nhat(?:${G}(?:la|vao))?|khong${G}muon${G}hon|han${G}chot|vao|han)${G})?(?:(${DAY})${G})?$`);

/**
 * The cue before a recurring day ("trước ngày", "chậm nhất", "vào ngày", "Định kỳ…") ending at
 * `at`, or null when there is none: a bare number ("15 hằng tháng") is a count, not a day.
 */
export function recurringDayLead(env: RuleEnv, at: number): ReturnType<typeof leadBefore> | null {
  const lead = leadBefore(env, at, LEAD);
  const [cue, t, dayWord] = lead.groups;
  if (!cue && !dayWord) return null;
  if (t === '' && !dayWord) return null;
  return lead;
}

/** The earlier of two ISO dates, either of which may be missing. */
function earliest(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a < b ? a : b;
}

export const recurringDay: DeadlineRule = {
  name: 'deadline-recurring-day',
  pattern: PATTERN,
  starts: ['#'],
  needs: ['hang'],
  extract(m, env) {
    const lead = recurringDayLead(env, m.index);
    if (!lead) return null;
    const recurrence = readFrequency(m[FREQUENCY]!)!;
    const day = Number(m[DAY_NUMBER]);
    const monthText = m[MONTH] ?? m[MONTH_WORDED];
    // A second day ("15/6 và 15/12 hằng năm", "ngày 5 và 20 hằng tháng"): the duty falls due on both.
    const secondDay = m[SECOND_DAY] === undefined ? null : Number(m[SECOND_DAY]);
    const secondMonthText = m[SECOND_MONTH] ?? m[SECOND_MONTH_WORDED];
    // "ngày 5 và 20 tháng 12": the month written once serves both days.
    const monthOf = (text: string | undefined) => (text === undefined ? null : Number(text));
    const month = monthOf(monthText ?? (secondDay === null ? undefined : secondMonthText));
    const secondMonth = monthOf(secondMonthText);
    if (day < 1 || day > 31 || (month !== null && (month < 1 || month > 12))) return null;
    if (recurrence === 'yearly' && month === null) return null;
    if (secondDay !== null) {
      if (secondDay < 1 || secondDay > 31) return null;
      if (recurrence === 'yearly' ? !(secondMonth !== null && secondMonth >= 1 && secondMonth <= 12) : recurrence !== 'monthly' || secondMonth !== null) return null;
    }
    const fields = { stated: false, kind: 'recurring' as const, recurrence };
    const textBase = recurrenceBase(env, recurrence);
    if (!textBase) return candidateOf(m, this.name, { ...fields, date: null }, lead.start);
    // "… hằng năm kể từ năm 2027": the first time falls in that year or after.
    const from = FROM_YEAR.exec(env.folded.slice(m.index + m[0].length, m.index + m[0].length + 32));
    const fromYear = from ? Number(from[1]) : 0;
    const base = fromYear > Number(textBase.slice(0, 4)) && fromYear < 2200 ? `${fromYear - 1}-12-31` : textBase;
    const date =
      recurrence === 'monthly' ? earliest(nextMonthly(base, day), secondDay === null ? null : nextMonthly(base, secondDay))
      : recurrence === 'quarterly' ? nextQuarterly(base, day, 'last')
      : earliest(nextYearly(base, day, month!), secondDay === null ? null : nextYearly(base, secondDay, secondMonth!));
    if (!date) return null;
    return candidateOf(m, this.name, { ...fields, date, ...(recurrence === 'quarterly' ? { also: [null] } : {}) }, lead.start);
  },
};
