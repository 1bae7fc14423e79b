import type { NhacViecDatabase } from '../../lib/db/database';
import type { ReminderOverride } from '../../lib/db/records';
import { focusTaskItem, readFocusRequest } from '../../lib/reminders/reminder-store';
import type { SnoozeChoice } from '../../lib/reminders/snooze';
import { getSettings } from '../../lib/settings';

// Loaded on first use, like the panel's other writes: the list's first screen needs none of it.
const loadSnooze = () => Promise.all([import('../../lib/reminders/snooze'), import('../../lib/reminders/zoned-time')]);
const loadMessages = () => import('../../lib/messages');

/**
 * Tells the background that tasks were written, so it rebuilds the reminder alarm and the badge at
 * once (the worker may be asleep: a message wakes it, a database write does not). Never throws.
 */
export function notifyTasksChanged(): void {
  void loadMessages()
    .then(({ sendMessage }) => sendMessage('tasksChanged', {}))
    .catch((error: unknown) => console.warn('Nhắc Việc: không báo được thay đổi cho nền.', error));
}

/** "Nhắc lại" from the panel: snoozes the task to the chosen time; returns that time. */
export async function snoozeFromPanel(db: NhacViecDatabase, id: number, choice: SnoozeChoice, now = Date.now()): Promise<number> {
  const [[{ snoozeTask, snoozeTime }, { systemTimeZone }], settings] = await Promise.all([loadSnooze(), getSettings()]);
  const until = snoozeTime(choice, now, settings.reminders, systemTimeZone());
  await snoozeTask(db, id, until, now);
  notifyTasksChanged();
  return until;
}

/** Sets (or with null removes) a task's own reminder settings, validated. */
export async function setReminderOverride(db: NhacViecDatabase, id: number, override: ReminderOverride | null, now = Date.now()): Promise<void> {
  const { SavedTaskSchema } = await import('../../lib/db/records');
  await db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) return;
    await db.tasks.put({ ...SavedTaskSchema.parse({ ...task, reminder: override, updatedAt: now }), id });
  });
  notifyTasksChanged();
}

/**
 * Calls `handle` with the task a clicked notification asked the panel to show (null: the list),
 * now if one is waiting and whenever another comes; each request is handled once, then removed.
 * Returns the unwatch.
 */
export function onFocusTask(handle: (taskId: number | null) => void): () => void {
  const take = (value: unknown) => {
    const request = readFocusRequest(value, Date.now());
    if (!request) return;
    void focusTaskItem.removeValue();
    handle(request.taskId);
  };
  void focusTaskItem.getValue().then(take);
  return focusTaskItem.watch(take);
}
