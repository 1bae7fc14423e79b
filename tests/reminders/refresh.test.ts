import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildRecords, saveCapture } from '../../lib/db';
import { taskIdOfNotification } from '../../lib/reminders/notification-content';
import { refreshReminders } from '../../lib/reminders/refresh-reminders';
import { lastReminderRunItem } from '../../lib/reminders/reminder-store';
import { extraction, freshDatabase, TEXT, task as extractedTask } from '../db/fixtures';
import { at, HCM } from './fixtures';

const deadline = (date: string, recurrence: 'monthly' | null = null) => ({
  date, time: null, text: `trước ngày ${date}`, recurrence, stated: true, kind: recurrence ? ('recurring' as const) : ('date' as const), span: [0, 0] as [number, number],
});

/** A database with three tasks: due 10/12, 20/12 and (monthly) 05/12/2026, saved on 01/11. */
async function seed() {
  const db = freshDatabase();
  const tasks = [
    extractedTask({ title: 'Báo cáo quý', deadline: deadline('2026-12-10') }),
    extractedTask({ title: 'Tổng kết năm', deadline: deadline('2026-12-20') }),
    extractedTask({ title: 'Báo cáo tháng', deadline: deadline('2026-12-05', 'monthly') }),
  ];
  await saveCapture(db, buildRecords(extraction({}, tasks), { url: null, pageTitle: null, text: TEXT, now: at('2026-11-01T09:00+07:00') }));
  return db;
}

const alarm = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime;
const iso = (ms: number | undefined | null) => (ms == null ? null : new Date(ms).toISOString().slice(0, 16));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('refreshReminders', () => {
  it('owes nothing on a fresh install, and sets the next reminder, midnight and the badge', async () => {
    const db = await seed();
    const result = await refreshReminders(db, at('2026-11-20T10:00+07:00'), HCM);
    expect(result.notified).toBeNull();
    // The monthly duty's 7-day step, 28/11 08:00 (+07).
    expect(iso(result.nextAt)).toBe('2026-11-28T01:00');
    expect(iso(await alarm('nhac-viec-reminder'))).toBe('2026-11-28T01:00');
    expect(await alarm('nhac-viec-midnight')).toBe(at('2026-11-21T00:00+07:00') + 1000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await lastReminderRunItem.getValue()).toBe(at('2026-11-20T10:00+07:00'));
  });

  it('shows one task’s reminder with its buttons when the alarm fires', async () => {
    const db = await seed();
    await refreshReminders(db, at('2026-11-27T10:00+07:00'), HCM);
    const result = await refreshReminders(db, at('2026-11-28T08:00+07:00'), HCM);
    expect(result.notified?.title).toBe('Nhắc Việc: còn 7 ngày');
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([result.notified!.id]);
    expect(shown[result.notified!.id]).toMatchObject({
      type: 'basic',
      title: 'Nhắc Việc: còn 7 ngày',
      message: 'Báo cáo tháng',
      contextMessage: 'Số 45/UBND-KT · Hạn 05/12/2026',
      buttons: [{ title: 'Đã xong' }, { title: 'Nhắc lại' }],
    });
    expect(iso(result.nextAt)).toBe('2026-12-02T01:00');
    // Done elsewhere (the side panel): the next run takes its reminder off the screen.
    await db.tasks.update(taskIdOfNotification(result.notified!.id)!, { done: 1 });
    await fakeBrowser.notifications.create('other-extension-id', { type: 'basic', iconUrl: '', title: 'x', message: 'y' });
    await refreshReminders(db, at('2026-11-28T09:00+07:00'), HCM);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['other-extension-id']);
  });

  it('gives what fell due while the browser was closed as one list, and counts the badge', async () => {
    const db = await seed();
    await refreshReminders(db, at('2026-11-27T10:00+07:00'), HCM);
    const result = await refreshReminders(db, at('2026-12-11T09:00+07:00'), HCM);
    expect(result.notified).toMatchObject({ id: 'nhac-viec-summary', title: 'Nhắc Việc: 2 việc cần nhắc' });
    const shown = (await fakeBrowser.notifications.getAll())['nhac-viec-summary'] as { type: string; items: unknown[] };
    expect(shown.type).toBe('list');
    // The monthly duty passed on 05/12: its next occurrence (05/01/2027) was made and is not yet
    // due; "Tổng kết năm" (20/12) has its first step on 13/12, after the window.
    expect(shown.items).toEqual([
      { title: 'quá hạn 6 ngày', message: '45/UBND-KT — Báo cáo tháng' },
      { title: 'quá hạn 1 ngày', message: '45/UBND-KT — Báo cáo quý' },
    ]);
    expect(result.spawned).toHaveLength(1);
    expect((await db.tasks.get(result.spawned[0]!))?.due).toBe('2027-01-05');
    expect(result.badge).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('clears the reminder alarm when nothing is coming', async () => {
    const db = await seed();
    await db.tasks.toCollection().modify({ done: 1 });
    await fakeBrowser.alarms.create('nhac-viec-reminder', { when: 1 });
    // Done recurring duty: its next occurrence is made, and has reminders of its own.
    const result = await refreshReminders(db, at('2026-11-20T10:00+07:00'), HCM);
    expect(result.spawned).toHaveLength(1);
    // Every task done, the new occurrence too (it would make another: one with no recurrence here).
    await db.tasks.toCollection().modify({ done: 1, recurrence: null });
    const none = await refreshReminders(db, at('2026-11-20T10:05+07:00'), HCM);
    expect(none.nextAt).toBeNull();
    expect(await alarm('nhac-viec-reminder')).toBeUndefined();
  });
});
