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
