import { addDays } from '../db/groups';
import { DEFAULT_REMINDER_SETTINGS } from '../reminders/reminder-settings';
import { zonedInstant } from '../reminders/zoned-time';

/** When calendar alarms ring: `days` before the due date and (with `onDay`) on it, at local `time`. */
export interface AlarmLadder {
  days: readonly number[];
  /** `HH:MM`. */
  time: string;
  onDay: boolean;
}

/** The reminders' default ladder (7, 3 and 1 days before the due date and on the day, at 08:00). */
export const DEFAULT_ALARM_LADDER: AlarmLadder = {
  days: DEFAULT_REMINDER_SETTINGS.days,
  time: DEFAULT_REMINDER_SETTINGS.time,
  onDay: DEFAULT_REMINDER_SETTINGS.onDay,
};

/** The time zone the documents' dates and times are in (Vietnam has kept UTC+7 without DST since 1975). */
export const EXPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * An alarm's trigger: `minutes` after the event's start (or the to-do's due time; negative is
 * before), or an instant `at` (epoch ms) where the offset would be zero, which the `ics` package
 * cannot write as a duration.
 */
export type AlarmTrigger = { minutes: number } | { at: number };

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The alarms of a task due on `due`, largest lead first, without duplicates. A date without a time
 * is an all-day entry: offsets count from the start of that day, in the calendar's own zone. With
 * a time, the alarms are at `ladder.time` in `timeZone` on each day, and never after the deadline
 * itself (a 07:00 deadline rings at 07:00 on the day, not at 08:00).
 */
export function alarmTriggers(due: string, dueTime: string | null, ladder: AlarmLadder, timeZone = EXPORT_TIME_ZONE): AlarmTrigger[] {
  const days = [...new Set([...ladder.days, ...(ladder.onDay ? [0] : [])])].sort((a, b) => b - a);
  const offsets = new Set<number>();
  if (dueTime === null) {
    for (const n of days) offsets.add(minutesOf(ladder.time) - n * 1440);
    return [...offsets].map((minutes) => (minutes === 0 ? { at: zonedInstant(due, '00:00', timeZone) } : { minutes }));
  }
  const deadline = zonedInstant(due, dueTime, timeZone);
  for (const n of days) offsets.add(Math.round((Math.min(zonedInstant(addDays(due, -n), ladder.time, timeZone), deadline) - deadline) / 60_000));
  return [...offsets].map((minutes) => (minutes === 0 ? { at: deadline } : { minutes }));
}
