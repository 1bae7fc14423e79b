import { createDatabase, type NhacViecDatabase } from '../../lib/db/database';
import { refreshReminders, type RefreshResult } from '../../lib/reminders/refresh-reminders';
import { systemTimeZone } from '../../lib/reminders/zoned-time';

let db: NhacViecDatabase | null = null;
let running: Promise<unknown> = Promise.resolve();
/** A run asked for but not started yet: later requests join it (a burst of changes makes one run). */
let queued: Promise<RefreshResult> | null = null;

/** The worker's database, opened on first use. */
export function workerDatabase(): NhacViecDatabase {
  return (db ??= createDatabase());
}

/**
 * Runs `refreshReminders` after any run already under way: a start, an alarm and a change can
 * come together (an update at browser start), and two runs at once could give the same reminder
 * twice. Requests made while one waits to start share it.
 */
export function runReminders(now: () => number = Date.now): Promise<RefreshResult> {
  if (queued) return queued;
  const run = running.then(() => {
    queued = null;
    return refreshReminders(workerDatabase(), now(), systemTimeZone());
  });
  queued = run;
  running = run.catch((error: unknown) => console.error('Nhắc Việc: nhắc hạn thất bại.', error));
  return run;
}
