import { addDays, isoOf } from '../calendar';
import { B, E, G, MONTH_YEAR_TAIL } from './patterns';
import { endOfQuarter, readQuarter } from './periods';
import { inferPeriodYear } from './read-date';
import { candidateOf, inCue, leadBefore, standsAlone } from './spans';
import type { DeadlineRule } from './types';

// "trong quý II/2025"                → 2025-06-30 (I → 31/3, III → 30/9, IV → 31/12)
// "quý II năm 2025", "trong Quý IV/2024", "hoàn thành trong quý III" (year implied), "cuối quý II/2025"
// "Quý 1/2025" alone in a table cell or in brackets; "thời hạn hoàn thành trong Quý IV/2024"
// "đầu quý 3/2025" → 2025-07-01, "giữa quý II/2025" → 2025-05-15, "trước quý III/2025" → 2025-06-30
// OCR numerals: "quý IIT", "quý ITI", "quý lll" → III, "quý [V/2025", "quý 1V" → IV
const PATTERN = new RegExp(`${B}quy${G}([ivlt1[]{1,3}|[1-4])${E}${MONTH_YEAR_TAIL}`, 'g');
const NUMBER = 1;
const YEAR_A = 2;
const YEAR_B = 3;
/** Groups: the cue word that decides the day. */
const LEAD = new RegExp(
  `${B}(?:(?:hoan${G}thanh|xong|cham${G}nhat|thoi${G}han(?:${G}hoan${G}thanh)?)${G})?(?:([tf]?rong|truoc|den${G}het|den|cuoi|dau|giua)${G})?$`,
);

export const quarter: DeadlineRule = {
  name: 'deadline-quarter',
  pattern: PATTERN,
  starts: ['quy '], // the word "quý" alone, not "quyết"
  extract(m, env) {
    const q = readQuarter(m[NUMBER]!);
    if (q === null) return null;
    const lead = leadBefore(env, m.index, LEAD);
    // OCR's "frong Quý 1/2026" is "trong"; "rộng" is no cue.
    const cue = inCue(env, lead.start, m.index, lead.groups[0]?.replace(/[\s|]+/g, ' '));
    if (cue === null) return null;
    const yearText = m[YEAR_A] ?? m[YEAR_B];
    if (lead.start === m.index && !standsAlone(env, m.index, m.index + m[0].length)) return null;
    const dateIn = (y: number): string => {
      if (cue === 'dau') return isoOf(y, q * 3 - 2, 1);
      if (cue === 'giua') return isoOf(y, q * 3 - 1, 15);
      if (cue === 'truoc') return addDays(isoOf(y, q * 3 - 2, 1), -1);
      return endOfQuarter(y, q);
    };
    const date = yearText ? dateIn(Number(yearText)) : inferPeriodYear(env, dateIn);
    if (!date && env.base) return null;
    const also = cue === 'truoc' && date ? [endOfQuarter(Number(addDays(date, 1).slice(0, 4)), q)] : undefined;
    return candidateOf(m, this.name, { date, stated: false, kind: 'date', soft: true, ...(also ? { also } : {}) }, lead.start);
  },
};
