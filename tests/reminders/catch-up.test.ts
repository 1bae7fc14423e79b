import { describe, expect, it } from 'vitest';
import { createReminderTranslator } from '../../lib/reminders/reminder-text';
import { dueReminders, planNotifications } from '../../lib/reminders/due-reminders';
import { dueLabel, notificationContent, SUMMARY_NOTIFICATION_ID, taskIdOfNotification, taskNotificationId, type NotifiedTask } from '../../lib/reminders/notification-content';
import { at, HCM, settings, task } from './fixtures';

const vi = createReminderTranslator('vi');
const en = createReminderTranslator('en');
const named = (patch: Partial<NotifiedTask>): NotifiedTask => ({ ...task(), title: 'Báo cáo kết quả', documentNumber: '45/UBND-KT', ...patch });

describe('catch-up after the browser was closed', () => {
  const a = named({ id: 1, due: '2026-12-10' });
  const b = named({ id: 2, due: '2026-12-06', title: 'Tổng hợp số liệu' });
  const c = named({ id: 3, due: '2027-03-01' });
  // Closed from the evening of the 5th to the morning of the 9th: a's steps of the 7th and 9th, b's
  // day and its three overdue mornings fell due meanwhile.
  const closedAt = at('2026-12-05T18:00+07:00');
  const openedAt = at('2026-12-09T09:30+07:00');

  it('owes each task its latest reminder once, soonest deadline first', () => {
    const due = dueReminders([a, b, c], settings(), closedAt, openedAt, HCM);
    expect(due.map((d) => [d.task.id, d.reminder.kind, new Date(d.reminder.at).toISOString()])).toEqual([
      [2, 'overdue', '2026-12-09T01:00:00.000Z'],
      [1, 'before', '2026-12-09T01:00:00.000Z'],
    ]);
  });

  it('makes one summary notification of them, not a burst', () => {
    const plan = planNotifications(dueReminders([a, b, c], settings(), closedAt, openedAt, HCM));
    expect(plan.kind).toBe('summary');
    const content = notificationContent(plan, '2026-12-09', vi)!;
    expect(content).toMatchObject({ id: SUMMARY_NOTIFICATION_ID, title: 'Nhắc Việc: 2 việc cần nhắc' });
    expect(content.items).toEqual([
      { title: 'quá hạn 3 ngày', message: '45/UBND-KT — Tổng hợp số liệu' },
      { title: 'còn 1 ngày', message: '45/UBND-KT — Báo cáo kết quả' },
    ]);
    expect(content.buttons).toBeUndefined();
  });

  it('owes nothing when nothing fell due, and one task notification for one reminder', () => {
    expect(planNotifications(dueReminders([a, b, c], settings(), openedAt, openedAt + 60_000, HCM))).toEqual({ kind: 'none' });
    const one = planNotifications(dueReminders([a, c], settings(), at('2026-12-03T07:59+07:00'), at('2026-12-03T08:00+07:00'), HCM));
    expect(one.kind).toBe('task');
  });
});

describe('notification text', () => {
  it.each([
    ['2026-12-10', '2026-12-07', 'còn 3 ngày', '3 days left'],
    ['2026-12-10', '2026-12-10', 'đến hạn hôm nay', 'due today'],
    ['2026-12-10', '2026-12-12', 'quá hạn 2 ngày', '2 days overdue'],
  ])('due %s seen on %s: "%s"', (due, today, label, english) => {
    expect(dueLabel(due, today, vi)).toBe(label);
    expect(dueLabel(due, today, en)).toBe(english);
  });

  it('names the task, its document number and deadline, with the two buttons', () => {
    const t = named({ id: 42, due: '2026-12-10', dueTime: '16:30' });
    const content = notificationContent({ kind: 'task', due: { task: t, reminder: { taskId: 42, at: 0, kind: 'before' } } }, '2026-12-07', vi);
    expect(content).toEqual({
      id: 'nhac-viec-task-42',
      title: 'Nhắc Việc: còn 3 ngày',
      message: 'Báo cáo kết quả',
      contextMessage: 'Số 45/UBND-KT · Hạn 10/12/2026 16:30',
      buttons: [{ title: 'Đã xong' }, { title: 'Nhắc lại' }],
    });
  });

  it('reads the task id back from a notification id', () => {
    expect(taskIdOfNotification(taskNotificationId(17))).toBe(17);
    expect(taskIdOfNotification(SUMMARY_NOTIFICATION_ID)).toBeNull();
    expect(taskIdOfNotification('nhac-viec-task-x')).toBeNull();
  });
});

describe('the reminders’ strings', () => {
  it('have the same keys in both languages, and fall back to the interface’s', async () => {
    const { REMINDER_EN, REMINDER_VI } = await import('../../lib/reminders/reminder-text');
    expect(Object.keys(REMINDER_EN).sort()).toEqual(Object.keys(REMINDER_VI).sort());
    expect(vi('appName')).toBe('Nhắc Việc');
    expect(en('remindDone')).toBe('Done');
  });
});
