import { B, BEFORE, DAY, E, G, G0 } from './patterns';
import { endOfPeriod, nextHalfYearly } from './periods';
import { candidateOf, matchPrefix } from './spans';
import type { DeadlineRule } from './types';

// "định kỳ 6 tháng (trước ngày 15/6)"   → half-yearly: 15/6 and 15/12, the first one after the document date
// "báo cáo định kỳ 06 tháng", "hằng 6 tháng", "6 tháng một lần", "định kỳ sáu tháng/lần"
//                                       → no day stated: the end of the current half-year, also null
// not "6 tháng đầu năm 2025" (a period, deadline-half-year) nor "sau tháng 6" (after June)
const PATTERN = new RegExp(
  `${B}(?:(bao${G}cao)${G})?(?:(dinh${G}ky|hang)${G})?(0?6|sau)${G}thang(?!${G}(?:dau|cuoi)${G}nam)` +
    `(?:${G0}(\\/)${G0}lan|${G}(mot)${G}lan)?${E}` +
    `(?:(?:(?!hang${G})[^\\n.;]){0,60}?${B}(?:${BEFORE}|cham${G}nhat(?:${G}(?:la|vao))?|vao)${G}(?:${DAY}${G})?(\\d{1,2})${G0}[/-]${G0}(\\d{1,2})(?!\\s{0,3}[/.-]\\s{0,3}\\d)${E})?`,
  'g',
);
const PERIODIC = 2;
const SIX = 3;
const PER_TIME = 4;
const ONCE = 5;
const DAY_NUMBER = 7;
const MONTH = 8;

export const halfYearly: DeadlineRule = {
  name: 'deadline-half-yearly',
  pattern: PATTERN,
  starts: ['bao', 'dinh', 'hang', '6', '06', 'sau'],
  needs: ['thang'],
  extract(m, env) {
    if (!m[PERIODIC] && m[PER_TIME] === undefined && m[ONCE] === undefined) return null;
    // "sau" must be "sáu" (six) with its accent kept, not "sau" (after).
    if (m[SIX] === 'sau') {
      const at = m.index + m[0].search(/sau[\s|]{1,12}thang/);
      if (env.text.charAt(at + 1).toLowerCase() !== 'á') return null;
    }
    const fields = { stated: false, kind: 'recurring' as const, recurrence: 'half-yearly' as const };
    if (m[DAY_NUMBER] !== undefined) {
      const day = Number(m[DAY_NUMBER]);
      const month = Number(m[MONTH]);
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        const date = env.base ? nextHalfYearly(env.base, day, month) : null;
        if (date || !env.base) return candidateOf(m, this.name, { ...fields, date });
      }
    }
    // No day stated: the last day of the current half-year; the phrase ends after its frequency.
    const head = /^[^]*?thang(?:[\s|]*\/[\s|]*lan|[\s|]{1,12}mot[\s|]{1,12}lan)?/.exec(m[0])!;
    const date = env.base ? endOfPeriod(env.base, 'half-yearly') : null;
    return candidateOf(matchPrefix(m, head[0].length), this.name, { ...fields, date, also: [null] });
  },
};
