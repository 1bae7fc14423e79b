import { addDays, isWorkingDay, subtractWorkingDays } from '../extract/calendar';
import type { ReminderOverride } from '../db/records';
import { afterQuietHours } from './quiet-hours';
import type { ReminderSettings } from './reminder-settings';
import { localDateOf, zonedInstant } from './zoned-time';

/**
 * The reminder schedule, as pure functions of (task, settings, time, time zone): nothing here
 * reads a clock or a browser API, so every case is tested with a fixed one. `browser.alarms`
 * only ever carries the next instant this module gives.
 */

/** What the schedule needs of a task (a `StoredTask` fits). */
export interface SchedulableTask {
  id: number;
  /** `YYYY-MM-DD` or null (undated tasks get no ladder). */
  due: string | null;
  dueTime: string | null;
  done: 0 | 1;
  /** Reminders due before the task existed are never owed. */
  createdAt: number;
  reminder?: ReminderOverride | null;
  snoozedUntil?: number | null;
}

/**
 * - `before`: a step of the ladder (N days before);
 * - `on-day`: the morning of the due date; `at-time`: the stated time of a timed deadline;
 * - `overdue`: once a day after the due date; `snooze`: the time the user chose with "Nhắc lại".
 */
export type ReminderKind = 'before' | 'on-day' | 'at-time' | 'overdue' | 'snooze';

export interface Reminder {
  taskId: number;
  /** Epoch milliseconds. */
  at: number;
  kind: ReminderKind;
}

/** Settings with a task's override applied; `off` when the task (or the settings) want no reminder. */
export function effectiveSettings(settings: ReminderSettings, override: ReminderOverride | null | undefined): ReminderSettings & { off: boolean } {
  const o = override ?? {};
  return {
    ...settings,
    days: o.days ? [...new Set(o.days)].sort((a, b) => b - a) : settings.days,
    workingDays: o.workingDays ?? settings.workingDays,
    overdueDaily: o.overdueDaily ?? settings.overdueDaily,
    off: !settings.enabled || o.off === true,
  };
}

/** The day of a ladder step: `n` days before `due`, counted in working days with `workingDays`. */
export function ladderDay(due: string, n: number, workingDays: boolean): string {
  return workingDays ? subtractWorkingDays(due, n) : addDays(due, -n);
}

/** Longest stretch of overdue days looked at in one call (a browser closed for longer owes one catch-up anyway). */
const MAX_OVERDUE_SPAN = 400;

type Settings = ReturnType<typeof effectiveSettings>;

/** The ladder, on-day and at-time reminders of a dated task (before quiet hours and filters). */
function fixedReminders(task: SchedulableTask & { due: string }, s: Settings, timeZone: string): Reminder[] {
  const at = (date: string, time: string) => zonedInstant(date, time, timeZone);
  const list: Reminder[] = s.days.map((n) => ({
    taskId: task.id,
    at: at(ladderDay(task.due, n, s.workingDays), s.time),
    kind: 'before' as const,
  }));
  if (s.onDay) {
    // A deadline earlier in the day than the usual time is reminded at the deadline's own time.
    const time = task.dueTime && task.dueTime < s.time ? task.dueTime : s.time;
    list.push({ taskId: task.id, at: at(task.due, time), kind: 'on-day' });
    if (task.dueTime && task.dueTime > s.time) list.push({ taskId: task.id, at: at(task.due, task.dueTime), kind: 'at-time' });
  }
  return list;
}

/** Overdue reminders on local days `from`…`to` (both included), after the due date. */
function overdueReminders(task: SchedulableTask & { due: string }, s: Settings, from: string, to: string, timeZone: string): Reminder[] {
  if (!s.overdueDaily) return [];
  let day = addDays(task.due, 1) > from ? addDays(task.due, 1) : from;
  const list: Reminder[] = [];
  for (let i = 0; day <= to && i < MAX_OVERDUE_SPAN; i++, day = addDays(day, 1)) {
    if (s.workingDays && !isWorkingDay(day)) continue;
    list.push({ taskId: task.id, at: zonedInstant(day, s.time, timeZone), kind: 'overdue' });
  }
  return list;
}

/**
 * Every reminder of `task` due in the window `(from, to]` (epoch ms), in time order: quiet hours
 * moved to their end, none from before the task existed, none before a snooze's time (the snooze
 * itself is one). A done task, and one whose reminders are off, has none.
 */
export function remindersBetween(task: SchedulableTask, settings: ReminderSettings, from: number, to: number, timeZone: string): Reminder[] {
  if (to <= from) return [];
  // A day of margin before: quiet hours move a reminder to the next morning.
  const first = addDays(localDateOf(Math.max(from, to - MAX_OVERDUE_SPAN * 86_400_000), timeZone), -1);
  return candidates(task, settings, first, localDateOf(to, timeZone), timeZone, from, to);
}

/** Overdue days looked at for the next reminder: more than the longest run of days off (Tết). */
const NEXT_OVERDUE_DAYS = 16;

/**
 * The first reminder of `task` after `after` (epoch ms), or null when none is coming (done, off,
 * undated and not snoozed, or a ladder already past with no overdue reminders).
 */
export function nextReminder(task: SchedulableTask, settings: ReminderSettings, after: number, timeZone: string): Reminder | null {
  const today = addDays(localDateOf(after, timeZone), -1);
  // Overdue reminders start the day after the due date, however far ahead that is.
  const first = task.due && addDays(task.due, 1) > today ? addDays(task.due, 1) : today;
  return candidates(task, settings, first, addDays(first, NEXT_OVERDUE_DAYS), timeZone, after, Infinity)[0] ?? null;
}

/**
 * The reminders of `task` in `(from, to]`, in time order, with overdue ones looked for on local
 * days `overdueFrom`…`overdueTo` only (the ladder, the day itself and a snooze are always looked at).
 */
function candidates(task: SchedulableTask, settings: ReminderSettings, overdueFrom: string, overdueTo: string, timeZone: string, from: number, to: number): Reminder[] {
  if (task.done) return [];
  const s = effectiveSettings(settings, task.reminder);
  if (s.off) return [];
  const list: Reminder[] = [];
  if (task.due) {
    const dated = task as SchedulableTask & { due: string };
    list.push(...fixedReminders(dated, s, timeZone), ...overdueReminders(dated, s, overdueFrom, overdueTo, timeZone));
  }
  const snooze = task.snoozedUntil ?? null;
  if (snooze !== null) list.push({ taskId: task.id, at: snooze, kind: 'snooze' });
  const seen = new Set<number>();
  return list
    .map((r) => ({ ...r, at: afterQuietHours(r.at, s.quietHours, timeZone) }))
    .filter((r) => r.at > from && r.at <= to && r.at > task.createdAt && (snooze === null || r.kind === 'snooze' || r.at > snooze))
    .sort((a, b) => a.at - b.at)
    .filter((r) => !seen.has(r.at) && seen.add(r.at));
}
