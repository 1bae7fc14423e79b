import { createDatabase, type NhacViecDatabase } from '../../lib/db/database';
import { refreshReminders, type RefreshResult } from '../../lib/reminders/refresh-reminders';
import { systemTimeZone } from '../../lib/reminders/zoned-time';

let db: NhacViecDatabase | null = null;
let running: Promise<unknown> = Promise.resolve();

/** The worker's database, opened on first use. */
export function workerDatabase(): NhacViecDatabase {
  return (db ??= createDatabase());
}

/**
 * Runs `refreshReminders` now, after any run already under way: a start, an alarm and a change can
 * come together (an update at browser start), and two runs at once could give the same reminder twice.
 */
export function runReminders(now: () => number = Date.now): Promise<RefreshResult> {
  const run = running.then(() => refreshReminders(workerDatabase(), now(), systemTimeZone()));
  running = run.catch((error: unknown) => console.error('Nhắc Việc: nhắc hạn thất bại.', error));
  return run;
}
