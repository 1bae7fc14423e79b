import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './chromium';
import type { DemoInbox } from './server';
import { captureToReview, openPanelPage, readTaskRows, saveReview, tabIdOf } from './panel-driver';

/** What the headless run produced. */
export interface HeadlessResult {
  proposed: number;
  saved: string[];
  screenshot: string;
  listFile: string;
}

/**
 * Without a display: opens one demo directive in headless Chromium (e2e build, which may read the
 * demo host without a toolbar click), captures it through the side panel page exactly as the
 * browser tests do, saves the proposed tasks, then writes a screenshot of the panel and the saved
 * list as text into `outDir`. The temporary profile is removed afterwards.
 */
export async function runHeadlessDemo(options: { chromium: string; extensionPath: string; inbox: DemoInbox; docStem: string; outDir: string }): Promise<HeadlessResult> {
  const doc = options.inbox.docs.find((d) => d.stem === options.docStem) ?? options.inbox.docs[0];
  if (!doc) throw new Error('Hộp văn bản mẫu không có văn bản nào.');
  const profile = mkdtempSync(join(tmpdir(), 'nhac-viec-start-'));
  const browser = await launchWithExtension({ executablePath: options.chromium, extensionPath: options.extensionPath, userDataDir: profile, headless: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(options.inbox.documentUrl(doc.flyid), { waitUntil: 'domcontentloaded' });
    await page.locator('#noidung').waitFor({ timeout: 15_000 });
    const tabId = await tabIdOf(browser.serviceWorker, page.url());
    const panel = await browser.context.newPage();
    // About the width of Chrome's side panel.
    await panel.setViewportSize({ width: 420, height: 900 });
    await openPanelPage(panel, browser.extensionUrl, tabId);
    const proposed = await captureToReview(panel);
    const saved = await saveReview(panel);
    mkdirSync(options.outDir, { recursive: true });
    const screenshot = join(options.outDir, 'sidepanel.png');
    const listFile = join(options.outDir, 'saved-list.txt');
    await panel.screenshot({ path: screenshot, fullPage: true });
    const rows = await readTaskRows(panel);
    const header = `Nhắc Việc — danh sách đã lưu (${rows.length} việc) từ ${doc.number || doc.stem}\n${page.url()}\n`;
    writeFileSync(listFile, `${header}\n${rows.map((row, i) => `${i + 1}. ${row}`).join('\n')}\n`);
    return { proposed, saved, screenshot, listFile };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
