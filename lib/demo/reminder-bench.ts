import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { buildRecords } from '../db/build-records';
import type { CaptureRecords, StoredTask } from '../db/types';
import type { Extraction } from '../extract/schema';
import type { NotificationContent } from '../reminders/notification-content';
import type { RefreshResult } from '../reminders/refresh-reminders';
import { launchWithExtension } from './chromium';
import { seedCaptures } from './panel-bench';

// Reminders in real Chromium, shared by the browser tests and `npm run bench`: the e2e build's
// worker hooks (`__nhacViecE2E.reminders`) read what the browser holds — alarms, notifications
// (`notifications.getAll`), the badge — and do what a click on a notification does.

/** The worker's reminder hooks, called from Node. */
export function reminderHooks(worker: Worker) {
  const call = <T>(expression: string): Promise<T> => worker.evaluate(`(async (h) => ${expression})(globalThis.__nhacViecE2E.reminders)`) as Promise<T>;
  return {
    run: () => call<RefreshResult>('h.run()'),
    alarms: () => call<{ name: string; scheduledTime: number }[]>('h.alarms()'),
    notifications: () => call<Record<string, unknown>>('h.notifications()'),
    shown: (id: string) => call<NotificationContent | null>(`h.shown(${JSON.stringify(id)})`),
    badge: () => call<string>('h.badge()'),
    click: (id: string) => call<void>(`h.click(${JSON.stringify(id)})`),
    button: (id: string, index: number) => call<void>(`h.button(${JSON.stringify(id)}, ${index})`),
    tasks: () => call<StoredTask[]>('h.tasks()'),
    patchTask: (id: number, patch: Partial<StoredTask>) => call<void>(`h.patchTask(${id}, ${JSON.stringify(patch)})`),
  };
}

/** A task to save: its title and local due date and time. */
export interface DueTask {
  title: string;
  due: string | null;
  dueTime?: string | null;
}

/**
 * Saves one directive with `tasks` through the worker's `saveCaptures` (the real `saveCapture`),
 * then runs the reminders as the panel's `tasksChanged` message does. Returns the saved tasks.
 */
export async function saveDueTasks(worker: Worker, number: string, tasks: readonly DueTask[], now = Date.now()): Promise<StoredTask[]> {
  const text = tasks.map((t) => `${t.title}.`).join('\n');
  const extraction: Extraction = {
    document: {
      kind: 'Công văn', number, date: null, place: null, issuer: 'UBND tỉnh', subject: 'nhắc hạn', recipients: [], signer: null,
      signerTitle: [], authority: null, system: 'state',
    },
    citations: [],
    tasks: tasks.map((t) => {
      const start = text.indexOf(t.title);
      return {
        title: t.title, action: t.title, assignees: ['Sở Y tế'], coordinators: [], tags: ['test'], span: [start, start + t.title.length] as [number, number],
        deadline: t.due ? { date: t.due, time: t.dueTime ?? null, text: 'hạn', recurrence: null, stated: true, kind: 'date' as const, span: [0, 0] as [number, number] } : null,
      };
    }),
  };
  const records = buildRecords(extraction, { url: null, pageTitle: null, text, now });
  const created = await worker.evaluate(`globalThis.__nhacViecE2E.saveCaptures(${JSON.stringify([records])})`);
  if (created !== 1) throw new Error(`Văn bản ${number} đã có trong cơ sở dữ liệu.`);
  await reminderHooks(worker).run();
  const saved = await reminderHooks(worker).tasks();
  return saved.filter((t) => tasks.some((x) => x.title === t.title));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local `YYYY-MM-DD` and `HH:MM` of `date` (the browser runs in the same zone as Node here). */
export function localParts(date: Date): { date: string; time: string } {
  return { date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, time: `${pad(date.getHours())}:${pad(date.getMinutes())}` };
}

/**
 * The next whole local minute at least `margin` ms ahead: a deadline time (`HH:MM`) a test can
 * wait for, with its instant.
 */
export function nextWholeMinute(now = Date.now(), margin = 5_000): { at: number; date: string; time: string } {
  const at = Math.ceil((now + margin) / 60_000) * 60_000;
  return { at, ...localParts(new Date(at)) };
}

/** Waits until the notification `id` is shown; returns when it was first seen (epoch ms). */
export async function waitForNotification(worker: Worker, id: string, timeoutMs: number, pollMs = 50): Promise<number> {
  const hooks = reminderHooks(worker);
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (id in (await hooks.notifications())) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`Thông báo ${id} không hiện sau ${timeoutMs} ms.`);
}

/** Settings the reminder tests and bench write: no quiet hours (a run at night would move the reminder to 07:00). */
export async function setReminderSettings(worker: Worker, reminders: Record<string, unknown>): Promise<void> {
  await worker.evaluate(`chrome.storage.local.set({ settings: { unit: null, language: 'vi', reminders: ${JSON.stringify(reminders)} } })`);
}

/** One measurement of `measureReminderDelay`. */
export interface ReminderDelay {
  /** The reminder's time (the deadline's whole minute), epoch ms. */
  reminderAt: number;
  /** When the alarm was set for (should equal `reminderAt`). */
  alarmAt: number | null;
  /** When `notifications.getAll` first listed the notification. */
  shownAt: number;
}

