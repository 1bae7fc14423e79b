import { daysBetween } from '../extract/calendar';
import { formatDate } from '../i18n';
import type { NotificationPlan } from './due-reminders';
import type { ReminderTranslate as Translate } from './reminder-text';
import type { SchedulableTask } from './schedule';

/** A task as a notification names it. */
export type NotifiedTask = SchedulableTask & { title: string; documentNumber: string | null };

/** Id of a task's notification (its buttons and click find the task by it). */
export const taskNotificationId = (taskId: number) => `nhac-viec-task-${taskId}`;
/** Id of the one summary notification. */
export const SUMMARY_NOTIFICATION_ID = 'nhac-viec-summary';

/** The task id a notification id names, or null for the summary or another extension's id. */
export function taskIdOfNotification(notificationId: string): number | null {
  const m = /^nhac-viec-task-(\d+)$/u.exec(notificationId);
  return m ? Number(m[1]) : null;
}

/** "còn 3 ngày", "đến hạn hôm nay", "quá hạn 2 ngày": calendar days from `today` to the due date. */
export function dueLabel(due: string, today: string, t: Translate): string {
  const left = daysBetween(today, due);
  if (left === 0) return t('remindToday');
  return (left > 0 ? t('remindLeft') : t('remindOverdue')).replace('{n}', String(Math.abs(left)));
}

/** What `browser.notifications.create` is given (a subset both Chrome and Firefox accept). */
export interface NotificationContent {
  id: string;
  title: string;
  message: string;
  contextMessage?: string;
  items?: { title: string; message: string }[];
  /** Chrome only: Firefox shows no buttons. */
  buttons?: { title: string }[];
}

/** Items a summary lists (Chrome shows the first few; the rest are in the side panel). */
const SUMMARY_ITEMS = 5;

/** The notification for a plan (null for none), in the user's language. */
export function notificationContent(plan: NotificationPlan<NotifiedTask>, today: string, t: Translate): NotificationContent | null {
  if (plan.kind === 'none') return null;
  if (plan.kind === 'task') {
    const task = plan.due.task;
    const label = task.due ? dueLabel(task.due, today, t) : t('remindSnooze');
    const when = task.due ? `${t('remindDue')} ${formatDate(task.due)}${task.dueTime ? ` ${task.dueTime}` : ''}` : '';
    return {
      id: taskNotificationId(task.id),
      title: `${t('appName')}: ${label}`,
      message: task.title,
      contextMessage: [task.documentNumber ? `${t('number')} ${task.documentNumber}` : '', when].filter(Boolean).join(' · '),
      buttons: [{ title: t('remindDone') }, { title: t('remindSnooze') }],
    };
  }
  const items = plan.due.slice(0, SUMMARY_ITEMS).map(({ task }) => ({
    title: task.due ? dueLabel(task.due, today, t) : t('remindSnooze'),
    message: [task.documentNumber, task.title].filter(Boolean).join(' — '),
  }));
  return {
    id: SUMMARY_NOTIFICATION_ID,
    title: `${t('appName')}: ${t('remindSummary').replace('{n}', String(plan.due.length))}`,
    message: items.map((i) => `${i.title}: ${i.message}`).join('\n'),
    items,
  };
}
