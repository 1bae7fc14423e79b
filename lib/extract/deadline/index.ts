import { foldText } from '../fold';
import { dateRange } from './deadline-date-range';
import { beforeDate } from './deadline-before-date';
import { event } from './deadline-event';
import { eventDay } from './deadline-event-day';
import { halfYear } from './deadline-half-year';
import { halfYearly } from './deadline-half-yearly';
import { holidayEve } from './deadline-holiday-eve';
import { latestDate } from './deadline-latest-date';
import { lunarDate, lunarNamedDate } from './deadline-lunar-date';
import { month } from './deadline-month';
import { monthPart } from './deadline-month-part';
import { nextMonthDay } from './deadline-next-month-day';
import { onDate } from './deadline-on-date';
import { periodEdge } from './deadline-period-edge';
import { periodReport } from './deadline-period-report';
import { quarter } from './deadline-quarter';
import { quarterMonthDay } from './deadline-quarter-month-day';
import { recurringDay } from './deadline-recurring-day';
import { recurringReport } from './deadline-recurring-report';
import { recurringTime } from './deadline-recurring-time';
import { sameDay } from './deadline-same-day';
import { tableCell, tableYears } from './deadline-table-cell';
import { ancestorsDay, tet } from './deadline-tet';
import { timeDate } from './deadline-time-date';
import { undated } from './deadline-undated';
import { untilDate } from './deadline-until-date';
import { urgentNow } from './deadline-urgent-now';
import { weekly } from './deadline-weekly';
import { withinDays } from './deadline-within-days';
import { year } from './deadline-year';
import { relativeWeek } from './deadline-relative-week';
import { refineOverlaps } from './refine-overlaps';
import { refinePast } from './refine-past';
import { refinePeriodHeader } from './refine-period-header';
import { compileRules, scanRules } from './scan';
import type { Candidate, DeadlineRefiner, DeadlineRule, FoundDeadline, RuleEnv } from './types';

export type { FoundDeadline } from './types';

/**
 * The rules, in priority order: when two matches cover the same stretch the longer wins and, on a
 * tie, the one listed first.
 */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  recurringTime, // "trước 15 giờ hằng ngày": before the time and date rules read half of it
  recurringDay, // "trước ngày 20 hằng tháng": before "trước ngày …" gives up on a day without month
  quarterMonthDay, // "trước ngày 15 của tháng cuối quý": quarterly, before "trước ngày 15" alone
  recurringReport, // "báo cáo định kỳ hằng tháng (trước ngày 20)"
  halfYearly, // "định kỳ 6 tháng (trước ngày 15/6)": before "trước ngày 15/6" alone
  periodEdge, // "Định kỳ ngày đầu tháng"
  weekly, // "thứ Sáu hằng tuần"
  lunarDate, // "trước ngày 10 tháng 3 âm lịch": before the solar reading of the same words
  lunarNamedDate, // "rằm tháng Giêng", "23 tháng Chạp"
  timeDate, // "trước 16 giờ 00 ngày 23/9/2026"
  dateRange, // "từ ngày 01/10 đến ngày 15/10/2025": before "đến ngày …" takes the end alone
  beforeDate, // "trước ngày 20/12/2024"
  latestDate, // "chậm nhất ngày …", "hạn chót …", "thời hạn …"
  onDate, // "trong ngày 05/3/2024"
  eventDay, // "vào lúc 16h00 ngày 20/4/2018", "vào ngày 09/10/2023": a milestone, also null
  tableCell, // "| 30/09/2026 |": a date alone in a plan table's time column
  tableYears, // "| 2026 - 2030 |": years alone in that column
  untilDate, // "đến hết ngày 31/12/2025" (weak: dropped when already past)
  nextMonthDay, // "chậm nhất 10 ngày của tháng kế tiếp"
  tet, // "trước Tết Nguyên đán"
  ancestorsDay, // "trước Giỗ Tổ Hùng Vương"
  holidayEve, // "trước dịp nghỉ lễ 30/4"
  withinDays, // "trong 05 ngày làm việc kể từ ngày nhận được"
  monthPart, // "cuối tháng 5", "tuần cuối tháng 11/2022": before "tháng 5" alone
  halfYear, // "6 tháng đầu năm 2025": before the month and year rules read parts of it
  periodReport, // "báo cáo sơ kết 6 tháng, tổng kết năm": at the period's end
  quarter, // "trong quý II/2025"
  month, // "trong tháng 10 năm 2025"
  year, // "trong năm 2025", "đến năm 2030", "cuối năm"
  relativeWeek, // "trước thứ Sáu tuần sau", "trong tuần này", "trước 16 giờ ngày mai"
  sameDay, // "ngay trong ngày"
  event, // "tại Kỳ họp thứ 10", "sau khi … được phê duyệt"
  undated, // "khẩn trương", "kịp thời", "thường xuyên", "khi có yêu cầu"
  urgentNow, // "thực hiện ngay": last, it is the weakest reading of "ngay"
];

