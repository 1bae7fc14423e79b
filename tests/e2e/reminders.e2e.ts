// Reminders in real Chromium with the e2e build: alarms, notifications (read back with
// `notifications.getAll`), the badge, the notification's buttons and click, and the rebuild at start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { localParts, nextWholeMinute, reminderHooks, saveDueTasks, setReminderSettings, waitForNotification } from '../../lib/demo/reminder-bench';
import { DEFAULT_REMINDER_SETTINGS } from '../../lib/reminders/reminder-settings';
import { createProfile, launchTestBrowser } from './harness';

const DAY = 86_400_000;
const today = () => localParts(new Date()).date;
const dayOffset = (n: number) => localParts(new Date(Date.now() + n * DAY)).date;

describe('reminders (service worker, notifications, badge)', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  const hooks = () => reminderHooks(browser.serviceWorker);
  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
    // No quiet hours: a run at night would move every reminder to 07:00.
    await setReminderSettings(browser.serviceWorker, { ...DEFAULT_REMINDER_SETTINGS, quietHours: null });
  });
  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('counts overdue and due-today tasks on the badge, and keeps it current as tasks change', async () => {
    expect(await hooks().badge()).toBe('');
    const [overdue, dueToday, later] = await saveDueTasks(browser.serviceWorker, '1/UBND-NH', [
      { title: 'Việc quá hạn', due: dayOffset(-2) },
      { title: 'Việc hôm nay', due: today(), dueTime: '23:59' },
      { title: 'Việc tuần sau', due: dayOffset(9) },
    ]);
    expect(await hooks().badge()).toBe('2');
    await hooks().patchTask(dueToday!.id, { done: 1, doneAt: Date.now() });
    expect(await hooks().badge()).toBe('1');
    await hooks().patchTask(later!.id, { due: dayOffset(-1) });
    expect(await hooks().badge()).toBe('2');
    await hooks().patchTask(later!.id, { due: dayOffset(9) });
    await hooks().patchTask(dueToday!.id, { done: 0, doneAt: null });
    expect(await hooks().badge()).toBe('2');
    // The next reminder alarm and the midnight alarm are set; the reminder one is in the future.
    const alarms = await hooks().alarms();
    expect(alarms.map((a) => a.name).sort()).toEqual(['nhac-viec-midnight', 'nhac-viec-reminder']);
    expect(alarms.every((a) => a.scheduledTime > Date.now())).toBe(true);
    expect(overdue).toBeDefined();
  });

  it('updates the badge when a task is ticked done in the side panel (its tasksChanged message)', async () => {
    const before = Number(await hooks().badge());
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('sidepanel.html'));
    const row = page.locator('[data-testid="task-row"]', { hasText: 'Việc quá hạn' });
    await row.locator('[data-testid="task-done"]').check();
    await expect.poll(() => hooks().badge(), { timeout: 10_000 }).toBe(String(before - 1));
    await row.locator('[data-testid="task-done"]').uncheck();
    await expect.poll(() => hooks().badge(), { timeout: 10_000 }).toBe(String(before));
    await page.close();
  });

  it('fires a notification for a task due in a minute, in Vietnamese, with its buttons', async () => {
    const minute = nextWholeMinute();
    const [task] = await saveDueTasks(browser.serviceWorker, '2/UBND-NH', [{ title: 'Gửi báo cáo sơ kết', due: minute.date, dueTime: minute.time }]);
    const alarm = (await hooks().alarms()).find((a) => a.name === 'nhac-viec-reminder');
    // Only the next firing is carried by an alarm: this task's deadline minute.
    expect(alarm?.scheduledTime).toBe(minute.at);
    const id = `nhac-viec-task-${task!.id}`;
    const shownAt = await waitForNotification(browser.serviceWorker, id, minute.at - Date.now() + 30_000);
    expect(shownAt).toBeGreaterThanOrEqual(minute.at);
    expect(shownAt - minute.at).toBeLessThan(10_000);
    expect(await hooks().shown(id)).toEqual({
      id,
      title: 'Nhắc Việc: đến hạn hôm nay',
      message: 'Gửi báo cáo sơ kết',
      contextMessage: `Số 2/UBND-NH · Hạn ${minute.date.split('-').reverse().join('/')} ${minute.time}`,
      buttons: [{ title: 'Đã xong' }, { title: 'Nhắc lại' }],
    });
    const result = await hooks().run();
    // Nothing more is owed once it was given (the next run starts where the last one ended).
    expect(result.notified).toBeNull();
  }, 90_000);

  it('"Đã xong" on the notification marks the task done, clears it, and updates the badge', async () => {
    const before = await hooks().badge();
    const task = (await hooks().tasks()).find((t) => t.title === 'Gửi báo cáo sơ kết')!;
    const id = `nhac-viec-task-${task.id}`;
    expect(Object.keys(await hooks().notifications())).toContain(id);
    await hooks().button(id, 0);
    expect((await hooks().tasks()).find((t) => t.id === task.id)).toMatchObject({ done: 1 });
    expect(Object.keys(await hooks().notifications())).not.toContain(id);
    expect(Number(await hooks().badge())).toBe(Number(before) - 1);
  });

  it('"Nhắc lại" snoozes the task an hour, and the alarm follows', async () => {
    const [task] = await saveDueTasks(browser.serviceWorker, '3/UBND-NH', [{ title: 'Họp giao ban', due: dayOffset(1) }]);
    const before = Date.now();
    await hooks().button(`nhac-viec-task-${task!.id}`, 1);
    const snoozed = (await hooks().tasks()).find((t) => t.id === task!.id)!;
    expect(snoozed.snoozedUntil).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(snoozed.snoozedUntil).toBeLessThan(Date.now() + 3_600_000);
  });

  it('a click on a notification opens the side panel on the task', async () => {
    const task = (await hooks().tasks()).find((t) => t.title === 'Việc tuần sau')!;
    await hooks().click(`nhac-viec-task-${task.id}`);
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('sidepanel.html'));
    await expect.poll(() => page.locator('[data-testid="details"] h2').textContent(), { timeout: 10_000 }).toBe('Việc tuần sau');
    // The panel offers "Nhắc lại" there; "Sáng mai" sets the snooze in the database.
    await page.locator('[data-snooze="morning"]').click();
    await expect.poll(async () => (await hooks().tasks()).find((t) => t.id === task.id)?.snoozedUntil ?? null, { timeout: 10_000 }).toBeGreaterThan(Date.now());
    await expect.poll(() => page.locator('[data-testid="snoozed-until"]').count()).toBe(1);
    await page.close();
  });
});

