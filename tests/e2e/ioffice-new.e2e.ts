// The newer iOffice imitation: a single-page app that draws the document from its "API" and links
// the attachments to its "file host" (one origin here, path prefixes standing for the tenant's
// `-api` and `-file` hosts). The panel reads the links the app drew, passes the phiếu trình over
// and downloads the directive with the app's session cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { PANEL, openPanelPage } from '../../lib/demo/panel-driver';
import { loadDemoDocs } from '../../lib/demo/demo-docs';
import { buildDemoFiles } from '../../lib/demo/demo-files';
import { NEW_APP_COOKIE, newAppDetailPath } from '../../lib/demo/pages-new';
import { startDemoInbox } from '../../lib/demo/server';
import { expectedDirective } from './ioffice-expected';
import { createProfile, e2e, launchTestBrowser, openDemoTab } from './harness';

describe('the newer iOffice: a document drawn by the app from its API', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
  });

  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('lists the waiting documents from the API and opens one', async () => {
    const { page } = await openDemoTab(browser, e2e().newAppListUrl, 'table.vb-list tr[data-id="' + e2e().fileDocs.pdf + '"]');
    expect(await page.locator('table.vb-list tr[data-id]').count()).toBe(Object.keys(e2e().fileDocs).length);
    await page.locator(`table.vb-list tr[data-id="${e2e().fileDocs.pdf}"] a`).click();
    await page.locator('.vb-detail .file-link').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe(newAppDetailPath(e2e().fileDocs.pdf));
    await page.close();
  });

  it('reads the directive the app links on the document page, not its phiếu trình', async () => {
    const flyid = e2e().fileDocs.pdf;
    const expected = await expectedDirective(flyid);
    // Wait for the DOM the app draws (never for network idle: the app keeps polling).
    const { page, tabId } = await openDemoTab(browser, `${e2e().origin}${newAppDetailPath(flyid)}`, '.vb-detail[data-id] li:nth-child(2) .file-link');
    const links = await page.locator('.vb-detail .file-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(2);
    expect(links.every((href) => new URL(href).pathname.startsWith('/file-host/'))).toBe(true);
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    const requests: string[] = [];
    panel.on('request', (request) => requests.push(request.url()));
    await panel.locator(PANEL.capture).click();
    await panel.locator(PANEL.reviewTask).first().waitFor({ state: 'visible', timeout: 60_000 });
    expect(await panel.locator('[data-testid="doc-number"]').innerText()).toBe(expected.number);
    expect(await panel.locator(PANEL.reviewTask).count()).toBe(expected.tasks);
    // The directive's link was fetched, the phiếu trình's (listed first) never.
    const fetched = requests.filter((url) => url.includes('/file-host/'));
    expect(fetched).toEqual([links[1]]);
    await page.close();
    await panel.close();
  }, 120_000);

  it('offers each row of the waiting list and reads the one picked through the API the page used', async () => {
    const flyid = e2e().fileDocs.zip;
    const expected = await expectedDirective(flyid);
    const { page, tabId } = await openDemoTab(browser, e2e().newAppListUrl, `table.vb-list tr[data-id="${flyid}"]`);
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    const requests: string[] = [];
    panel.on('request', (request) => requests.push(request.url()));
    await panel.locator(PANEL.capture).click();
    const rows = panel.locator('[data-testid="document-row"]');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(
      await page.locator('table.vb-list tr[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))),
    );
    await panel.locator(`[data-testid="document-row"][data-id="${flyid}"] [data-testid="read-document"]`).click();
    await panel.locator(PANEL.reviewTask).first().waitFor({ state: 'visible', timeout: 60_000 });
    expect(await panel.locator('[data-testid="doc-number"]').innerText()).toBe(expected.number);
    expect(await panel.locator(PANEL.reviewTask).count()).toBe(expected.tasks);
    expect(requests.filter((url) => url.includes('/api-host/'))).toEqual([`${e2e().origin}/api-host/api/v1/van-ban-den/${flyid}`]);
    expect(requests.filter((url) => url.includes('/file-host/'))).toHaveLength(1);
    await page.close();
    await panel.close();
  }, 120_000);

  it("says the login session is gone when the app's cookie is wrong", async () => {
    const flyid = e2e().fileDocs.docx;
    const { page, tabId } = await openDemoTab(browser, `${e2e().origin}${newAppDetailPath(flyid)}`, '.vb-detail .file-link');
    const host = new URL(e2e().origin).hostname;
    await browser.context.addCookies([{ name: NEW_APP_COOKIE, value: 'PHIEN-SAI', domain: host, path: '/', httpOnly: true, sameSite: 'Lax', secure: false, expires: -1 }]);
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    await panel.locator(PANEL.capture).click();
    const error = panel.locator('[data-testid="capture-error"]');
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await error.innerText()).toContain('phiên đăng nhập của trang đã hết hạn hoặc không hợp lệ');
    expect(await panel.locator(PANEL.reviewTask).count()).toBe(0);
    await page.close();
    await panel.close();
  }, 120_000);

  it('asks for the file host in a click when the files live on a host not allowed yet', async () => {
    // The same app, its file links on `localhost`: another origin, which the e2e build may not read.
    const demo = await buildDemoFiles(loadDemoDocs(), ['pdf']);
    const inbox = await startDemoInbox({ docs: demo.docs, files: demo.files, fileHostName: 'localhost' });
    try {
      const flyid = demo.flyids.pdf;
      const { page, tabId } = await openDemoTab(browser, inbox.newAppListUrl, `table.vb-list tr[data-id="${flyid}"]`);
      const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
      const requests: string[] = [];
      panel.on('request', (request) => requests.push(request.url()));
      await panel.locator(PANEL.capture).click();
      await panel.locator(`[data-testid="document-row"][data-id="${flyid}"] [data-testid="read-document"]`).click();
      await panel.locator('[data-testid="allow-file-host"]').waitFor({ state: 'visible', timeout: 30_000 });
      const button = panel.locator('[data-testid="attachment"]').first();
      expect(new URL((await button.getAttribute('data-url'))!).host).toBe(`localhost:${new URL(inbox.origin).port}`);
      expect(await button.innerText()).toBe(`Cho phép đọc văn bản trên trang này: ${demo.files.get(flyid)![1]!.name}`);
      // Asked the API (allowed), not yet the file host (not allowed).
      expect(requests.some((url) => url.includes('/api-host/'))).toBe(true);
      expect(requests.some((url) => url.includes('/file-host/'))).toBe(false);
      expect(await panel.locator(PANEL.reviewTask).count()).toBe(0);
      await page.close();
      await panel.close();
    } finally {
      await inbox.close();
    }
  }, 120_000);
});
