import { B, E, G } from './patterns';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "ngay trong ngày"                              → the day the document is received (or issued)
// "trong ngày hôm nay", "ngay trong ngày nhận được văn bản"
const PATTERN = new RegExp(`${B}(?:ngay${G}trong${G}ngay(?:${G}hom${G}nay)?|trong${G}ngay${G}hom${G}nay)${E}`, 'g');

export const sameDay: DeadlineRule = {
  name: 'deadline-same-day',
  pattern: PATTERN,
  starts: ['ngay', 'trong'],
  needs: ['trong'],
  extract(m, env) {
    // The first word must be the adverb "ngay", not a "ngày" that lost its accent.
    if (/^ngay/.test(m[0]) && env.text.slice(m.index, m.index + 4).toLowerCase() !== 'ngay') return null;
    return candidateOf(m, this.name, { date: env.receipt, stated: false, kind: 'date' });
  },
};
