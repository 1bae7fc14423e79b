import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../lib/reminders/reminder-settings';
import type { SchedulableTask } from '../../lib/reminders/schedule';

export const HCM = 'Asia/Ho_Chi_Minh';
export const BERLIN = 'Europe/Berlin';
export const NEW_YORK = 'America/New_York';

/** An instant written as local ISO with its offset, e.g. `at('2026-12-03T08:00+07:00')`. */
export const at = (iso: string) => Date.parse(iso);

/** The defaults: 7, 3, 1 days before at 08:00, on the day, overdue daily, quiet 21:00–07:00. */
export const settings = (patch: Partial<ReminderSettings> = {}): ReminderSettings => ({ ...DEFAULT_REMINDER_SETTINGS, ...patch });

/** An open task created long before its ladder starts. */
export const task = (patch: Partial<SchedulableTask> = {}): SchedulableTask => ({
  id: 1,
  due: '2026-12-10',
  dueTime: null,
  done: 0,
  createdAt: at('2026-10-01T09:00+07:00'),
  ...patch,
});

/** Reminder instants as UTC ISO strings with their kinds, for readable assertions. */
export const show = (list: { at: number; kind: string }[]) => list.map((r) => `${new Date(r.at).toISOString().slice(0, 16)} ${r.kind}`);
