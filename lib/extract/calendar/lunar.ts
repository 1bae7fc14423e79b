// date-chinese ships an ambient `declare module` that its package.json "exports" hide from TypeScript.
/// <reference path="../../../node_modules/date-chinese/types/index.d.ts" />
import { CalendarVietnamese } from 'date-chinese';
import { isoOf } from './iso-date';

/**
 * Vietnamese lunar calendar through date-chinese's `CalendarVietnamese` (meridian UTC+7 from
 * 1968, so 1985's Tết is 21/01 as in Vietnam, not 20/02 as in China). date-chinese computes
 * astronomically and some calls take tens of milliseconds: every result is cached.
 */
const cache = new Map<string, string>();

/** Chinese 60-year cycle and year-in-cycle of the lunar year that begins in Gregorian `year`. */
function cycleOf(year: number): [number, number] {
  const n = year + 2636; // date-chinese epoch: -2636
  return [Math.floor(n / 60) + 1, (n % 60) + 1];
}

/**
 * Solar date (`YYYY-MM-DD`) of lunar `day` of lunar `month` in the lunar year that starts in
 * Gregorian `year` (e.g. `lunarToSolar(2026, 3, 10)` is Giỗ Tổ 2026, `2026-04-26`).
 * Throws a RangeError for a day that lunar month does not have (30 of a 29-day month, or a
 * leap month that year does not have).
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): string {
  const key = `${year}-${month}-${day}-${leap ? 1 : 0}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new RangeError(`no lunar date ${day}/${month}${leap ? ' (leap)' : ''} in ${year}`);
  }
  const [cycle, yearInCycle] = cycleOf(year);
  const g = new CalendarVietnamese(cycle, yearInCycle, month, leap ? 1 : 0, day).toGregorian(year);
  // Round trip: a day the lunar month does not have silently spills into the next month.
  const back = new CalendarVietnamese().fromGregorian(g.year, g.month, g.day).get();
  if (back[0] !== cycle || back[1] !== yearInCycle || back[2] !== month || Boolean(back[3]) !== leap || back[4] !== day) {
    throw new RangeError(`no lunar date ${day}/${month}${leap ? ' (leap)' : ''} in ${year}`);
  }
  const iso = isoOf(g.year, g.month, g.day);
  cache.set(key, iso);
  return iso;
}

/**
 * Gregorian years whose lunar calendar is computed here. date-chinese's astronomy fails its own
 * round trip far from the present (e.g. in 9999), and no directive dates a duty outside this range.
 */
export const LUNAR_YEARS = { from: 1900, to: 2199 } as const;

/** True when the lunar calendar (Tết, Giỗ Tổ) of Gregorian `year` can be computed. */
export function hasLunarCalendar(year: number): boolean {
  return Number.isInteger(year) && year >= LUNAR_YEARS.from && year <= LUNAR_YEARS.to;
}

/** Mùng 1 Tết (lunar new year's day) that falls in Gregorian `year`. */
export function lunarNewYear(year: number): string {
  return lunarToSolar(year, 1, 1);
}
