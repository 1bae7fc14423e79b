import { addDays, isoOf, isValidDate } from '../calendar';
import { G, G0, HOLIDAY_LEAD } from './patterns';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "trước dịp nghỉ lễ 30/4"                → 29/4 (the day before the holiday)
// "trước dịp lễ 30/4 - 1/5", "trước kỳ nghỉ lễ 2/9/2026", "trước lễ Quốc khánh" (→ 1/9), "trước ngày lễ Quốc khánh 2/9"
const PATTERN = new RegExp(
  `${HOLIDAY_LEAD}(?:ngay${G})?le${G}(?:(quoc${G}khanh)${G0})?` +
    `(?:(?:ngay${G})?(\\d{1,2})${G0}[/.-]${G0}(\\d{1,2})(?:${G0}(?:-|va)${G0}\\d{1,2}${G0}[/.-]${G0}\\d{1,2})?(?:${G0}[/.-]${G0}(\\d{4})|${G}nam${G}(\\d{4}))?)?(?![a-z0-9/])`,
  'g',
);
const NATIONAL = 2;
const DAY = 3;
const MONTH = 4;
const YEAR_A = 5;
const YEAR_B = 6;

export const holidayEve: DeadlineRule = {
  name: 'deadline-holiday-eve',
  pattern: PATTERN,
  starts: ['truoc', 'ruoc'],
  needs: ['le'],
  extract(m, env) {
    if (!m[NATIONAL] && !m[DAY]) return null;
    const day = m[DAY] ? Number(m[DAY]) : 2;
    const month = m[MONTH] ? Number(m[MONTH]) : 9;
    const yearText = m[YEAR_A] ?? m[YEAR_B];
    if (!isValidDate(2000, month, day)) return null;
    let holiday: string | null = null;
    if (yearText) holiday = isoOf(Number(yearText), month, day);
    else if (env.base) {
      const y = Number(env.base.slice(0, 4));
      holiday = isoOf(y, month, day) > env.base ? isoOf(y, month, day) : isoOf(y + 1, month, day);
    }
    return candidateOf(m, this.name, { date: holiday ? addDays(holiday, -1) : null, stated: false, kind: 'date' });
  },
};
