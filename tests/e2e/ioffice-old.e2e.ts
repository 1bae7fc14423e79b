// The older iOffice imitation (`/qlvbdh/`) with the demo's generated files: a document page shows
// metadata only and lists its attachments through its own script and the attachment-list
// endpoint; the side panel asks that list with the page's session, picks the directive (never the
// phiếu trình), downloads it and reviews it. The list page offers "Đọc văn bản" per row.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { PANEL, openPanelPage } from '../../lib/demo/panel-driver';
import { SESSION_COOKIE } from '../../lib/demo/server';
import { listSessionExpiredMessage } from '../../lib/read/sites/ioffice-old-files';
import { expectedDirective } from './ioffice-expected';
import { createProfile, e2e, launchTestBrowser, openDemoTab } from './harness';

/** Opens a demo page, then the panel aimed at it, logging the panel's requests. */
async function openWithPanel(browser: ExtensionBrowser, url: string, ready: string): Promise<{ page: Page; panel: Page; requests: string[] }> {
  const { page, tabId } = await openDemoTab(browser, url, ready);
  const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
  const requests: string[] = [];
  panel.on('request', (request) => requests.push(request.url()));
  return { page, panel, requests };
}

async function reviewShown(panel: Page): Promise<{ number: string; tasks: number }> {
  await panel.locator(PANEL.reviewTask).first().waitFor({ state: 'visible', timeout: 60_000 });
  return { number: await panel.locator('[data-testid="doc-number"]').innerText(), tasks: await panel.locator(PANEL.reviewTask).count() };
}

describe('the older iOffice: documents whose text is only in their attachments', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  const detailUrl = (flyid: string) => `${e2e().origin}/qlvbdh/vanbanden/chitiet?flyid=${flyid}`;

  beforeAll(async () => {
    browser = await launchTestBrowser(profile.dir);
  });

  afterAll(async () => {
    await browser?.close();
    profile.remove();
  });

  it('reads the signed PDF from the attachment list, not the phiếu trình listed before it', async () => {
    const flyid = e2e().fileDocs.pdf;
    const expected = await expectedDirective(flyid);
    expect(expected.slipUrl).not.toBeNull();
    // The page's own script has drawn the list: both files are links, the slip first.
    const { page, panel, requests } = await openWithPanel(browser, detailUrl(flyid), '#ds-file-dinh-kem li:nth-child(2) a');
    expect(await page.locator('#ds-file-dinh-kem a').allInnerTexts()).toEqual([expect.stringMatching(/^PT_/), expected.file]);
    await panel.locator(PANEL.capture).click();
    expect(await reviewShown(panel)).toEqual({ number: expected.number, tasks: expected.tasks });
    expect(requests).toContain(`${e2e().origin}/qlvbdh/vanbanden/dsfiledinhkem?flyid=${flyid}`);
    expect(requests).toContain(expected.url);
    expect(requests).not.toContain(expected.slipUrl);
    // The document is named in the panel, and both files stay offered for a manual choice.
    expect(await panel.locator('[data-testid="document-row"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="attachment"]').count()).toBe(2);
    await page.close();
    await panel.close();
  }, 120_000);

  it.each([
    ['docx', 'a DOCX'],
    ['zip', 'a ZIP holding a phiếu trình beside the directive'],
    ['tcvn3', 'a TCVN3 text'],
    ['plan', 'a PDF plan whose duties are in a table'],
    ['xlsx', 'the plan as an Excel workbook'],
  ] as const)('reads %s attachment (%s)', async (kind, _what) => {
    const flyid = e2e().fileDocs[kind];
    const expected = await expectedDirective(flyid);
    // Captured as soon as the metadata shows (the page's script may not have drawn its list yet):
    // the panel asks the attachment list itself.
    const { page, panel } = await openWithPanel(browser, detailUrl(flyid), 'table.vb-thongtin');
    await panel.locator(PANEL.capture).click();
    expect(await reviewShown(panel)).toEqual({ number: expected.number, tasks: expected.tasks });
    await page.close();
    await panel.close();
  }, 120_000);

  it('hands a scanned attachment to the OCR offer instead of failing', async () => {
    const flyid = e2e().fileDocs.scan;
    const { page, panel } = await openWithPanel(browser, detailUrl(flyid), 'table.vb-thongtin');
    await panel.locator(PANEL.capture).click();
    const offer = panel.locator('[data-testid="ocr-offer"]');
    await offer.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await panel.locator('[data-testid="ocr-scanned"]').innerText()).toMatch(/_scan\.pdf.*bản scan/su);
    expect(await panel.locator('[data-testid="capture-error"]').count()).toBe(0);
    await page.close();
    await panel.close();
  }, 120_000);

  it('offers each row of the list page and reads the one picked', async () => {
    const flyid = e2e().fileDocs.docx;
    const expected = await expectedDirective(flyid);
    const { page, panel, requests } = await openWithPanel(browser, e2e().inboxUrl, '#dt_basic');
    await panel.locator(PANEL.capture).click();
    const rows = panel.locator('[data-testid="document-row"]');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await rows.count()).toBe(await page.locator('#dt_basic tr[id^="vb_"]').count());
    // Nothing is downloaded until a row is picked.
    expect(requests.some((url) => url.includes('dsfiledinhkem'))).toBe(false);
    expect(await panel.locator(PANEL.review).count()).toBe(0);
    await panel.locator(`[data-testid="document-row"][data-id="${flyid}"] [data-testid="read-document"]`).click();
    expect(await reviewShown(panel)).toEqual({ number: expected.number, tasks: expected.tasks });
    expect(requests.filter((url) => url.includes('dsfiledinhkem'))).toEqual([`${e2e().origin}/qlvbdh/vanbanden/dsfiledinhkem?flyid=${flyid}`]);
    await page.close();
    await panel.close();
  }, 120_000);

  it("says the login session is gone when the page's cookie is wrong", async () => {
    const flyid = e2e().fileDocs.pdf;
    const { page, tabId } = await openDemoTab(browser, detailUrl(flyid), 'table.vb-thongtin');
    const host = new URL(e2e().origin).hostname;
    await browser.context.addCookies([{ name: SESSION_COOKIE, value: 'PHIEN-SAI', domain: host, path: '/qlvbdh', httpOnly: true, sameSite: 'Lax', secure: false, expires: -1 }]);
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    await panel.locator(PANEL.capture).click();
    const error = panel.locator('[data-testid="capture-error"]');
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    const number = await page.locator('table.vb-thongtin tr:first-child td').innerText();
    expect(await error.innerText()).toContain(listSessionExpiredMessage(number));
    expect(await panel.locator(PANEL.reviewTask).count()).toBe(0);
    // A page load starts a valid session again (the demo's stand-in for logging in).
    await browser.context.clearCookies();
    await page.close();
    await panel.close();
  }, 120_000);
});
