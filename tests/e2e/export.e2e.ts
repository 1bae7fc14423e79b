// Export and backup in the options page of the built extension: the calendar, the table and the
// backup each download a valid file; the backup restores into another profile without duplicates;
// a file that is not a backup is refused with a message and changes nothing; the side panel
// exports its list as filtered.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../lib/backup/read-backup';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { seedCaptures } from '../../lib/demo/panel-bench';
import { openPanelPage, PANEL, readTaskRows } from '../../lib/demo/panel-driver';
import { buildRecords } from '../../lib/db/build-records';
import type { CaptureRecords } from '../../lib/db/types';
import { CONTEXT, extraction, NOW, task } from '../db/fixtures';
import { parseIcs } from '../export/ics-parse';
import { LONG_TITLE } from '../export/fixtures';
import { createProfile, launchTestBrowser } from './harness';

const UI = {
  panel: '[data-testid="backup-panel"]',
  ics: '[data-testid="export-ics"]',
  icsKind: '[data-testid="ics-kind"]',
  includeDone: '[data-testid="include-done"]',
  csv: '[data-testid="export-csv"]',
  backup: '[data-testid="backup-json"]',
  restoreInput: '[data-testid="restore-input"]',
  status: '[data-testid="backup-status"]',
};

/** Two directives: four tasks (one done, one without a date) and one more. */
function captures(): CaptureRecords[] {
  const first = buildRecords(
    extraction({}, [
      task({ title: LONG_TITLE }),
      task({ title: 'Gửi báo cáo về Văn phòng', deadline: { date: '2026-01-16', time: '17:00', text: 'trước 17 giờ ngày 16/01/2026', recurrence: null, stated: true, kind: 'date', span: [0, 0] } }),
      task({ title: 'Việc đã xong', deadline: { date: '2026-01-10', time: null, text: 'trước ngày 10/01/2026', recurrence: null, stated: true, kind: 'date', span: [0, 0] } }),
      task({ title: 'Tổ chức tuyên truyền', deadline: null }),
    ]),
    CONTEXT,
  );
  Object.assign(first.tasks[2]!, { done: 1, doneAt: NOW + 1000, updatedAt: NOW + 1000 });
  const second = buildRecords(extraction({ number: '12/KH-UBND', subject: 'kế hoạch năm' }, [task({ title: 'Lập kế hoạch năm 2026' })]), { ...CONTEXT, now: NOW + 1 });
  return [first, second];
}

