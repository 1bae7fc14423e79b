import { B, BEFORE, E, G, WEEKDAY } from './patterns';
import { nextWeekday, readWeekday } from './periods';
import { candidateOf, leadBefore } from './spans';
import type { DeadlineRule } from './types';

// "thứ Sáu hằng tuần"                  → weekly, the first Friday after the document date
// "vào sáng thứ Hai hằng tuần", "trước thứ Năm hằng tuần"
// "hằng tuần vào thứ Năm", "hàng tuần, trước thứ Sáu"
const PATTERN = new RegExp(
  `${B}(?:(${WEEKDAY})${G}(?:(?:cac|moi)${G})?hang${G}tuan` +
    `|hang${G}tuan[\\s,|]{1,4}(?:vao|truoc|cham${G}nhat)${G}(?:(?:sang|chieu)${G})?(?:ngay${G})?(${WEEKDAY}))${E}`,
  'g',
);
const WEEKDAY_A = 1;
const WEEKDAY_B = 2;
const LEAD = new RegExp(`${B}(?:(?:${BEFORE}|vao|cham${G}nhat|trong)${G})?(?:(?:sang|chieu)${G})?$`);

export const weekly: DeadlineRule = {
  name: 'deadline-weekly',
  pattern: PATTERN,
  starts: ['thu', 'chu', 'hang'],
  needs: ['hang'],
  extract(m, env) {
    const weekday = readWeekday(m[WEEKDAY_A] ?? m[WEEKDAY_B]!);
    if (weekday === null) return null;
    const from = m[WEEKDAY_A] ? leadBefore(env, m.index, LEAD, 24).start : m.index;
    const date = env.base ? nextWeekday(env.base, weekday) : null;
    return candidateOf(m, this.name, { date, recurrence: 'weekly', stated: false, kind: 'recurring' }, from);
  },
};
