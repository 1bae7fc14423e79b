/**
 * ISO `YYYY-MM-DD` date arithmetic on UTC day numbers, so results never depend on the
 * machine's time zone.
 */
const DAY_MS = 86_400_000;

/** Builds `YYYY-MM-DD` from numbers (month 1–12). Does not validate. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits `YYYY-MM-DD` into numbers; throws on anything else. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) throw new RangeError(`no such day: ${iso}`);
  return { year, month, day };
}

/** Days in `month` (1–12) of `year` (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const { year, month, day } = partsOf(iso);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return ((dayNumber(iso) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

/** Last day of the month `iso` falls in. */
export function endOfMonth(year: number, month: number): string {
  return isoOf(year, month, daysInMonth(year, month));
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's
 * last day (BLDS 2015 art. 148: "31/1 + 1 month" ends on 28 or 29/2).
 */
export function addMonths(iso: string, n: number): string {
  const { year, month, day } = partsOf(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Signed difference `b - a` in days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
