/**
 * ISO `YYYY-MM-DD` date arithmetic on UTC day numbers, so results never depend on the
 * machine's time zone.
 *
 * Day numbers are computed with integer arithmetic (proleptic Gregorian calendar) instead of
 * `Date` objects, for speed; the results are those of `Date.UTC` and `Date#getUTC…`, including
 * their reading of years 0–99 as 1900–1999 where a year goes into `Date.UTC`. Values outside the
 * years 0–9999 take the `Date` path.
 */
const DAY_MS = 86_400_000;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719_468;
/** Day numbers of 0000-01-01 and 9999-12-31. */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** `Date.UTC` reads years 0–99 as 1900–1999. */
const utcYear = (year: number) => (year >= 0 && year <= 99 ? year + 1900 : year);

/** Days since 1970-01-01 of a valid day (year as `Date.UTC` reads it, 0–9999). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - EPOCH_SHIFT;
}

/** Builds `YYYY-MM-DD` from numbers (month 1–12). Does not validate. */
export function isoOf(year: number, month: number, day: number): string {
  if (year >= 1000 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The value of ASCII digit code `c`, or -1. */
const digit = (c: number) => (c >= 48 && c <= 57 ? c - 48 : -1);

/** Splits `YYYY-MM-DD` into numbers; throws on anything else. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  let year = -1;
  let month = -1;
  let day = -1;
  if (typeof iso === 'string' && iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y0 = digit(iso.charCodeAt(0));
    const y1 = digit(iso.charCodeAt(1));
    const y2 = digit(iso.charCodeAt(2));
    const y3 = digit(iso.charCodeAt(3));
    const m0 = digit(iso.charCodeAt(5));
    const m1 = digit(iso.charCodeAt(6));
    const d0 = digit(iso.charCodeAt(8));
    const d1 = digit(iso.charCodeAt(9));
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      month = m0 * 10 + m1;
      day = d0 * 10 + d1;
    }
  }
  if (year < 0) {
    // Not the fast shape: the regex decides (it also reads a non-string as its string).
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) throw new RangeError(`not an ISO date: ${iso}`);
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  }
  if (!isValidDate(year, month, day)) throw new RangeError(`no such day: ${iso}`);
  return { year, month, day };
}

/** Days in `month` (1–12) of `year` (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (year >= 0 && year <= 9999 && month >= 1 && month <= 12 && Number.isInteger(year) && Number.isInteger(month)) {
    return month === 2 && isLeap(utcYear(year)) ? 29 : DAYS_IN_MONTH[month]!;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const { year, month, day } = partsOf(iso);
  if (year <= 9999) return daysFromCivil(utcYear(year), month, day);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  if (Number.isInteger(n) && n >= MIN_DAY && n <= MAX_DAY) {
    const z = n + EPOCH_SHIFT;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return isoOf(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
  }
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
