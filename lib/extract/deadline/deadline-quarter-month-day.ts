import { recurringDayLead } from './deadline-recurring-day';
import { B, E, G } from './patterns';
import { nextQuarterly } from './periods';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "trước ngày 15 của tháng cuối quý"   → quarterly, the 15th of each quarter's last month (15/3, 15/6…)
// "chậm nhất ngày 10 tháng đầu quý"    → quarterly, the 10th of each quarter's first month
// "vào ngày 20 của tháng cuối mỗi quý", "trước ngày 15 tháng cuối của quý"
const PATTERN = new RegExp(`${B}(\\d{1,2})${G}(?:cua${G})?thang${G}(cuoi|dau)${G}(?:(?:cua|moi|hang|cac)${G}){0,2}quy${E}`, 'g');
const DAY_NUMBER = 1;
const WHICH_MONTH = 2;

export const quarterMonthDay: DeadlineRule = {
  name: 'deadline-quarter-month-day',
  pattern: PATTERN,
  starts: ['#'],
  needs: ['quy'],
  extract(m, env) {
    // "ngày 15 của tháng cuối quý" after a cue or "ngày": a date, not a count ("15 tháng").
    const lead = recurringDayLead(env, m.index);
    if (!lead) return null;
    const day = Number(m[DAY_NUMBER]);
    if (day < 1 || day > 31) return null;
    const fields = { stated: false, kind: 'recurring' as const, recurrence: 'quarterly' as const };
    if (!env.base) return candidateOf(m, this.name, { ...fields, date: null }, lead.start);
    const date = nextQuarterly(env.base, day, m[WHICH_MONTH] === 'dau' ? 'first' : 'last');
    return candidateOf(m, this.name, { ...fields, date }, lead.start);
  },
};
