import { browser } from 'wxt/browser';
import type { CaptureRecords } from '../../lib/db/types';
import { captureFromGesture } from './capture-from-gesture';
import { captureTab } from './capture-tab';
import type { StoredTask } from '../../lib/db/types';
import type { RefreshResult } from '../../lib/reminders/refresh-reminders';
import { SavedTaskSchema } from '../../lib/db/records';
import { handleNotificationButton, handleNotificationClick } from './notification-actions';
import { shownNotification } from '../../lib/reminders/show-notification';
import type { NotificationContent } from '../../lib/reminders/notification-content';
import { runReminders, workerDatabase } from './run-reminders';

/** Name of the global the browser tests call through `serviceWorker.evaluate`. */
export const E2E_HOOKS_GLOBAL = '__nhacViecE2E';

/** The hooks, as the tests and the benchmark see them. */
export interface E2eHooks {
  /** What a toolbar click on `tabId` does. */
  toolbarClick(tabId: number): Promise<unknown>;
  captureTab: typeof captureTab;
  /**
   * Saves captures as the side panel does (`saveCapture`, validated, one transaction each) into
   * the extension's database; returns how many were new. The benchmark seeds its list this way.
   */
  saveCaptures(captures: CaptureRecords[]): Promise<number>;
  /** Reminders: a run as at a start, and what the browser holds (alarms, notifications, badge). */
  reminders: ReminderHooks;
}

/** See `E2eHooks.reminders`. */
export interface ReminderHooks {
  run(): Promise<RefreshResult>;
  alarms(): Promise<{ name: string; scheduledTime: number }[]>;
  notifications(): Promise<Record<string, unknown>>;
  /** The title, message and buttons this worker last showed under a notification id. */
  shown(notificationId: string): NotificationContent | null;
  badge(): Promise<string>;
  /** What a click on the notification, or on one of its buttons, does. */
  click(notificationId: string): Promise<void>;
  button(notificationId: string, index: number): Promise<void>;
  /** Every task in the database, as stored. */
  tasks(): Promise<StoredTask[]>;
  /** Writes fields of a task (validated), as the panel's edits do, then runs the reminders. */
  patchTask(id: number, patch: Partial<StoredTask>): Promise<void>;
}

/**
 * E2E build only (`wxt build --mode e2e`; the call is compiled out of the normal build): exposes
 * the functions the toolbar, shortcut and menu handlers call, so tests can drive the same path
 * without a real toolbar click, and a way to fill the database without capturing page by page.
 */
export function exposeE2eHooks(): void {
  // Loaded here, not at the top of the file, so the normal build (which drops this function) has no
  // database code; and now, at the worker's start, not in a hook: code a test evaluates in the
  // worker may use eval, so Zod, set up there, would compile parsers the worker's CSP then refuses.
  const database = Promise.all([import('../../lib/db/capture'), import('../../lib/db/database')]);
  const hooks: Omit<E2eHooks, 'reminders'> = {
    toolbarClick: async (tabId) => captureFromGesture(await browser.tabs.get(tabId)),
    captureTab,
    async saveCaptures(captures) {
      const [{ saveCapture }, { createDatabase }] = await database;
      const db = createDatabase();
      try {
        let created = 0;
        for (const records of captures) if ((await saveCapture(db, records)).created) created++;
        return created;
      } finally {
        db.close();
      }
    },
  };
  Object.assign(globalThis, { [E2E_HOOKS_GLOBAL]: { ...hooks, reminders: reminderHooks() } });
}

function reminderHooks(): ReminderHooks {
  const action = browser.action ?? browser.browserAction;
  return {
    run: () => runReminders(),
    alarms: async () => (await browser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
    notifications: () => browser.notifications.getAll() as Promise<Record<string, unknown>>,
    shown: (id) => shownNotification(id),
    badge: () => action.getBadgeText({}),
    click: (id) => handleNotificationClick(id),
    button: (id, index) => handleNotificationButton(id, index),
    tasks: () => workerDatabase().tasks.toArray(),
    async patchTask(id, patch) {
      const db = workerDatabase();
      await db.transaction('rw', db.tasks, async () => {
        const task = await db.tasks.get(id);
        if (!task) throw new Error(`No task ${id}`);
        await db.tasks.put({ ...SavedTaskSchema.parse({ ...task, ...patch }), id });
      });
      await runReminders();
    },
  };
}
