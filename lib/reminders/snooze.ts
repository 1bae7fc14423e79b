import { addDays, weekdayOf } from '../extract/calendar';
import type { NhacViecDatabase } from '../db/database';
import { SavedTaskSchema } from '../db/records';
import type { ReminderSettings } from './reminder-settings';
import { localDateOf, zonedInstant } from './zoned-time';

/** The "Nhắc lại" choices: in an hour, tomorrow morning, next week (Monday morning). */
export const SNOOZE_CHOICES = ['hour', 'morning', 'week'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

/**
 * When a snoozed reminder comes back: `hour` one hour from now; `morning` tomorrow at the
 * reminder time of the settings; `week` next Monday at that time. (Quiet hours are applied by the
 * schedule, as for every reminder.)
 */
export function snoozeTime(choice: SnoozeChoice, now: number, settings: ReminderSettings, timeZone: string): number {
  if (choice === 'hour') return now + 3_600_000;
  const today = localDateOf(now, timeZone);
  if (choice === 'morning') return zonedInstant(addDays(today, 1), settings.time, timeZone);
  // Days to the next Monday (1): 1–7, never today.
  const ahead = ((8 - weekdayOf(today)) % 7) || 7;
  return zonedInstant(addDays(today, ahead), settings.time, timeZone);
}

/** Sets (or with null clears) a task's snooze, validated. Returns false when there is no such task. */
export function snoozeTask(db: NhacViecDatabase, id: number, until: number | null, now: number): Promise<boolean> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) return false;
    await db.tasks.put({ ...SavedTaskSchema.parse({ ...task, snoozedUntil: until, updatedAt: now }), id });
    return true;
  });
}
