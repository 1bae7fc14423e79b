import { B, DATE, DAY, G, G0 } from './patterns';
import { readDateSlot, resolveDayMonth } from './read-date';
import { candidateOf, precededBy } from './spans';
import type { DeadlineRule } from './types';

// "đến hết ngày 31/12/2025"  → 2025-12-31 (inclusive)
// "đến hết 31/12/2025", "đến ngày 31/12/2025"
// not the end of a window "tính từ đầu ngày 01 tháng 01 đến hết ngày 31 tháng 12" (deadline-date-range reads windows),
// not "tính đến ngày 30/9/2024" or "kể đến ngày …" (an as-of date); a past date is background
const PATTERN = new RegExp(`${B}(?:(tinh|ke)${G})?den(?:${G}(het))?${G}(?:(${DAY})${G0})?(${DATE})`, 'g');
const AS_OF = 1;
const HET = 2;
const DAY_WORD = 3;
const SLOT = 4;

const TALLY_BEFORE = /(?:^|[^a-z])(?:ket[\s|]{1,4}qua|so[\s|]{1,4}lieu|luy[\s|]{1,4}ke)\b[^.;:\n]{0,60}$/u;

export const untilDate: DeadlineRule = {
  name: 'deadline-until-date',
  pattern: PATTERN,
  starts: ['tinh', 'ke', 'den'],
  needs: ['#'],
  extract(m, env) {
    if (m[AS_OF] || (!m[HET] && !m[DAY_WORD])) return null;
    if (precededBy(env, m.index, /(?:^|[^\p{L}])tu[\s|]{1,4}(?:dau[\s|]{1,4})?(?:ngay[\s|]{1,4})?\d[^.;\n]{0,40}$/u, 64)) return null;
    // "kết quả thanh tra, kiểm tra đến hết ngày 23/10/2018", "số liệu lũy kế đến hết ngày …": the
    // figures' cut-off date, not a deadline.
    if (precededBy(env, m.index, TALLY_BEFORE, 72)) return null;
    const dm = readDateSlot(m[SLOT]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    return candidateOf(m, this.name, { ...resolved, kind: 'date', soft: true, yearless: dm.year === null });
  },
};
