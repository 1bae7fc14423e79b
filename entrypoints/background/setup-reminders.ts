import { browser } from 'wxt/browser';
import { onMessage } from '../../lib/messages';
import { REMINDER_ALARMS } from '../../lib/reminders/alarm-names';
import { watchSettings } from '../../lib/settings';
import { setupNotificationActions } from './notification-actions';
import { runReminders } from './run-reminders';
import { isExtensionPage } from './setup-capture';

/**
 * Reminders, the badge and recurring duties. Chrome may drop alarms when the browser restarts, so
 * everything is rebuilt from the database at every start of the worker (install, update, browser
 * start, any wake-up) — which also gives, as one notification, what fell due while it was closed.
 */
export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (REMINDER_ALARMS.includes(alarm.name)) void runReminders();
  });
  // Registered so that the worker is started at browser start even when nothing else wakes it.
  browser.runtime.onStartup.addListener(() => void runReminders());
  onMessage('tasksChanged', async (_data, sender) => {
    if (!isExtensionPage(sender)) throw new Error('tasksChanged: only extension pages may say');
    await runReminders();
  });
  // A new ladder, time or quiet hours moves the next alarm (storage changes wake the worker too).
  watchSettings(() => void runReminders());
  setupNotificationActions();
  void runReminders();
}
