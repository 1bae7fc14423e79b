import { isoOf } from '../calendar';
import { spacesStart } from '../normalize';
import { B, DATE } from './patterns';
import { readDateSlot, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// A date alone in a table cell: the "Thời gian hoàn thành" column of a plan's table of duties,
// "| 30/09/2026 |", "<td>15/10/2025</td>". Elsewhere a bare date is background, not a deadline.
const PATTERN = new RegExp(`${B}(?<=(?:\\||<td[^>]{0,40}>)[ \\t]{0,4})(${DATE})(?=[ \\t]{0,4}(?:\\||</td))`, 'g');
const SLOT = 1;

/** The cell's bar or `<td …>` ends right before the date, past at most four blanks (the look-behind above). */
function afterCellStart(folded: string, at: number): boolean {
  const c = folded.charCodeAt(spacesStart(folded, at, at - 4) - 1);
  return c === 124 || c === 62; // "|", ">"
}

export const tableCell: DeadlineRule = {
  name: 'deadline-table-cell',
  pattern: PATTERN,
  starts: ['#'],
  admits: afterCellStart,
  extract(m, env) {
    const dm = readDateSlot(m[SLOT]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    return candidateOf(m, this.name, { ...resolved, kind: 'date', yearless: dm.year === null });
  },
};

// A year or a span of years alone in a table cell, the time column of a plan's table of duties:
// "| 2026 - 2030 |", "| 2030 |", "| 2026 – 2030 (Ngay sau khi …) |" → the end of the last year.
// Not "| 2024 | 2025 |" figures under years (a row of data, not a task's row: only tasks' rows are read).
const YEARS = new RegExp(`${B}(?<=(?:\\||<td[^>]{0,40}>)[ \\t]{0,4})((?:19|20)\\d{2})(?:[ \\t]{0,2}-[ \\t]{0,2}((?:19|20)\\d{2}))?(?=[ \\t]{0,4}(?:\\||</td|\\())`, 'g');

export const tableYears: DeadlineRule = {
  name: 'deadline-table-years',
  pattern: YEARS,
  starts: ['#'],
  admits: afterCellStart,
  extract(m) {
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (last < first || last - first > 20) return null;
    return candidateOf(m, this.name, { date: isoOf(last, 12, 31), stated: false, kind: 'date' });
  },
};
