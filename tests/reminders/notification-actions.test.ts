import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleNotificationButton, handleNotificationClick } from '../../entrypoints/background/notification-actions';
import { workerDatabase } from '../../entrypoints/background/run-reminders';
import { buildRecords, saveCapture } from '../../lib/db';
import { focusTaskItem, readFocusRequest } from '../../lib/reminders/reminder-store';
import { restoreBrowser, useChromePanel } from '../background/browser-fakes';
import { extraction, TEXT } from '../db/fixtures';

let ids: number[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  const db = workerDatabase();
  await db.tasks.clear();
  await db.documents.clear();
  await db.citations.clear();
  const saved = await saveCapture(db, buildRecords(extraction(), { url: null, pageTitle: null, text: TEXT, now: Date.now() }));
  if (!saved.created) throw new Error('not saved');
  ids = saved.taskIds;
});
afterEach(restoreBrowser);

const notify = (id: string) => fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title: 't', message: 'm' });

describe('notification actions', () => {
  it('a click opens the side panel in the gesture and leaves the task for the panel', async () => {
    const open = useChromePanel();
    const id = `nhac-viec-task-${ids[0]}`;
    await notify(id);
    const now = Date.now();
    const done = handleNotificationClick(id, now);
    // Synchronously, before anything is awaited: the user gesture lasts only that long.
    expect(open).toHaveBeenCalledWith({ windowId: fakeBrowser.windows.WINDOW_ID_CURRENT });
    await done;
    expect(readFocusRequest(await focusTaskItem.getValue(), now)).toEqual({ taskId: ids[0], at: now });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a click on the summary opens the list; another extension’s id is ignored', async () => {
    const open = useChromePanel();
    await handleNotificationClick('nhac-viec-summary', 5);
    expect((await focusTaskItem.getValue())?.taskId).toBeNull();
    await focusTaskItem.removeValue();
    await handleNotificationClick('other', 6);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await focusTaskItem.getValue()).toBeNull();
  });

  it('"Đã xong" marks the task done; "Nhắc lại" snoozes it an hour', async () => {
    useChromePanel();
    const db = workerDatabase();
    await notify(`nhac-viec-task-${ids[0]}`);
    await handleNotificationButton(`nhac-viec-task-${ids[0]}`, 0, 1000);
    expect(await db.tasks.get(ids[0]!)).toMatchObject({ done: 1, doneAt: 1000 });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await handleNotificationButton(`nhac-viec-task-${ids[1]}`, 1, 2000);
    expect(await db.tasks.get(ids[1]!)).toMatchObject({ done: 0, snoozedUntil: 2000 + 3_600_000 });
    // The reminders were rebuilt after each: the badge and alarms exist.
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain('nhac-viec-midnight');
  });

  it('reads only fresh, well-formed focus requests', () => {
    expect(readFocusRequest({ taskId: 3, at: 1000 }, 2000)).toEqual({ taskId: 3, at: 1000 });
    expect(readFocusRequest({ taskId: 3, at: 1000 }, 1000 + 6 * 60_000)).toBeNull();
    expect(readFocusRequest({ taskId: -1, at: 1000 }, 2000)).toBeNull();
    expect(readFocusRequest('x', 2000)).toBeNull();
  });
});

describe('runReminders', () => {
  it('runs one at a time, and requests made while one waits share it', async () => {
    const { runReminders } = await import('../../entrypoints/background/run-reminders');
    let clock = 1_000_000;
    const now = () => (clock += 1000);
    const first = runReminders(now);
    const second = runReminders(now);
    const third = runReminders(now);
    expect(second).toBe(first);
    expect(third).toBe(first);
    await first;
    const later = runReminders(now);
    expect(later).not.toBe(first);
    await later;
  });
});
