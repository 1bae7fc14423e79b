import { isHoliday, isMakeUpWorkday } from './holidays';
import { addDays, addMonths, partsOf, weekdayOf } from './iso-date';

/** Longest count accepted, so a garbled number cannot make the loops below run for long. */
const MAX_COUNT = 3660;

/** True for a day State bodies work: Monday–Friday not off, or a declared make-up Saturday. */
export function isWorkingDay(iso: string): boolean {
  partsOf(iso);
  if (isMakeUpWorkday(iso)) return true;
  const w = weekdayOf(iso);
  if (w === 0 || w === 6) return false;
  return !isHoliday(iso);
}

/** `iso` itself if it is a working day, else the next one. */
export function nextWorkingDayFrom(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The `n`-th working day after `iso` (domain.md §4.4): count starts the day after the anchor,
 * skipping weekends, holidays and swapped days off; make-up Saturdays count. `n = 0` returns `iso`.
 */
export function addWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) throw new RangeError(`bad working-day count: ${n}`);
  let day = iso;
  partsOf(iso);
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * A period of `n` calendar days counted from the day after `iso` (BLDS 2015 art. 147), ending on
 * `iso + n`; if that is a weekend or holiday the period ends on the next working day (art. 148).
 */
export function addCalendarDaysRolling(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) throw new RangeError(`bad day count: ${n}`);
  return nextWorkingDayFrom(addDays(iso, n));
}

/**
 * A period of `n` months from `iso` (art. 148: a missing day becomes the month's last day),
 * rolled forward to a working day like `addCalendarDaysRolling`.
 */
export function addMonthsRolling(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 120) throw new RangeError(`bad month count: ${n}`);
  return nextWorkingDayFrom(addMonths(iso, n));
}
