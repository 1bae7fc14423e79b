import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../lib/demo/chromium';
import { tabIdOf } from '../../lib/demo/panel-driver';
import './e2e-context';

/** The global setup's context. */
export const e2e = () => inject('e2e');

/** URL of a demo document by corpus stem. */
export function demoDocUrl(stem: string): string {
  const doc = e2e().docs.find((d) => d.stem === stem);
  if (!doc) throw new Error(`No demo document ${stem}`);
  return doc.url;
}

/** A fresh browser profile; `remove()` deletes it. */
export function createProfile(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'nhac-viec-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Headless Chromium with the e2e build in `profileDir`; page errors are printed. */
export async function launchTestBrowser(profileDir: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({
    executablePath: e2e().chromium,
    extensionPath: e2e().e2eExtension,
    userDataDir: profileDir,
    headless: true,
  });
  browser.context.on('weberror', (error) => console.error('[lỗi trang]', error.error().message));
  return browser;
}

/**
 * Opens a demo page in a new tab and waits for its DOM (never for network idle: the page streams).
 * `visible: false` for a host the e2e build has no access to (its URL is hidden from the extension).
 */
export async function openDemoTab(
  browser: ExtensionBrowser,
  url: string,
  readySelector = '#content',
  { visible = true }: { visible?: boolean } = {},
): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(readySelector).waitFor({ timeout: 15_000 });
  return { page, tabId: await tabIdOf(browser.serviceWorker, visible ? page.url() : null) };
}
