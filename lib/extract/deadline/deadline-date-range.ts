import { B, DATE, DAY, G, G0 } from './patterns';
import { readDateSlot, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "từ ngày 01/10 đến ngày 15/10/2025"          → due 2025-10-15 (the window's end)
// "từ 01/10/2025 đến hết ngày 15/10/2025", "từ ngày 01 đến ngày 15/10/2025", "từ ngày 05 - 15/10/2025"
// not "từ ngày 01/4 đến hết ngày 31/3" (a yearly cycle); a window already over at the document date is background ("(từ 01/4/2019 đến hết ngày 31/3/2020)")
const START = `\\d{1,2}(?:\\s{0,3}(?:[/.-]\\s{0,3}\\d{1,2}(?:\\s{0,3}[/.-]\\s{0,3}\\d{2,4})?|thang\\s{0,3}\\d{1,2}(?:\\s{0,3},?\\s{0,3}(?:nam|,)\\s{0,3}\\d{4})?))?`;
const PATTERN = new RegExp(`${B}tu${G}(?:${DAY}${G0})?(${START})(?!\\d)${G0}(?:den|toi|-)${G0}(?:het${G})?(?:${DAY}${G0})?(${DATE})`, 'g');
const FROM = 1;
const END = 2;

export const dateRange: DeadlineRule = {
  name: 'deadline-date-range',
  pattern: PATTERN,
  starts: ['tu '], // the word "từ" alone, not "tuần", "tuyên"
  needs: ['#'],
  extract(m, env) {
    const dm = readDateSlot(m[END]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    const from = readDateSlot(m[FROM]!);
    if (from && dm.year === null && from.year === null && from.month * 100 + from.day > dm.month * 100 + dm.day) {
      return null; // "từ ngày 01/4 đến hết ngày 31/3": a yearly cycle quoted from a law, not a window
    }
    return candidateOf(m, this.name, { ...resolved, kind: 'date', soft: true, yearless: dm.year === null });
  },
};
