import { isHoliday, isMakeUpWorkday } from './holidays';
import { addDays, addMonths, dayNumber, fromDayNumber, isoOf, partsOf, weekdayOf } from './iso-date';

/** Day number of 9999-12-31, the last day with an ISO form. */
const LAST_DAY = dayNumber('9999-12-31');

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
 * The `n`-th working day before `iso` (weekends, public holidays and Tết skipped, make-up
 * Saturdays counted: see `isWorkingDay`). `n = 0` returns `iso`. For reminder ladders: a few days.
 */
export function subtractWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 366) throw new RangeError(`bad working-day count: ${n}`);
  let day = iso;
  for (let left = n; left > 0; ) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * The `n`-th working day after `iso` (domain.md §4.4): count starts the day after the anchor,
 * skipping weekends, holidays and swapped days off; make-up Saturdays count. `n = 0` returns `iso`.
 */
export function addWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) throw new RangeError(`bad working-day count: ${n}`);
  partsOf(iso);
  if (n === 0) return iso;
  // Day by day on day numbers, each day's answer read from its year's table: the same days as
  // stepping `addDays(day, 1)` and asking `isWorkingDay`, without an ISO string per day.
  let day = dayNumber(iso);
  let first = 0;
  let last = -Infinity;
  let working: Uint8Array = new Uint8Array(0);
  for (let left = n; left > 0; ) {
    day++;
    if (day > last) {
      // Past 9999-12-31 days have no ISO form: the string walk below throws as `isWorkingDay` does.
      if (day > LAST_DAY) return addWorkingDaysByString(iso, n);
      const year = Number(fromDayNumber(day).slice(0, 4));
      first = dayNumber(isoOf(year, 1, 1));
      last = dayNumber(isoOf(year, 12, 31));
      working = workingDaysOf(year, first, last);
    }
    left -= working[day - first]!;
  }
  return fromDayNumber(day);
}

const workingByYear = new Map<number, Uint8Array>();

/** 1 for each day of `year` (day numbers `first`…`last`) that `isWorkingDay`, else 0; made once per year. */
function workingDaysOf(year: number, first: number, last: number): Uint8Array {
  let working = workingByYear.get(year);
  if (!working) {
    working = new Uint8Array(last - first + 1);
    for (let day = first; day <= last; day++) working[day - first] = isWorkingDay(fromDayNumber(day)) ? 1 : 0;
    workingByYear.set(year, working);
  }
  return working;
}

/** `addWorkingDays` by ISO strings, for counts that run past 9999. */
function addWorkingDaysByString(iso: string, n: number): string {
  let day = iso;
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
