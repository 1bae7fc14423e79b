import { addDays, hasLunarCalendar, isoOf, lunarNewYear, lunarToSolar } from '../calendar';
import { E, G, HOLIDAY_LEAD } from './patterns';
import { candidateOf } from './spans';
import type { DeadlineRule, RuleEnv } from './types';

// "trước Tết Nguyên đán"                → the day before the next lunar new year (mùng 1 Tết)
// "trước Tết Nguyên đán Bính Ngọ 2026"  → 2026-02-16, "trước Tết Nguyên đán năm 2026", "trước Tết", "trước dịp Tết Nguyên đán"
// "trước Tết Dương lịch 2026"           → 2025-12-31
const PATTERN = new RegExp(
  `${HOLIDAY_LEAD}tet(?:${G}(nguyen${G}dan|duong${G}lich|am${G}lich|co${G}truyen))?` +
    `(?:${G}(?:nam${G})?(?:[a-z]{2,5}${G}[a-z]{2,4}${G})?(\\d{4}))?${E}`,
  'g',
);
const KIND = 2;
const YEAR = 3;

function nextLunarNewYear(env: RuleEnv): string | null {
  if (!env.base) return null;
  const year = Number(env.base.slice(0, 4));
  if (!hasLunarCalendar(year) || !hasLunarCalendar(year + 1)) return null;
  const tet = lunarNewYear(year);
  return tet > env.base ? tet : lunarNewYear(year + 1);
}

export const tet: DeadlineRule = {
  name: 'deadline-tet',
  pattern: PATTERN,
  starts: ['truoc', 'ruoc'],
  needs: ['tet'],
  extract(m, env) {
    const solar = m[KIND]?.startsWith('duong');
    const year = m[YEAR] === undefined ? null : Number(m[YEAR]);
    if (year !== null && !hasLunarCalendar(year)) return null;
    let day: string | null;
    if (solar) {
      const base = env.base;
      day = year !== null ? isoOf(year, 1, 1) : base ? isoOf(Number(base.slice(0, 4)) + 1, 1, 1) : null;
    } else day = year !== null ? lunarNewYear(year) : nextLunarNewYear(env);
    return candidateOf(m, this.name, { date: day ? addDays(day, -1) : null, stated: false, kind: 'date' });
  },
};

// "trước Giỗ Tổ Hùng Vương"             → the day before the next 10/3 of the lunar calendar
// "trước dịp Giỗ Tổ Hùng Vương năm 2026" → 2026-04-25, "trước ngày Giỗ Tổ", "trước lễ Giỗ Tổ Hùng Vương (10/3 âm lịch)"
const ANCESTORS = new RegExp(
  `${HOLIDAY_LEAD}(?:(?:ngay|le)${G})?gio${G}to(?:${G}(hung${G}vuong))?` +
    `(?:${G}(?:nam${G})?(\\d{4}))?${E}`,
  'g',
);
const KING = 2;
const ANCESTORS_YEAR = 3;

/** 10/3 of the lunar calendar in the solar `year`. */
const ancestorsDayIn = (year: number) => lunarToSolar(year, 3, 10);

export const ancestorsDay: DeadlineRule = {
  name: 'deadline-ancestors-day',
  pattern: ANCESTORS,
  starts: ['truoc', 'ruoc'],
  needs: ['gio'],
  extract(m, env) {
    // Without "Hùng Vương", "giỗ" must keep its accent: "trước giờ tổ chức" is no holiday.
    const at = m.index + m[0].search(/gio[\s|]{1,12}to/);
    if (!m[KING] && env.text.charAt(at + 2).toLowerCase() !== 'ỗ') return null;
    const year = m[ANCESTORS_YEAR] === undefined ? null : Number(m[ANCESTORS_YEAR]);
    let day: string | null = null;
    if (year !== null) {
      if (!hasLunarCalendar(year)) return null;
      day = ancestorsDayIn(year);
    } else if (env.base) {
      const y = Number(env.base.slice(0, 4));
      if (!hasLunarCalendar(y) || !hasLunarCalendar(y + 1)) return null;
      day = ancestorsDayIn(y) > env.base ? ancestorsDayIn(y) : ancestorsDayIn(y + 1);
    }
    return candidateOf(m, this.name, { date: day ? addDays(day, -1) : null, stated: false, kind: 'date' });
  },
};
