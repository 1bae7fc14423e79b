import { B, DAY, E, G } from './patterns';
import { endOfPeriod, startOfNextPeriod } from './periods';
import { readFrequency } from './recurrence';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "Định kỳ ngày đầu tháng"             → monthly, the 1st of the month after the document date
// "định kỳ vào ngày cuối tháng"        → monthly, the end of the current month
// "định kỳ đầu quý", "định kỳ vào cuối năm", "định kỳ vào tuần đầu tháng" (the 1st, also null)
const PATTERN = new RegExp(`${B}dinh${G}ky${G}(?:vao${G})?(?:(${DAY}|tuan)${G})?(dau|cuoi)${G}(?:cua${G})?(?:(?:moi|hang|cac)${G})?(thang|quy|nam)${E}`, 'g');
const UNIT = 1;
const EDGE = 2;
const FREQUENCY = 3;

export const periodEdge: DeadlineRule = {
  name: 'deadline-period-edge',
  pattern: PATTERN,
  starts: ['dinh'],
  needs: ['dau', 'cuoi'],
  extract(m, env) {
    const recurrence = readFrequency(m[FREQUENCY]!)!;
    const date = !env.base ? null : m[EDGE] === 'dau' ? startOfNextPeriod(env.base, recurrence) : endOfPeriod(env.base, recurrence);
    return candidateOf(m, this.name, { date, recurrence, stated: false, kind: 'recurring', ...(m[UNIT] === 'tuan' ? { also: [null] } : {}) });
  },
};
