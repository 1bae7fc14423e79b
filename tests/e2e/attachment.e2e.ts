// An attachment linked from a page: the side panel offers it, downloads it and reviews its text.
// The demo inbox here serves one corpus directive as a generated text PDF (pdf-lib, DejaVu Serif),
// linked from its detail page instead of the text; the e2e build may read 127.0.0.1, so no prompt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { loadDemoDocs, type DemoDoc } from '../../lib/demo/demo-docs';
import { PANEL, openPanelPage } from '../../lib/demo/panel-driver';
import { startDemoInbox, type DemoInbox } from '../../lib/demo/server';
import { extractDirective } from '../../lib/extract/index';
import { readDirectiveFile } from '../../lib/read/files/read-file';
import { layoutDirective } from '../fixtures/directive-layout';
import { makeDirectivePdf } from '../fixtures/directive-pdf';
import { createProfile, launchTestBrowser, openDemoTab } from './harness';

describe('a PDF attachment on a detail page', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  let inbox: DemoInbox;
  let doc: DemoDoc;
  let expected: { number: string; tasks: number };

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
      expected = { number: document.number, tasks: tasks.length };
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

  it('serves the PDF from the detail page', async () => {
    const response = await fetch(inbox.attachmentUrl(doc.flyid)!);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
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
    expect(workerRequests.some((url) => url.endsWith('/pdfjs/pdf.worker.min.mjs'))).toBe(true);
  }, 120_000);
});
