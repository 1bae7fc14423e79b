import { addMonths, endOfMonth, isoOf } from '../calendar';
import { B, BEFORE, DAY, E, G } from './patterns';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "chậm nhất 10 ngày của tháng kế tiếp"   → the 10th of the month after the document's; "the following
//                                          month" is relative to each period, so the duty recurs monthly
// "trước ngày 05 của tháng sau", "trước ngày 10 tháng tiếp theo", "vào ngày 15 tháng tới" → once
const PATTERN = new RegExp(
  `${B}(?:${BEFORE}|cham${G}nhat(?:${G}(?:la|vao))?|vao|han)${G}(?:${DAY}${G})?(\\d{1,2})${G}(?:${DAY}${G})?(?:cua${G})?thang${G}(sau|ke${G}tiep|tiep${G}theo|toi)${E}`,
  'g',
);
const DAY_NUMBER = 2;
const WHICH = 3;

export const nextMonthDay: DeadlineRule = {
  name: 'deadline-next-month-day',
  pattern: PATTERN,
  starts: ['truoc', 'ruoc', 'cham', 'vao', 'han'],
  needs: ['thang'],
  extract(m, env) {
    const day = Number(m[DAY_NUMBER]);
    if (day < 1 || day > 31) return null;
    if (m[WHICH] === 'sau') {
      // "tháng sáu" (June) folds to "thang sau" too: only the unaccented word means "next".
      const at = m.index + m[0].length - 3;
      if (env.text.slice(at, at + 3).toLowerCase() !== 'sau') return null;
    }
    const recurring = /^ke|^tiep/.test(m[WHICH]!);
    const fields = recurring ? ({ kind: 'recurring', recurrence: 'monthly' } as const) : ({ kind: 'date' } as const);
    if (!env.base) return candidateOf(m, this.name, { date: null, stated: false, ...fields });
    const next = addMonths(isoOf(Number(env.base.slice(0, 4)), Number(env.base.slice(5, 7)), 1), 1);
    const y = Number(next.slice(0, 4));
    const mo = Number(next.slice(5, 7));
    const date = isoOf(y, mo, Math.min(day, Number(endOfMonth(y, mo).slice(8))));
    return candidateOf(m, this.name, { date, stated: false, ...fields });
  },
};
