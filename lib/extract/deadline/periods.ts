import { addDays, addMonths, endOfMonth, isoOf, partsOf, weekdayOf } from '../calendar';
import type { Recurrence } from '../schema';

/** Last day of quarter `q` (1–4) of `year`. */
export function endOfQuarter(year: number, q: number): string {
  return endOfMonth(year, q * 3);
}

/** Reads "I", "ii", "III", "iv", "1"…"4", and OCR forms "IIT", "ITI", "lll" (t, l, 1 read as I). */
export function readQuarter(raw: string): number | null {
  if (/^[1-4]$/.test(raw)) return Number(raw);
  const roman = raw.toLowerCase().replace(/[lt1[]/g, 'i');
  return ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[roman] ?? null;
}

/** The last day of the period (day, week Mon–Sun, month, quarter, year) that contains `iso`. */
export function endOfPeriod(iso: string, period: Recurrence): string {
  const { year, month } = partsOf(iso);
  switch (period) {
    case 'daily':
      return iso;
    case 'weekly':
      return addDays(iso, (7 - weekdayOf(iso)) % 7);
    case 'monthly':
      return endOfMonth(year, month);
    case 'quarterly':
      return endOfQuarter(year, Math.ceil(month / 3));
    case 'half-yearly':
      return month <= 6 ? isoOf(year, 6, 30) : isoOf(year, 12, 31);
    case 'yearly':
      return isoOf(year, 12, 31);
  }
}

/** The first day of the period after the one that contains `iso`. */
export function startOfNextPeriod(iso: string, period: Recurrence): string {
  return addDays(endOfPeriod(iso, period), 1);
}

/** The first day strictly after `base` with day-of-month `day` (clamped to short months). */
export function nextMonthly(base: string, day: number): string {
  const first = isoOf(Number(base.slice(0, 4)), Number(base.slice(5, 7)), 1);
  for (let i = 0; i < 3; i++) {
    const m = addMonths(first, i);
    const { year, month } = partsOf(m);
    const candidate = isoOf(year, month, Math.min(day, Number(endOfMonth(year, month).slice(8))));
    if (candidate > base) return candidate;
  }
  throw new RangeError('unreachable');
}

/** The first day strictly after `base` that is `day` of a quarter's last (or first) month. */
export function nextQuarterly(base: string, day: number, monthOfQuarter: 'first' | 'last'): string {
  const first = isoOf(Number(base.slice(0, 4)), Number(base.slice(5, 7)), 1);
  for (let i = 0; i < 6; i++) {
    const { year, month } = partsOf(addMonths(first, i));
    if ((monthOfQuarter === 'last' ? month % 3 !== 0 : month % 3 !== 1)) continue;
    const candidate = isoOf(year, month, Math.min(day, Number(endOfMonth(year, month).slice(8))));
    if (candidate > base) return candidate;
  }
  throw new RangeError('unreachable');
}

/** The first `day`/`month` strictly after `base` (29/02 waits for a leap year). */
export function nextYearly(base: string, day: number, month: number): string | null {
  const year = Number(base.slice(0, 4));
  for (let y = year; y <= year + 8; y++) {
    if (day > Number(endOfMonth(y, month).slice(8))) continue;
    const candidate = isoOf(y, month, day);
    if (candidate > base) return candidate;
  }
  return null;
}

/** The first `day`/`month` or the same day six months away, strictly after `base`. */
export function nextHalfYearly(base: string, day: number, month: number): string | null {
  const dates = [nextYearly(base, day, month), nextYearly(base, day, ((month + 5) % 12) + 1)].filter((d): d is string => d !== null);
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}

/** The first `weekday` (0 = Sunday) strictly after `base`. */
export function nextWeekday(base: string, weekday: number): string {
  const diff = (weekday - weekdayOf(base) + 7) % 7;
  return addDays(base, diff === 0 ? 7 : diff);
}

/** Folded weekday phrase ("thu sau", "chu nhat") → 0 (Sunday) … 6. */
export function readWeekday(folded: string): number | null {
  const key = folded.replace(/[\s|]+/g, ' ').trim();
  const map: Record<string, number> = { 'chu nhat': 0, 'thu hai': 1, 'thu ba': 2, 'thu tu': 3, 'thu nam': 4, 'thu sau': 5, 'thu bay': 6 };
  return map[key] ?? null;
}
