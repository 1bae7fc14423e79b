import { isoOf } from '../calendar';
import { B, E, G, G0 } from './patterns';
import { inferPeriodYear } from './read-date';
import { candidateOf, followedBy } from './spans';
import type { DeadlineRule } from './types';

// A review report is due when its period ends, unless a date is given (a date rule then covers it):
// "báo cáo sơ kết 6 tháng"            → 30/6, the first one not before the document
// "báo cáo tổng kết năm", "báo cáo tổng kết năm 2025", "báo cáo sơ kết 6 tháng, tổng kết năm"
//                                     → 31/12 of the document's year (of the year stated)
// not "báo cáo công tác 6 tháng" (a report's topic) nor "tổ chức sơ kết, tổng kết" (no period)
const PATTERN = new RegExp(
  `${B}bao${G}cao${G}(?:(so)${G}ket${G}0?6${G}thang(?:${G0},${G0}|${G}va${G})tong${G}ket${G}(?:0?1${G})?nam|` +
    `(so)${G}ket${G}0?6${G}thang|tong${G}ket${G}(?:0?1${G})?nam(?:${G}(\\d{4}))?)${E}(?!${G}(?:dau|cuoi|hoc|\\d))`,
  'g',
);
/** A date given for the report right after it: that date rule sets the deadline. */
const DATE_GIVEN = /^[^\n.;]{0,60}?(?:truoc|cham[\s|]{1,4}nhat|han)[\s|]{1,12}(?:(?:ngay|la|vao)[\s|]{1,12}){0,2}\d/;
const BOTH = 1;
const HALF = 2;
const YEAR = 3;

export const periodReport: DeadlineRule = {
  name: 'deadline-period-report',
  pattern: PATTERN,
  starts: ['bao'],
  needs: ['ket'],
  extract(m, env) {
    if (followedBy(env, m.index + m[0].length, DATE_GIVEN, 90)) return null;
    // Both reports: the first one due is the half-year's when the document comes before July.
    const half = m[HALF] !== undefined || (m[BOTH] !== undefined && env.base !== null && env.base.slice(5, 7) <= '06');
    const endIn = half ? (y: number) => isoOf(y, 6, 30) : (y: number) => isoOf(y, 12, 31);
    let date: string | null;
    if (m[YEAR]) date = endIn(Number(m[YEAR]));
    else if (!env.base) date = null;
    else date = inferPeriodYear(env, endIn, 366);
    // Both reports: the other one is a date a reader could defend as well.
    const other = m[BOTH] !== undefined && date ? (half ? isoOf(Number(date.slice(0, 4)), 12, 31) : inferPeriodYear(env, (y) => isoOf(y, 6, 30), 366)) : null;
    return candidateOf(m, this.name, { date, stated: false, kind: 'date', soft: true, also: other ? [null, other] : [null] });
  },
};