const RULE_SET = compileRules(DEADLINE_RULES);

/** Refiners, in order. */
export const DEADLINE_REFINERS: readonly DeadlineRefiner[] = [
  refinePast, // drop weak cues whose date is already past: background, not a deadline
  refinePeriodHeader, // "Báo cáo năm: … trước ngày 15/12" repeats every year
  refineOverlaps, // one phrase per stretch of text, in text order
];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/**
 * Document dates with a blank day (`YYYY-MM`) are taken as the 1st of that month: an undated draft
 * is signed within its month, and the 1st keeps an implied year from jumping a year ahead
 * ("trước ngày 15/4" in an April document stays in that April).
 */
function dayOf(date: string | null | undefined): string | null {
  if (!date) return null;
  if (ISO_DAY.test(date)) return date;
  if (ISO_MONTH.test(date)) return `${date}-01`;
  return null;
}

/**
 * How far around a stretch of `within` phrases are still read: past the longest match any rule
 * can make (tests/extract/deadline-scan.test.ts holds them under 400), so a phrase reaching into
 * the stretch, or one overlapping such a phrase, is weighed against it exactly as in a full scan.
 */
export const WITHIN_MARGIN = 400;

/** `ranges` widened by `WITHIN_MARGIN` on both sides, sorted and merged. */
function windowsAround(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const lo = from - WITHIN_MARGIN;
    const hi = to + WITHIN_MARGIN;
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/**
 * Finds every deadline phrase in `text` (NFC, original line breaks), in text order, without
 * overlaps. Dates resolve against `ctx.documentDate` (`YYYY-MM-DD`, or `YYYY-MM` taken as its 1st);
 * counts from receipt ("kể từ ngày nhận được") use `ctx.reference` when given. With neither, a
 * phrase that needs them is returned with `date: null`.
 *
 * `ctx.within` (offsets into `text`) limits the search to those stretches and their surroundings:
 * the engine only wants the deadlines of its duties, and most of a directive is not one.
 * `ctx.folded`, when the caller has it, is `foldText(text)`.
 */
export function findDeadlines(
  text: string,
  ctx: { documentDate: string | null; reference?: string; year?: number | null; within?: readonly (readonly [number, number])[]; folded?: string },
): FoundDeadline[] {
  const documentDate = dayOf(ctx.documentDate);
  const reference = dayOf(ctx.reference);
  const env: RuleEnv = {
    text,
    folded: ctx.folded ?? foldText(text),
    documentDate,
    reference,
    base: documentDate ?? reference,
    receipt: reference ?? documentDate,
    year: documentDate ?? reference ? null : (ctx.year ?? null),
    chrono: { left: 200 },
  };
  let candidates: Candidate[] = [];
  scanRules(RULE_SET, env, candidates, ctx.within ? windowsAround(ctx.within) : undefined);
  for (const refine of DEADLINE_REFINERS) candidates = refine(candidates, env);
  return candidates.map((c) => ({
    date: c.date,
    time: c.time,
    text: text.slice(c.start, c.end),
    recurrence: c.recurrence,
    stated: c.stated,
    kind: c.kind,
    ...(c.also ? { also: c.also } : {}),
    span: [c.start, c.end],
    tags: c.tags,
  }));
}
