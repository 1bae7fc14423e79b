import { browser } from 'wxt/browser';
import { setDone } from '../../lib/db/task-edits';
import { SUMMARY_NOTIFICATION_ID, taskIdOfNotification } from '../../lib/reminders/notification-content';
import { focusTaskItem } from '../../lib/reminders/reminder-store';
import { snoozeTask, snoozeTime } from '../../lib/reminders/snooze';
import { systemTimeZone } from '../../lib/reminders/zoned-time';
import { getSettings } from '../../lib/settings';
import { openPanel } from './open-panel';
import { runReminders, workerDatabase } from './run-reminders';

/** Buttons of a task's notification, in order. */
export const NOTIFICATION_BUTTONS = ['done', 'snooze'] as const;

/**
 * A click on a reminder: the side panel opens on the task. `sidePanel.open` is called first and
 * synchronously, inside the click's user gesture; the task to show goes to session storage, where
 * the panel (opening now, or already open) picks it up.
 */
export function handleNotificationClick(notificationId: string, now = Date.now()): Promise<void> {
  const taskId = taskIdOfNotification(notificationId);
  if (taskId === null && notificationId !== SUMMARY_NOTIFICATION_ID) return Promise.resolve();
  openPanel({ windowId: browser.windows.WINDOW_ID_CURRENT });
  return Promise.all([focusTaskItem.setValue({ taskId, at: now }), browser.notifications.clear(notificationId)]).then(() => {});
}

/** "Đã xong" marks the task done (a recurring duty's next occurrence follows); "Nhắc lại" snoozes it an hour. */
export async function handleNotificationButton(notificationId: string, buttonIndex: number, now = Date.now()): Promise<void> {
  const taskId = taskIdOfNotification(notificationId);
  const action = NOTIFICATION_BUTTONS[buttonIndex];
  if (taskId === null || !action) return;
  await browser.notifications.clear(notificationId);
  if (action === 'done') await setDone(workerDatabase(), taskId, true, now);
  else await snoozeTask(workerDatabase(), taskId, snoozeTime('hour', now, (await getSettings()).reminders, systemTimeZone()), now);
  await runReminders();
}

/** Registers the notification click and button listeners. */
export function setupNotificationActions(): void {
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(id));
  // Firefox has no notification buttons (nor this event): https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/notifications/onButtonClicked
  const buttons = browser.notifications.onButtonClicked as typeof browser.notifications.onButtonClicked | undefined;
  buttons?.addListener((id, index) => void handleNotificationButton(id, index));
}
