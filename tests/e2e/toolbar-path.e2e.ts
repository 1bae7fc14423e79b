// (d) The path of the toolbar button, shortcut and menu, driven from the service worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PendingCaptureSchema } from '../../lib/capture';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { createProfile, demoDocUrl, launchTestBrowser, openDemoTab } from './harness';

/** Calls the e2e build's hook in the worker: what a toolbar click on `tabId` does, then the stored item. */
async function toolbarClick(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return browser.serviceWorker.evaluate(async (id) => {
    const scope = globalThis as unknown as {
      __nhacViecE2E: { toolbarClick(tabId: number): Promise<unknown> };
      chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    await scope.__nhacViecE2E.toolbarClick(id);
    return (await scope.chrome.storage.session.get('pendingCapture')).pendingCapture;
  }, tabId);
}

async function captureTab(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { __nhacViecE2E: { captureTab(tabId: number): Promise<unknown> } }).__nhacViecE2E.captureTab(id),
    tabId,
  );
}

describe('toolbar path (service worker)', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
  });
  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('stores a valid session:pendingCapture with the directive read from the page', async () => {
    const { tabId } = await openDemoTab(browser, demoDocUrl('seed-000'), '#noidung');
    const pending = PendingCaptureSchema.parse(await toolbarClick(browser, tabId));
    expect(pending.at).toBeGreaterThan(Date.now() - 60_000);
    expect(pending.result.ok).toBe(true);
    if (!pending.result.ok) return;
    expect(pending.result.capture).toMatchObject({ reader: 'generic', selection: false, truncated: false, url: demoDocUrl('seed-000') });
    expect(pending.result.capture.text.startsWith('Số: /VP-KGVX')).toBe(true);
    expect(pending.result.capture.text).toContain('Giao Sở Giáo dục và Đào tạo');
    // The page's menu and metadata table are not part of the directive.
    expect(pending.result.capture.text).not.toContain('Lịch công tác');
  });

  it('reads the selection when the user selected a passage', async () => {
    const { page, tabId } = await openDemoTab(browser, demoDocUrl('seed-000'), '#noidung');
    await page.evaluate(() => {
      const text = document.querySelector('#noidung')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.indexOf('2. Giao Sở Thông tin'));
      range.setEnd(text, text.textContent!.indexOf('3. Giao Sở Văn hóa'));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const pending = PendingCaptureSchema.parse(await toolbarClick(browser, tabId));
    expect(pending.result).toMatchObject({ ok: true, capture: { reader: 'selection', selection: true } });
    if (pending.result.ok) expect(pending.result.capture.text).toMatch(/^2\. Giao Sở Thông tin và Truyền thông[^]*thông tin, quan điểm sai trái\.$/);
  });

  it('says no-access on a host the build was not granted (the toolbar click would grant it)', async () => {
    const url = demoDocUrl('seed-000').replace('127.0.0.1', 'localhost');
    const { tabId } = await openDemoTab(browser, url, '#noidung', { visible: false });
    expect(await captureTab(browser, tabId)).toMatchObject({ ok: false, reason: 'no-access' });
  });

  it('says unsupported-page for the browser’s own pages', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('sidepanel.html'));
    const tabId = await browser.serviceWorker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      return (await chrome.tabs.query({})).find((t) => t.url?.startsWith('chrome-extension://'))?.id ?? -1;
    });
    expect(await captureTab(browser, tabId)).toMatchObject({ ok: false, reason: 'unsupported-page' });
  });
});
