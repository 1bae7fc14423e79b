import type { ReminderOverride } from '../db/records';
import type { ReminderSettings } from '../reminders/reminder-settings';
import { effectiveSettings, ladderDay } from '../reminders/schedule';
import { zonedInstant } from '../reminders/zoned-time';

/**
 * When calendar alarms ring: the reminders' ladder (`days` before the due date, counted in working
 * days with `workingDays`, and with `onDay` on the due date itself), at local `time`.
 */
export type AlarmLadder = Pick<ReminderSettings, 'days' | 'time' | 'onDay' | 'workingDays'>;

/** The time zone the documents' dates and times are in (Vietnam has kept UTC+7 without DST since 1975). */
export const EXPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * An alarm's trigger: `minutes` after the event's start (or the to-do's due time; negative is
 * before), or an instant `at` (epoch ms) where the offset would be zero, which the `ics` package
 * cannot write as a duration.
 */
export type AlarmTrigger = { minutes: number } | { at: number };

/** A task's ladder: the settings' with its own override applied, or null when its reminders are off. */
export function taskLadder(settings: ReminderSettings, override: ReminderOverride | null | undefined): AlarmLadder | null {
  const effective = effectiveSettings(settings, override);
  return effective.off ? null : effective;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The alarms of a task due on `due`, the same instants the extension reminds at (quiet hours,
 * overdue and snoozed reminders aside), earliest first, without duplicates. A date without a time
 * is an all-day entry: offsets count from the start of that day, in the calendar's own zone. With
 * a time, the alarms are at `ladder.time` in `timeZone` on each day; on the due date, at that time
 * or at the deadline if it is earlier, and at the deadline itself when it is later.
 */
export function alarmTriggers(due: string, dueTime: string | null, ladder: AlarmLadder, timeZone = EXPORT_TIME_ZONE): AlarmTrigger[] {
  const days = [...ladder.days.map((n) => ladderDay(due, n, ladder.workingDays)), ...(ladder.onDay ? [due] : [])];
  const offsets = new Set<number>();
  if (dueTime === null) {
    const start = zonedInstant(due, '00:00', timeZone);
    // Whole days between dates, without the zone: the entry floats in the calendar's own zone.
    const daysBetween = (day: string) => Math.round((Date.parse(day) - Date.parse(due)) / 86_400_000);
    for (const day of days) offsets.add(daysBetween(day) * 1440 + minutesOf(ladder.time));
    return [...offsets].sort((a, b) => a - b).map((minutes) => (minutes === 0 ? { at: start } : { minutes }));
  }
  const deadline = zonedInstant(due, dueTime, timeZone);
  for (const day of days) offsets.add(Math.round((Math.min(zonedInstant(day, ladder.time, timeZone), deadline) - deadline) / 60_000));
  if (ladder.onDay) offsets.add(0);
  return [...offsets].sort((a, b) => a - b).map((minutes) => (minutes === 0 ? { at: deadline } : { minutes }));
}