/** What `measureReminderDelay` measured. */
export interface ReminderBench {
  delays: ReminderDelay[];
  /** Open tasks in the database besides the measured ones. */
  tasks: number;
  /** Duration of one whole reminder run in the worker (ms, measured there), median of 3. */
  runMs: number;
}

/**
 * The delay between a reminder's time and its notification, in headless Chromium with the e2e
 * build (unpacked, so the 30 s minimum of packed extensions' alarms does not apply): `captures`
 * are saved first (a busy office's list), then a task due at the next whole minute; the worker
 * sets its alarm, and `notifications.getAll` is polled every 50 ms until the notification shows.
 * Takes up to about a minute and a half per sample.
 */
export async function measureReminderDelay(options: { chromium: string; extensionPath: string; samples?: number; captures?: readonly CaptureRecords[] }): Promise<ReminderBench> {
  const profile = mkdtempSync(join(tmpdir(), 'nhac-viec-reminder-bench-'));
  const browser = await launchWithExtension({ executablePath: options.chromium, extensionPath: options.extensionPath, userDataDir: profile, headless: true });
  try {
    const { DEFAULT_REMINDER_SETTINGS } = await import('../reminders/reminder-settings');
    await setReminderSettings(browser.serviceWorker, { ...DEFAULT_REMINDER_SETTINGS, quietHours: null });
    if (options.captures?.length) await seedCaptures(browser, options.captures);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(Number(await browser.serviceWorker.evaluate('(async () => { const t = performance.now(); await globalThis.__nhacViecE2E.reminders.run(); return performance.now() - t; })()')));
    }
    const tasks = (await reminderHooks(browser.serviceWorker).tasks()).length;
    const results: ReminderDelay[] = [];
    for (let i = 0; i < (options.samples ?? 1); i++) {
      const minute = nextWholeMinute();
      const [task] = await saveDueTasks(browser.serviceWorker, `${100 + i}/UBND-BENCH`, [{ title: `Việc đo độ trễ ${i + 1}`, due: minute.date, dueTime: minute.time }]);
      const alarm = (await reminderHooks(browser.serviceWorker).alarms()).find((a) => a.name === 'nhac-viec-reminder');
      const shownAt = await waitForNotification(browser.serviceWorker, `nhac-viec-task-${task!.id}`, minute.at - Date.now() + 90_000);
      results.push({ reminderAt: minute.at, alarmAt: alarm?.scheduledTime ?? null, shownAt });
    }
    return { delays: results, tasks, runMs: runs.sort((a, b) => a - b)[1]! };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Target delay between a reminder's time and its notification. */
export const TARGET_REMINDER_DELAY_MS = 60_000;

/**
 * `npm run bench`'s reminder section: `measureReminderDelay` with `samples` tasks, printed as
 * lines. Returns whether every sample met the target.
 */
export async function reportReminderDelay(
  options: { chromium: string; extensionPath: string; samples: number; captures?: readonly CaptureRecords[] },
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const { delays: results, tasks, runMs } = await measureReminderDelay(options);
  const delays = results.map((r) => r.shownAt - r.reminderAt);
  const worst = Math.max(...delays);
  const met = worst <= TARGET_REMINDER_DELAY_MS;
  const s = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;
  log(`(g) nhắc hạn trong Chromium (bản dựng e2e, chưa đóng gói), ${tasks.toLocaleString('vi-VN')} việc trong cơ sở dữ liệu:`);
  log(`    một lượt nhắc (đọc việc, tính lần nhắc tới, đặt báo thức, huy hiệu) trong service worker: ${runMs.toFixed(0)} ms (trung vị 3 lượt)`);
  log(`    từ giờ nhắc đến khi thông báo hiện (notifications.getAll, hỏi mỗi 50 ms):`);
  log(`    ${results.length} lần: ${delays.map(s).join(' · ')} — chậm nhất ${s(worst)} (mục tiêu ≤ ${s(TARGET_REMINDER_DELAY_MS)}) ${met ? '✓ đạt' : '✗ chưa đạt'}`);
  log(`    báo thức đặt đúng giờ nhắc: ${results.filter((r) => r.alarmAt === r.reminderAt).length}/${results.length} (bản đóng gói: Chrome không cho báo thức dưới 30 s, giờ nhắc vẫn tính đến phút)`);
  return met;
}

/**
 * The busy office's list the bench's side panel uses (`createPanelFixture`: 10,000 tasks in 200
 * directives, due dates around today), for timing the reminders with a full database.
 */
export async function reminderBenchCaptures(texts: readonly string[], seed: number): Promise<CaptureRecords[]> {
  const [{ createPanelFixture, localIsoDate }, { extractDirective }] = await Promise.all([import('../eval/panel-fixture'), import('../extract/index')]);
  const sources = texts.map((text) => ({ text, extraction: extractDirective(text) }));
  return createPanelFixture(sources, { documents: 200, tasks: 10_000, seed, today: localIsoDate(), now: Date.now(), queryLength: 10 }).captures;
}
