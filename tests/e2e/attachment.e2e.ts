// An attachment linked from a page: the side panel offers it, downloads it and reviews its text.
// The demo inbox here serves one corpus directive as a generated text PDF (pdf-lib, DejaVu Serif),
// linked from its detail page instead of the text; the e2e build may read 127.0.0.1, so no prompt.
// Downloads need the session cookie the pages set (`JSESSIONID`, `SameSite=Lax`, HttpOnly): the
// side panel's fetch with `credentials: 'include'` sends it, since the extension has host access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { loadDemoDocs, type DemoDoc } from '../../lib/demo/demo-docs';
import { PANEL, openPanelPage } from '../../lib/demo/panel-driver';
import { SESSION_COOKIE, startDemoInbox, type DemoInbox } from '../../lib/demo/server';
import { sessionExpiredMessage } from '../../lib/read/files/fetch-attachment';
import { extractDirective } from '../../lib/extract/index';
import { readDirectiveFile } from '../../lib/read/files/read-file';
import { pageAt } from '../../components/review-view';
import { layoutDirective } from '../fixtures/directive-layout';
import { makeDirectivePdf } from '../fixtures/directive-pdf';
import { createProfile, launchTestBrowser, openDemoTab } from './harness';

describe('a PDF attachment on a detail page', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  let inbox: DemoInbox;
  let doc: DemoDoc;
  let expected: { number: string; tasks: number; pages: (number | null)[] };

  beforeAll(async () => {
    const docs = loadDemoDocs();
    // A directive with a number and tasks, as the engine reads it from the PDF's text in Node.
    for (const candidate of docs) {
      if (!candidate.number) continue;
      const bytes = await makeDirectivePdf(layoutDirective(candidate.text));
      const read = await readDirectiveFile(bytes, `${candidate.stem}.pdf`);
      if (!read.ok) continue;
      const { document, tasks } = extractDirective(read.text);
      if (!document.number || tasks.length === 0) continue;
      doc = candidate;
      expected = { number: document.number, tasks: tasks.length, pages: tasks.map((task) => pageAt(read.pages, task.span[0])) };
      inbox = await startDemoInbox({ docs, attachments: new Map([[doc.flyid, { name: `${doc.stem}.pdf`, bytes }]]) });
      break;
    }
    if (!inbox) throw new Error('Không có văn bản mẫu nào đọc được từ PDF');
    browser = await launchTestBrowser(profile.dir);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await inbox?.close();
    profile.remove();
  });

  it('serves the PDF only with the session cookie the pages set', async () => {
    const pageResponse = await fetch(inbox.documentUrl(doc.flyid));
    const setCookie = pageResponse.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/qlvbdh; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie.split(';')[0]!;
    const response = await fetch(inbox.attachmentUrl(doc.flyid)!, { headers: { cookie } });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    // A page seen with a valid session starts no new one.
    expect((await fetch(inbox.documentUrl(doc.flyid), { headers: { cookie } })).headers.get('set-cookie')).toBeNull();
    for (const headers of [{}, { cookie: 'JSESSIONID=SAI' }] as Record<string, string>[]) {
      const refused = await fetch(inbox.attachmentUrl(doc.flyid)!, { headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await refused.text()).toContain('Phiên làm việc đã hết hạn');
    }
  });

  it('offers the link after a capture and reviews the directive read from the PDF', async () => {
    const { tabId } = await openDemoTab(browser, inbox.documentUrl(doc.flyid));
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    const workerRequests: string[] = [];
    panel.on('request', (request) => workerRequests.push(request.url()));
    await panel.locator(PANEL.capture).click();
    const button = panel.locator('[data-testid="attachment"]');
    await button.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await button.count()).toBe(1);
    expect(await button.innerText()).toContain(`${doc.stem}.pdf`);
    // pdf.js and its worker are not loaded until a PDF is read.
    expect(workerRequests.some((url) => url.includes('pdf.worker'))).toBe(false);
    await button.click();
    await panel.locator(PANEL.reviewTask).first().waitFor({ state: 'visible', timeout: 60_000 });
    expect(await panel.locator('[data-testid="doc-number"]').innerText()).toBe(expected.number);
    expect(await panel.locator(PANEL.reviewTask).count()).toBe(expected.tasks);
    // Each task names the PDF page its sentence starts on.
    expect(expected.pages.every((p) => p !== null)).toBe(true);
    expect(await panel.locator('[data-testid="source-page"]').allTextContents()).toEqual(expected.pages.map((p) => ` · trang ${p}`));
    expect(workerRequests.some((url) => url.endsWith('/pdfjs/pdf.worker.min.mjs'))).toBe(true);
  }, 120_000);

  it('says the login session is gone when the page\'s cookie is wrong', async () => {
    const { page, tabId } = await openDemoTab(browser, inbox.documentUrl(doc.flyid));
    const url = new URL(inbox.origin);
    const cookies = await browser.context.cookies(inbox.origin + '/qlvbdh/');
    expect(cookies.map((c) => c.name)).toContain(SESSION_COOKIE);
    // The same cookie (name, host, path) with a value the server never issued.
    await browser.context.addCookies([
      { name: SESSION_COOKIE, value: 'PHIEN-SAI', domain: url.hostname, path: '/qlvbdh', httpOnly: true, sameSite: 'Lax', secure: false, expires: -1 },
    ]);
    expect((await browser.context.cookies(inbox.origin + '/qlvbdh/')).find((c) => c.name === SESSION_COOKIE)?.value).toBe('PHIEN-SAI');
    const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
    await panel.locator(PANEL.capture).click();
    const button = panel.locator('[data-testid="attachment"]');
    await button.first().waitFor({ state: 'visible', timeout: 20_000 });
    await button.click();
    const error = panel.locator('[data-testid="capture-error"]');
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await error.innerText()).toContain(sessionExpiredMessage(`${doc.stem}.pdf`));
    expect(await panel.locator(PANEL.review).count()).toBe(0);
    expect(await panel.locator(PANEL.reviewTask).count()).toBe(0);
    await page.close();
  }, 120_000);
});
