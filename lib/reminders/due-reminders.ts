import type { ReminderSettings } from './reminder-settings';
import { remindersBetween, type Reminder, type SchedulableTask } from './schedule';

/** A task and the latest of its reminders that fell due in a window. */
export interface DueReminder<T extends SchedulableTask = SchedulableTask> {
  task: T;
  reminder: Reminder;
}

/**
 * The reminders owed for the window `(from, to]`: at most one per task (its latest: a task whose
 * overdue reminder came three times while the browser was closed is reminded once), soonest
 * deadline first.
 */
export function dueReminders<T extends SchedulableTask>(tasks: readonly T[], settings: ReminderSettings, from: number, to: number, timeZone: string): DueReminder<T>[] {
  const due: DueReminder<T>[] = [];
  for (const task of tasks) {
    const list = remindersBetween(task, settings, from, to, timeZone);
    if (list.length) due.push({ task, reminder: list[list.length - 1]! });
  }
  return due.sort((a, b) => (a.task.due ?? '9999').localeCompare(b.task.due ?? '9999') || a.reminder.at - b.reminder.at || a.task.id - b.task.id);
}

/** What to show for the reminders owed: nothing, one task's notification, or one summary for many. */
export type NotificationPlan<T extends SchedulableTask = SchedulableTask> =
  | { kind: 'none' }
  | { kind: 'task'; due: DueReminder<T> }
  | { kind: 'summary'; due: DueReminder<T>[] };

/**
 * One notification at most per run, never a burst: a single reminder is shown with its task (and
 * the "Đã xong" / "Nhắc lại" buttons); several — the morning's ladder, or what fell due while the
 * browser was closed — become one summary.
 */
export function planNotifications<T extends SchedulableTask>(due: readonly DueReminder<T>[]): NotificationPlan<T> {
  if (due.length === 0) return { kind: 'none' };
  if (due.length === 1) return { kind: 'task', due: due[0]! };
  return { kind: 'summary', due: [...due] };
}