/** Every record of one store of the extension's database, read in the page (same origin). */
function readStore(page: Page, store: 'documents' | 'tasks' | 'citations'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('nhac-viec');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

const dump = async (page: Page) => Promise.all([readStore(page, 'documents'), readStore(page, 'tasks'), readStore(page, 'citations')]);

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'), { waitUntil: 'domcontentloaded' });
  await page.locator(UI.panel).waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

/** Clicks `selector` and returns the download it starts, its file name and bytes. */
async function download(page: Page, selector: string, statusSelector = UI.status): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download', { timeout: 20_000 }).catch(async (error: Error) => {
    // Say what the page said instead of only that no download came.
    const status = await page.locator(statusSelector).innerText().catch(() => '(no status)');
    throw new Error(`${error.message}; status: ${status}`);
  });
  const [file]: [Download, void] = await Promise.all([waiting, page.locator(selector).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const statusText = (page: Page) => page.locator(UI.status).innerText();

describe('export and backup in the options page', () => {
  const profile = createProfile();
  const other = createProfile();
  let browser: ExtensionBrowser;
  let page: Page;
  let backupText = '';

  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
    await seedCaptures(browser, captures());
    page = await openOptions(browser);
  });
  afterAll(async () => {
    await browser?.close();
    profile.remove();
    other.remove();
  });

  it('downloads a calendar of the open dated tasks as events', async () => {
    const { name, bytes } = await download(page, UI.ics);
    expect(name).toMatch(/^nhac-viec-\d{4}-\d{2}-\d{2}\.ics$/u);
    const { entries } = parseIcs(bytes.toString('utf8'));
    expect(entries.map((e) => [e.type, e.summary, e.when]).sort()).toEqual([
      ['vevent', 'Gửi báo cáo về Văn phòng', '2026-01-16T10:00:00.000Z'],
      ['vevent', 'Lập kế hoạch năm 2026', '2026-01-15'],
      ['vevent', LONG_TITLE, '2026-01-15'],
    ].sort());
    // The default ladder: 7, 3, 1 days before and on the day; a timed deadline also at its time.
    expect(entries.map((e) => [e.summary, e.triggers.length]).sort()).toEqual([['Gửi báo cáo về Văn phòng', 5], ['Lập kế hoạch năm 2026', 4], [LONG_TITLE, 4]].sort());
    expect(Math.max(...bytes.toString('utf8').split('\r\n').map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    expect(await statusText(page)).toBe('Đã xuất 3 việc. Bỏ qua 1 việc không có hạn (sự kiện lịch cần có ngày).');
  });

  it('downloads every task as to-dos, done ones included', async () => {
    await page.locator(UI.icsKind).selectOption('VTODO');
    await page.locator(UI.includeDone).check();
    const { entries } = parseIcs((await download(page, UI.ics)).bytes.toString('utf8'));
    expect(entries).toHaveLength(5);
    expect(entries.every((e) => e.type === 'vtodo')).toBe(true);
    expect(entries.find((e) => e.summary === 'Việc đã xong')!.status).toBe('COMPLETED');
    expect(entries.find((e) => e.summary === 'Tổ chức tuyên truyền')!.when).toBeNull();
  });

  it('downloads the table as UTF-8 with a byte order mark', async () => {
    const { name, bytes } = await download(page, UI.csv);
    expect(name).toMatch(/\.csv$/u);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8'), { bom: true });
    expect(rows[0]!.slice(0, 8)).toEqual(['Số ký hiệu', 'Ngày văn bản', 'Cơ quan ban hành', 'Trích yếu', 'Việc cần làm', 'Chủ trì', 'Phối hợp', 'Hạn']);
    expect(rows.slice(1).map((r) => r[4]).sort()).toEqual([LONG_TITLE, 'Gửi báo cáo về Văn phòng', 'Lập kế hoạch năm 2026', 'Tổ chức tuyên truyền', 'Việc đã xong'].sort());
    expect(rows.find((r) => r[4] === 'Việc đã xong')![10]).toBe('Đã xong');
  });

  it('downloads a backup that validates', async () => {
    const { name, bytes } = await download(page, UI.backup);
    expect(name).toMatch(/^nhac-viec-sao-luu-.*\.json$/u);
    backupText = bytes.toString('utf8');
    const read = readBackup(backupText, 99);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([read.backup.documents.length, read.backup.tasks.length, read.backup.citations.length]).toEqual([2, 5, 4]);
    expect(await statusText(page)).toBe('Đã sao lưu 5 việc.');
  });

  it('exports the side panel\'s list as filtered', async () => {
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl);
    await panel.locator(PANEL.taskRow).first().waitFor({ state: 'visible', timeout: 20_000 });
    await panel.locator(PANEL.search).fill('bao cao');
    await expect.poll(async () => (await readTaskRows(panel)).length, { timeout: 10_000 }).toBe(2);
    const { name, bytes } = await download(panel, '[data-testid="export-visible"]', '[data-testid="export-notice"]');
    expect(name).toMatch(/\.ics$/u);
    const { entries } = parseIcs(bytes.toString('utf8'));
    expect(entries.map((e) => e.summary).sort()).toEqual([LONG_TITLE, 'Gửi báo cáo về Văn phòng'].sort());
    expect(await panel.locator('[data-testid="export-notice"]').innerText()).toBe('Đã xuất 2 việc.');
    await panel.close();
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const before = await dump(page);
    await page.locator(UI.restoreInput).setInputFiles({ name: 'cong-van.json', mimeType: 'application/json', buffer: Buffer.from('{"so": "45/UBND-KT"}') });
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe('Tệp không phải bản sao lưu của Nhắc Việc. Dữ liệu hiện có không thay đổi.');
    const damaged = backupText.replace('"due": "2026-01-15"', '"due": "15/01/2026"');
    await page.locator(UI.restoreInput).setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toMatch(/^Tệp hỏng, không khôi phục được: tasks\[\d\]\.due: .* Dữ liệu hiện có không thay đổi\.$/u);
    expect(await dump(page)).toEqual(before);
  });

  it('restores the backup into a fresh profile, then finds nothing new in it a second time', async () => {
    await browser.close();
    browser = await launchTestBrowser(other.dir);
    page = await openOptions(browser);
    const file = { name: 'nhac-viec-sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(backupText) };
    const badge = () => browser.serviceWorker.evaluate('globalThis.__nhacViecE2E.reminders.badge()') as Promise<string>;
    expect(await badge()).toBe('');
    await page.locator(UI.restoreInput).setInputFiles(file);
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toBe('Đã khôi phục 5 việc, bỏ qua 0 việc đã có.');
    // The reminders see the restored tasks: the badge counts the open ones past their date (the
    // fixture's dated ones, in January 2026).
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');
    const [documents, tasks, citations] = await dump(page);
    expect([documents.length, tasks.length, citations.length]).toEqual([2, 5, 4]);
    const strip = ({ id: _, documentId: __, search: ___, ...rest }: Record<string, unknown>) => rest;
    const original = readBackup(backupText, 99);
    if (!original.ok) throw new Error('backup');
    expect(tasks.map(strip)).toEqual(original.backup.tasks.map((t) => strip(t)));

    await page.locator(UI.restoreInput).setInputFiles(file);
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toBe('Đã khôi phục 0 việc, bỏ qua 5 việc đã có.');
    expect((await readStore(page, 'tasks')).length).toBe(5);
  });
});
