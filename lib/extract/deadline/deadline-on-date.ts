import { B, DATE, DAY, G, G0 } from './patterns';
import { readDateSlot, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "trong ngày 05/3/2024"       → that day
// "ngay trong ngày 05/3/2024"
// "trong này 10/10/2025"       → OCR for "trong ngày"
// a day already past is narration ("Trong ngày 04/10/2024, Bộ đã tổ chức …")
const PATTERN = new RegExp(`${B}(?:ngay${G})?trong${G}(?:${DAY}|nay)${G0}(${DATE})`, 'g');
const SLOT = 1;

export const onDate: DeadlineRule = {
  name: 'deadline-on-date',
  pattern: PATTERN,
  starts: ['ngay', 'trong'],
  needs: ['#'],
  extract(m, env) {
    const dm = readDateSlot(m[SLOT]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    return candidateOf(m, this.name, { ...resolved, kind: 'date', soft: true, yearless: dm.year === null });
  },
};