describe('reminders after a browser restart', () => {
  const profile = createProfile();
  afterAll(() => profile.remove());

  it('rebuilds cleared alarms at start and gives what fell due while closed as one notification', async () => {
    let browser = await launchTestBrowser(profile.dir);
    await setReminderSettings(browser.serviceWorker, { ...DEFAULT_REMINDER_SETTINGS, quietHours: null });
    const tasks = await saveDueTasks(browser.serviceWorker, '4/UBND-NH', [
      { title: 'Quá hạn một', due: dayOffset(-3) },
      { title: 'Quá hạn hai', due: dayOffset(-1) },
      { title: 'Còn lâu', due: dayOffset(20) },
    ], Date.now() - 10 * DAY);
    expect(tasks).toHaveLength(3);
    expect((await reminderHooks(browser.serviceWorker).alarms()).length).toBe(2);
    // Chrome may drop alarms on restart; and the last run is set back four days, as if the browser
    // had stayed closed since then (each task had overdue reminders meanwhile).
    await browser.serviceWorker.evaluate(`Promise.all([chrome.alarms.clearAll(), chrome.storage.local.set({ reminderLastRun: ${Date.now() - 4 * DAY} }), chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id))))])`);
    expect(await reminderHooks(browser.serviceWorker).alarms()).toEqual([]);
    await browser.close();

    browser = await launchTestBrowser(profile.dir);
    try {
      const hooks = reminderHooks(browser.serviceWorker);
      await expect.poll(async () => (await hooks.alarms()).map((a) => a.name).sort(), { timeout: 10_000 }).toEqual(['nhac-viec-midnight', 'nhac-viec-reminder']);
      await expect.poll(async () => Object.keys(await hooks.notifications()), { timeout: 10_000 }).toEqual(['nhac-viec-summary']);
      const summary = await hooks.shown('nhac-viec-summary');
      expect(summary?.title).toBe('Nhắc Việc: 2 việc cần nhắc');
      expect(summary?.items).toEqual([
        { title: 'quá hạn 3 ngày', message: '4/UBND-NH — Quá hạn một' },
        { title: 'quá hạn 1 ngày', message: '4/UBND-NH — Quá hạn hai' },
      ]);
      expect(await hooks.badge()).toBe('2');
    } finally {
      await browser.close();
    }
  }, 90_000);
});
