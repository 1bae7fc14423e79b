import { browser } from 'wxt/browser';
import type { NhacViecDatabase } from '../db/database';
import { listDueTasks } from '../db/list-tasks';
import type { StoredTask } from '../db/types';
import { addDays } from '../extract/calendar';
import { getSettings } from '../settings';
import { MIDNIGHT_ALARM, REMINDER_ALARM } from './alarm-names';
import { badgeCount, setBadge } from './badge';
import { dueReminders, planNotifications } from './due-reminders';
import { notificationContent, taskIdOfNotification, type NotificationContent, type NotifiedTask } from './notification-content';
import { lastReminderRunItem } from './reminder-store';
import { createReminderTranslator } from './reminder-text';
import { nextReminder } from './schedule';
import { showNotification } from './show-notification';
import { spawnNextOccurrences } from './spawn-occurrences';
import { localDateOf, zonedInstant } from './zoned-time';

/** What one run did (for the tests and the e2e hooks). */
export interface RefreshResult {
  /** The notification shown, if any. */
  notified: NotificationContent | null;
  /** When the reminder alarm fires next (epoch ms), or null when no reminder is coming. */
  nextAt: number | null;
  badge: number;
  /** Ids of recurring duties' next occurrences made by this run. */
  spawned: number[];
}

/**
 * One reminder run, from the database alone: make the next occurrence of recurring duties done or
 * passed; give the reminders owed since the last run (one notification at most: see
 * `planNotifications`); then set the one reminder alarm to the next reminder of any task, the
 * midnight alarm, and the badge. Safe to run at any time and any number of times: it is run at
 * every start of the worker (Chrome may drop alarms on restart), on its alarms, and after changes.
 */
export async function refreshReminders(db: NhacViecDatabase, now: number, timeZone: string): Promise<RefreshResult> {
  const { reminders: settings, language } = await getSettings();
  const today = localDateOf(now, timeZone);
  const spawned = await spawnNextOccurrences(db, today, now);
  // Open dated tasks, through the `[done+due]` index (undated tasks have no ladder).
  const open = await listDueTasks(db, '9999-12-31');
  const since = (await lastReminderRunItem.getValue()) ?? now;
  await lastReminderRunItem.setValue(now);

  const plan = planNotifications(dueReminders(open, settings, Math.min(since, now), now, timeZone));
  let notified: NotificationContent | null = null;
  if (plan.kind !== 'none') {
    const tasks = plan.kind === 'task' ? [plan.due.task] : plan.due.map((d) => d.task);
    const numbers = await documentNumbers(db, tasks);
    const named = (task: StoredTask): NotifiedTask => ({ ...task, documentNumber: numbers.get(task.documentId) ?? null });
    const namedPlan = plan.kind === 'task' ? { ...plan, due: { ...plan.due, task: named(plan.due.task) } } : { ...plan, due: plan.due.map((d) => ({ ...d, task: named(d.task) })) };
    notified = notificationContent(namedPlan, today, createReminderTranslator(language));
    if (notified) await showNotification(notified);
  }

  let nextAt: number | null = null;
  for (const task of open) {
    const next = nextReminder(task, settings, now, timeZone);
    if (next && (nextAt === null || next.at < nextAt)) nextAt = next.at;
  }
  if (nextAt === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: nextAt });
  // A second past midnight, so the run sees the new day.
  await browser.alarms.create(MIDNIGHT_ALARM, { when: zonedInstant(addDays(today, 1), '00:00', timeZone) + 1000 });

  // A reminder of a task since done or deleted (in the panel, say) is taken off the screen.
  const openIds = new Set(open.map((t) => t.id));
  for (const id of Object.keys(await browser.notifications.getAll())) {
    const taskId = taskIdOfNotification(id);
    if (taskId !== null && !openIds.has(taskId)) await browser.notifications.clear(id);
  }

  const badge = badgeCount(open, today);
  await setBadge(badge);
  return { notified, nextAt, badge, spawned };
}

async function documentNumbers(db: NhacViecDatabase, tasks: readonly StoredTask[]): Promise<Map<number, string | null>> {
  const ids = [...new Set(tasks.map((t) => t.documentId))];
  const docs = await db.documents.bulkGet(ids);
  return new Map(docs.flatMap((d) => (d ? [[d.id, d.number] as [number, string | null]] : [])));
}
