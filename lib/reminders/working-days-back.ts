import { addDays, isWorkingDay } from '../extract/calendar';

/**
 * The `n`-th working day before `iso` (weekends, public holidays and Tết skipped, make-up
 * Saturdays counted: see `isWorkingDay`). `n = 0` returns `iso`.
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
