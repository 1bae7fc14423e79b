import { HOLIDAY_TABLE } from './holiday-table';
import { addDays, isoOf, weekdayOf } from './iso-date';
import { hasLunarCalendar, lunarNewYear, lunarToSolar } from './lunar';

/** A public holiday or day off, with the reason it exists. */
export interface Holiday {
  date: string;
  name: string;
}

const isWeekend = (iso: string) => {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
};

/**
 * Quốc khánh's second day (Labour Code 2019, from 2021): the Prime Minister picks 1/9 or 3/9.
 * Past choices make a long weekend: 2/9 on Mon or Thu → 3/9; otherwise → 1/9 (2/9 on Sunday → 3/9).
 */
function nationalDayPartner(year: number): string {
  const w = weekdayOf(isoOf(year, 9, 2));
  return w === 1 || w === 4 || w === 0 ? isoOf(year, 9, 3) : isoOf(year, 9, 1);
}

/**
 * Statutory holidays of `year` by rule (Labour Code 2019 art. 112, substitute days per art. 111(3)),
 * without the yearly announced swaps: Tết Dương lịch 1/1; Tết Nguyên đán = last day of the lunar
 * year + mùng 1–4 (5 days since 2013, 4 before); Giỗ Tổ 10/3 lunar (since 2007); 30/4; 1/5;
 * Quốc khánh 2/9 (+ one adjacent day since 2021); Ngày Văn hóa Việt Nam 24/11 (from 01/07/2026).
 * A holiday on a Saturday or Sunday is followed by a substitute weekday (nghỉ bù).
 */
export function statutoryHolidaysOf(year: number): Holiday[] {
  const days: Holiday[] = [{ date: isoOf(year, 1, 1), name: 'Tết Dương lịch' }];
  // Outside the years the lunar calendar covers, only the solar holidays are known.
  if (hasLunarCalendar(year)) {
    const tet = lunarNewYear(year);
    const tetDays = year >= 2013 ? 5 : 4;
    for (let i = -1; i < tetDays - 1; i++) days.push({ date: addDays(tet, i), name: 'Tết Nguyên đán' });
    if (year >= 2007) days.push({ date: lunarToSolar(year, 3, 10), name: 'Giỗ Tổ Hùng Vương' });
  }
  days.push({ date: isoOf(year, 4, 30), name: 'Ngày Chiến thắng' });
  days.push({ date: isoOf(year, 5, 1), name: 'Quốc tế Lao động' });
  days.push({ date: isoOf(year, 9, 2), name: 'Quốc khánh' });
  if (year >= 2021) days.push({ date: nationalDayPartner(year), name: 'Quốc khánh (ngày liền kề)' });
  if (year >= 2026) days.push({ date: isoOf(year, 11, 24), name: 'Ngày Văn hóa Việt Nam' });
  days.sort((a, b) => a.date.localeCompare(b.date));

  // Nghỉ bù: each holiday on a weekend moves to the next weekday that is not already off.
  const taken = new Set(days.map((d) => d.date));
  const substitutes: Holiday[] = [];
  for (const d of days) {
    if (!isWeekend(d.date)) continue;
    let next = addDays(d.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    substitutes.push({ date: next, name: `Nghỉ bù ${d.name}` });
  }
  return [...days, ...substitutes].sort((a, b) => a.date.localeCompare(b.date));
}

const byYear = new Map<number, { off: Holiday[]; offSet: Set<string>; workdays: Set<string> }>();

function scheduleOf(year: number) {
  let s = byYear.get(year);
  if (!s) {
    const table = HOLIDAY_TABLE[year];
    const off = table ? table.off.map(({ date, name }) => ({ date, name })) : statutoryHolidaysOf(year);
    s = { off, offSet: new Set(off.map((d) => d.date)), workdays: new Set(table?.workdays.map((d) => d.date) ?? []) };
    byYear.set(year, s);
  }
  return s;
}

/**
 * Public-sector holidays and days off of `year` as sorted ISO dates: the announced schedule
 * (holiday-table.ts) when the year is there, else the statutory rules with nghỉ bù.
 * Includes holidays that fall on a weekend.
 */
export function holidaysOf(year: number): string[] {
  return scheduleOf(year).off.map((d) => d.date);
}

/** Like `holidaysOf`, with each day's name. */
export function namedHolidaysOf(year: number): Holiday[] {
  return scheduleOf(year).off.slice();
}

/** Saturdays worked in exchange for a swapped weekday ("làm bù") in `year`. */
export function makeUpWorkdaysOf(year: number): string[] {
  return [...scheduleOf(year).workdays].sort();
}

export function isHoliday(iso: string): boolean {
  return scheduleOf(Number(iso.slice(0, 4))).offSet.has(iso);
}

export function isMakeUpWorkday(iso: string): boolean {
  return scheduleOf(Number(iso.slice(0, 4))).workdays.has(iso);
}
