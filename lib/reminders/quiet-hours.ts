import type { QuietHours } from './reminder-settings';
import { localTimeOf, zonedInstant } from './zoned-time';
import { addDays } from '../extract/calendar';

/** True when local time of day `time` (`HH:MM`) falls in the quiet hours (start included, end not). */
export function isQuiet(time: string, quiet: QuietHours): boolean {
  return quiet.start < quiet.end ? time >= quiet.start && time < quiet.end : time >= quiet.start || time < quiet.end;
}

/**
 * `at`, or when it falls in the quiet hours, the moment they end (the same night's end: today's
 * when it is still ahead, else tomorrow's).
 */
export function afterQuietHours(at: number, quiet: QuietHours | null, timeZone: string): number {
  if (!quiet) return at;
  const local = localTimeOf(at, timeZone);
  if (!isQuiet(local.time, quiet)) return at;
  const date = local.time < quiet.end ? local.date : addDays(local.date, 1);
  return zonedInstant(date, quiet.end, timeZone);
}
