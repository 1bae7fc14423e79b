import { addDays, addMonths, daysBetween, partsOf } from '../extract/calendar';
import type { Recurrence } from '../extract/schema';

const MONTHS: Partial<Record<Recurrence, number>> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };
const DAYS: Partial<Record<Recurrence, number>> = { daily: 1, weekly: 7 };

/** The `k`-th occurrence of a series that started on `anchor` (k = 0 is the anchor). */
export function occurrence(anchor: string, recurrence: Recurrence, k: number): string {
  const months = MONTHS[recurrence];
  // Counted from the anchor, not from the last one: "the 31st of every month" comes back on the 31st
  // after a 30-day month (addMonths clamps to the month's last day).
  return months ? addMonths(anchor, k * months) : addDays(anchor, k * DAYS[recurrence]!);
}

/**
 * The next due date of a recurring duty: the first occurrence of the series started on `anchor`
 * that is after `due` (the occurrence just done or passed) and not before `today` — periods that
 * went by unseen are skipped, so a duty left alone for months makes one new task, not a backlog.
 */
export function nextOccurrence(anchor: string, recurrence: Recurrence, due: string, today: string): string {
  const after = due >= today ? due : addDays(today, -1);
  const months = MONTHS[recurrence];
  let k: number;
  if (months) {
    const a = partsOf(anchor);
    const b = partsOf(after);
    k = Math.max(1, Math.floor(((b.year - a.year) * 12 + b.month - a.month) / months));
  } else {
    k = Math.max(1, Math.floor(daysBetween(anchor, after) / DAYS[recurrence]!));
  }
  // The estimate is at most one period short (or the anchor's day lies later in its month).
  while (occurrence(anchor, recurrence, k) <= after) k++;
  while (k > 1 && occurrence(anchor, recurrence, k - 1) > after) k--;
  return occurrence(anchor, recurrence, k);
}
