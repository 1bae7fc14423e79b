import { addDays, isValidDate, partsOf } from '../calendar';
import type { Candidate, DeadlineRefiner } from './types';

/** How far before the document a stated date may fall and still be read as its deadline. */
const STALE_DAYS = 31;

/**
 * Drops dates the document cannot be setting:
 * - weak cues whose date is before the base date: "đến hết ngày 31/3/2020", "trong quý III năm
 *   2024" or "từ 01/4 đến 30/6" in a document issued later narrate the past;
 * - any date more than a month before the base date, even after "trước ngày": background
 *   ("trước ngày 01/7/2025, huyện có 20 xã") or a digit lost to OCR ("trước ngày 20/1\n\n/2024"
 *   for 20/11/2024 in a document of 14/10/2024).
 */
export const refinePast: DeadlineRefiner = (candidates, env) => {
  const base = env.base;
  if (!base) return candidates;
  const stale = addDays(base, -STALE_DAYS);
  return candidates.map((c) => lastYearTypo(c, base)).filter((c) => c.date === null || (c.date >= base || (!c.soft && c.date >= stale)));
};

/** How soon after the base date a day with the year mistyped as the last may fall. */
const TYPO_WINDOW_DAYS = 62;
/** The habit lasts the first months of a year: a base date after this month reads the year as printed. */
const TYPO_LAST_MONTH = 3;

/**
 * A day written with last year's number in the first weeks of a year ("trình Thủ tướng Chính phủ
 * trước ngày 23 tháng 02 năm 2011" in a letter of 17/02/2012): the writer's old habit. Read in the
 * base year when that falls within the weeks after the base date; the printed text is kept.
 */
function lastYearTypo(c: Candidate, base: string): Candidate {
  if (c.kind !== 'date' || c.yearless || c.soft || c.date === null || c.date >= base) return c;
  const year = Number(base.slice(0, 4));
  if (Number(base.slice(5, 7)) > TYPO_LAST_MONTH) return c;
  if (Number(c.date.slice(0, 4)) !== year - 1) return c;
  const { month, day } = partsOf(c.date);
  if (!isValidDate(year, month, day)) return c;
  const shifted = `${year}${c.date.slice(4)}`;
  if (shifted < base || shifted > addDays(base, TYPO_WINDOW_DAYS)) return c;
  return { ...c, date: shifted, tags: [...c.tags, 'year-typo'] };
}
