import { addDays } from '../calendar';
import { B, BEFORE, DAY_PART, E, G, TIME, WEEKDAY } from './patterns';
import { endOfPeriod, nextWeekday, readWeekday } from './periods';
import { readTime } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "trước 15 giờ hằng ngày"             → daily, the day after the document date at 15:00 (also the document date)
// "trước 15 giờ hang ngày" (OCR), "trước 10 giờ sáng hằng ngày", "trước 16h00 các ngày" is not recurring
// "trước 16h00 thứ Sáu hằng tuần"      → weekly, the first Friday after the document date at 16:00
const PATTERN = new RegExp(
  `${B}(?:${BEFORE}|cham${G}nhat|vao|luc)${G}${TIME}${DAY_PART}[\\s,|]{1,4}(?:(${WEEKDAY})${G})?(?:(?:cac|moi)${G})?hang${G}(ngay|tuan)${E}`,
  'g',
);
const HOUR = 2;
const MINUTE = 3;
const PART = 4;
const WEEKDAY_GROUP = 5;
const FREQUENCY = 6;

export const recurringTime: DeadlineRule = {
  name: 'deadline-recurring-time',
  pattern: PATTERN,
  starts: ['truoc', 'ruoc', 'cham', 'vao', 'luc'],
  needs: ['hang'],
  extract(m, env) {
    const time = readTime(m[HOUR], m[MINUTE], m[PART]);
    if (!time) return null;
    if (m[FREQUENCY] === 'ngay') {
      if (m[WEEKDAY_GROUP]) return null;
      const date = env.base ? addDays(env.base, 1) : null;
      return candidateOf(m, this.name, { date, time, recurrence: 'daily', stated: false, kind: 'recurring', ...(env.base ? { also: [env.base] } : {}) });
    }
    const weekday = m[WEEKDAY_GROUP] ? readWeekday(m[WEEKDAY_GROUP]) : null;
    const date = !env.base ? null : weekday === null ? endOfPeriod(env.base, 'weekly') : nextWeekday(env.base, weekday);
    return candidateOf(m, this.name, { date, time, recurrence: 'weekly', stated: false, kind: 'recurring', ...(weekday === null ? { also: [null] } : {}) });
  },
};
