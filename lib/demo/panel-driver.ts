import type { Page, Worker } from 'playwright-core';

/**
 * DOM hooks the side panel provides (`data-testid`), shared by the browser tests and the headless
 * `npm start`.
 */
export const PANEL = {
  capture: '[data-testid="capture"]',
  review: '[data-testid="review"]',
  reviewTask: '[data-testid="review-task"]',
  save: '[data-testid="save"]',
  taskList: '[data-testid="task-list"]',
  taskRow: '[data-testid="task-row"]',
  search: '[data-testid="search"]',
  taskDone: '[data-testid="task-done"]',
  noDirective: '[data-testid="no-directive"]',
  group: (name: 'overdue' | 'today' | 'week' | 'later' | 'none' | 'done') => `[data-testid="group-${name}"]`,
} as const;

/** The part of the extension API the tests call inside the service worker (typed by hand: Node code). */
export interface WorkerChrome {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * Finds the browser's id of the newest tab showing `url`, or of the newest tab whose URL the
 * extension cannot see when `url` is null (a host it has no access to).
 */
export async function tabIdOf(serviceWorker: Worker, url: string | null): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    // Runs in the worker: only its own globals exist there.
    const tabs = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.query({});
    const ids = tabs.filter((tab) => (wanted === null ? tab.url === undefined : tab.url === wanted)).map((tab) => tab.id ?? -1);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`Không thấy thẻ ${url ?? '(không có quyền đọc)'} (bản dựng e2e có quyền đọc 127.0.0.1 chưa?)`);
  return id;
}

/**
 * Opens the side panel page as a tab aimed at `targetTabId` (`sidepanel.html?tab=<id>`: the panel
 * reads that tab instead of the active one) and waits for it to render.
 */
export async function openPanelPage(page: Page, extensionUrl: (path: string) => string, targetTabId?: number): Promise<Page> {
  const query = targetTabId === undefined ? '' : `?tab=${targetTabId}`;
  await page.goto(extensionUrl(`sidepanel.html${query}`), { waitUntil: 'domcontentloaded' });
  await page.locator(PANEL.capture).waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

/** Clicks "Đọc trang đang mở" and waits for the review with at least one proposed task. */
export async function captureToReview(panel: Page): Promise<number> {
  await panel.locator(PANEL.capture).click();
  await panel.locator(PANEL.review).waitFor({ state: 'visible', timeout: 30_000 });
  await panel.locator(PANEL.reviewTask).first().waitFor({ state: 'visible', timeout: 10_000 });
  return panel.locator(PANEL.reviewTask).count();
}

/** Saves the review and waits for the task list to show rows; returns their texts. */
export async function saveReview(panel: Page): Promise<string[]> {
  await panel.locator(PANEL.save).click();
  await panel.locator(PANEL.taskRow).first().waitFor({ state: 'visible', timeout: 20_000 });
  return readTaskRows(panel);
}

/** The visible task rows, one line of text each. */
export async function readTaskRows(panel: Page): Promise<string[]> {
  const texts = await panel.locator(PANEL.taskRow).allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}
