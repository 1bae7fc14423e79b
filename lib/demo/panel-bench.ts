import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CaptureRecords } from '../db/types';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { PANEL } from './panel-driver';

// The side panel timed in Chromium (`npm run bench`): the e2e build, its database filled through
// the worker's `__nhacViecE2E.saveCaptures` (the real `saveCapture`), then `sidepanel.html` opened
// and searched. Every time is taken inside the page, on the page's own clock (`performance.now()`,
// zero at navigation start); Playwright only drives and reads.

/** Captures written per `saveCaptures` call (a few hundred tasks each). */
const SEED_BATCH = 20;
/** Pause after each opening of the panel, for the whole list to arrive. */
const SETTLE_MS = 1000;

/** One search keystroke, in ms after navigation start. */
export interface KeystrokeSample {
  /** The input event (its `timeStamp`). */
  input: number;
  /** The first DOM change after it (the list re-rendered); null when the list did not change. */
  dom: number | null;
  /** The next animation frame after that change (or after the input when nothing changed). */
  frame: number;
}

export interface PanelTimings {
  /** Per page load: navigation start → first `task-row` in the DOM (ms). */
  firstRow: number[];
  /** Per page load: navigation start → the animation frame after that (ms). */
  firstRowFrame: number[];
  keystrokes: KeystrokeSample[];
}

export interface PanelBenchOptions {
  chromium: string;
  /** The e2e build (it alone has the seeding hook). */
  extensionPath: string;
  captures: readonly CaptureRecords[];
  /** Typed into the search box one character at a time. */
  query: string;
  /** How many times the panel is opened for the first-render time. */
  loads: number;
  /** About the size of Chrome's side panel. */
  viewport?: { width: number; height: number };
}

// Runs in the panel page before its own scripts (an init script, given as text so no build helper
// of this file leaks into the page): notes when the first task row enters the DOM.
const FIRST_ROW_PROBE = `(() => {
  if (!location.pathname.endsWith('/sidepanel.html')) return;
  const bench = { firstRow: null, firstRowFrame: null };
  window.__nhacViecBench = bench;
  const observer = new MutationObserver(() => {
    if (bench.firstRow !== null || !document.querySelector(${JSON.stringify(PANEL.taskRow)})) return;
    bench.firstRow = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => { bench.firstRowFrame = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

// Installed in the loaded panel: for each input event of the search box, the first DOM change
// after it (a MutationObserver callback runs right after the render that made the change) and the
// animation frame after that. Two frames without a change record the keystroke as unchanged.
const KEYSTROKE_PROBE = `(() => {
  const bench = window.__nhacViecBench;
  bench.keystrokes = [];
  let pending = null;
  const finish = (sample, frame) => {
    if (sample.finished) return;
    sample.finished = true;
    bench.keystrokes.push({ input: sample.input, dom: sample.dom, frame });
  };
  document.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.matches(${JSON.stringify(PANEL.search)})) return;
    const now = performance.now();
    const sample = { input: event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now, dom: null, finished: false };
    pending = sample;
    requestAnimationFrame(() => {
      const frame = performance.now();
      requestAnimationFrame(() => { if (sample.dom === null) finish(sample, frame); });
    });
  }, true);
  new MutationObserver(() => {
    const sample = pending;
    if (!sample || sample.dom !== null || sample.finished) return;
    sample.dom = performance.now();
    requestAnimationFrame(() => finish(sample, performance.now()));
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
})()`;

/**
 * Writes the captures through the e2e build's worker hook (`__nhacViecE2E.saveCaptures`), in
 * batches; throws unless every one was new.
 */
export async function seedCaptures(browser: ExtensionBrowser, captures: readonly CaptureRecords[]): Promise<void> {
  if (!(await browser.serviceWorker.evaluate('typeof globalThis.__nhacViecE2E?.saveCaptures === "function"')))
    throw new Error('Bản dựng này không có __nhacViecE2E.saveCaptures (cần bản dựng e2e).');
  let created = 0;
  for (let i = 0; i < captures.length; i += SEED_BATCH) {
    const batch = captures.slice(i, i + SEED_BATCH);
    created += await browser.serviceWorker.evaluate(
      `globalThis.__nhacViecE2E.saveCaptures(${JSON.stringify(batch)})`,
    ) as number;
  }
  if (created !== captures.length) throw new Error(`Chỉ lưu được ${created}/${captures.length} văn bản vào cơ sở dữ liệu.`);
}

/**
 * Waits until `expression` is truthy in the page. Polled from here: extension pages forbid the
 * `eval` that `page.waitForFunction` relies on.
 */
async function waitInPage(page: Page, expression: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`Hết giờ chờ trong trang: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function openPanel(page: Page, url: string): Promise<{ firstRow: number; firstRowFrame: number }> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitInPage(page, 'window.__nhacViecBench?.firstRowFrame != null', 60_000);
  return page.evaluate('({ firstRow: window.__nhacViecBench.firstRow, firstRowFrame: window.__nhacViecBench.firstRowFrame })');
}

/**
 * Fills a fresh profile with `captures`, restarts the browser on it, opens the side panel `loads`
 * times (first-render time each), then types `query` into the search box one key at a time,
 * waiting for each keystroke's frame before the next. The profile is removed afterwards.
 */
export async function benchPanel(options: PanelBenchOptions): Promise<PanelTimings> {
  const profile = mkdtempSync(join(tmpdir(), 'nhac-viec-bench-'));
  const launch = () =>
    launchWithExtension({
      executablePath: options.chromium,
      extensionPath: options.extensionPath,
      userDataDir: profile,
      headless: true,
      viewport: options.viewport ?? { width: 420, height: 900 },
    });
  try {
    // Fill the profile, then start the browser again on it: the panel is timed as an official
    // opens it on a list saved earlier, not while the database is still settling 10 MB of writes.
    const seeding = await launch();
    try {
      await seedCaptures(seeding, options.captures);
    } finally {
      await seeding.close();
    }
    const browser = await launch();
    try {
      return await timePanel(browser, options);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The timings of `benchPanel` in a browser whose database is filled. */
async function timePanel(browser: ExtensionBrowser, options: PanelBenchOptions): Promise<PanelTimings> {
  const page = await browser.context.newPage();
  await page.addInitScript(FIRST_ROW_PROBE);
  const url = browser.extensionUrl('sidepanel.html');
  const timings: PanelTimings = { firstRow: [], firstRowFrame: [], keystrokes: [] };
  for (let i = 0; i < options.loads; i++) {
    const load = await openPanel(page, url);
    timings.firstRow.push(load.firstRow);
    timings.firstRowFrame.push(load.firstRowFrame);
    // Let the panel settle (the whole list arrives after its first screen) before the next load
    // or the typing: each measure on its own, as an official opens the panel once.
    await page.waitForTimeout(SETTLE_MS);
  }
  await page.evaluate(KEYSTROKE_PROBE);
  await page.locator(PANEL.search).click();
  for (let i = 0; i < options.query.length; i++) {
    await page.keyboard.type(options.query[i]!);
    await waitInPage(page, `window.__nhacViecBench.keystrokes.length > ${i}`, 30_000);
  }
  timings.keystrokes = (await page.evaluate('window.__nhacViecBench.keystrokes')) as KeystrokeSample[];
  const value = await page.locator(PANEL.search).inputValue();
  if (value !== options.query) throw new Error(`Ô tìm kiếm có "${value}", không phải "${options.query}".`);
  return timings;
}
