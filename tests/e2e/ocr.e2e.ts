// A scanned PDF attachment (its page is only a picture): the side panel says it is a scan and
// offers OCR on this computer; the user can stop it, then run it to the review, which is flagged
// as OCR text. tesseract.js, its core and the Vietnamese model come from the extension's own files,
// loaded only on that click; no request goes anywhere but the demo inbox and the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import type { ExtensionBrowser } from '../../lib/demo/chromium';
import { pageFirstLoad } from '../../lib/eval/bundle-size';
import { toDemoDocs, type DemoDoc } from '../../lib/demo/demo-docs';
import { PANEL, openPanelPage } from '../../lib/demo/panel-driver';
import { startDemoInbox, type DemoInbox } from '../../lib/demo/server';
import { readDirectiveFile } from '../../lib/read/files/read-file';
import { makeScannedDirectivePdf } from '../fixtures/scanned-pdf';
import { createProfile, e2e, launchTestBrowser, openDemoTab } from './harness';

const DIRECTIVE = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG   Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-KT   An Giang, ngày 12 tháng 3 năm 2025
V/v báo cáo tình hình thu ngân sách quý I
Kính gửi: Sở Tài chính; Cục Thuế tỉnh
Ủy ban nhân dân tỉnh giao Sở Tài chính tổng hợp và báo cáo tình hình thu ngân sách quý I năm 2025, gửi về Ủy ban nhân dân tỉnh trước ngày 25 tháng 3 năm 2025.
Giao Cục Thuế tỉnh rà soát các khoản nợ thuế của doanh nghiệp, hoàn thành trước ngày 31 tháng 3 năm 2025.
Nơi nhận:   KT. CHỦ TỊCH
- Như trên;   PHÓ CHỦ TỊCH
- Lưu: VT.   Nguyễn Văn An`;

/** Lower case, no diacritics, đ → d: an accent misread by OCR does not fail the test. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/\s+/g, ' ');

describe('a scanned PDF attachment', () => {
  const profile = createProfile();
  let browser: ExtensionBrowser;
  let inbox: DemoInbox;
  let doc: DemoDoc;

  beforeAll(async () => {
    const scan = await makeScannedDirectivePdf(DIRECTIVE);
    // The premise: without OCR this file has no text to read.
    const read = await readDirectiveFile(scan, 'scan.pdf');
    expect(read.ok === false && read.reason).toBe('scanned');
    [doc] = toDemoDocs([{ name: 'cv-45-ubnd-kt-scan.txt', text: DIRECTIVE }]) as [DemoDoc];
    inbox = await startDemoInbox({ docs: [doc], attachments: new Map([[doc.flyid, { name: 'cv-45-ubnd-kt-scan.pdf', bytes: scan }]]) });
    browser = await launchTestBrowser(profile.dir);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await inbox?.close();
    profile.remove();
  });

  it('keeps tesseract.js out of the side panel\'s first script', () => {
    const dir = e2e().productionExtension;
    const first = pageFirstLoad(dir, 'sidepanel.html');
    expect(first.files.length).toBeGreaterThan(0);
    for (const { file } of first.files) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/tesseract|createWorker|traineddata/u);
  });

  it('says it is a scan, offers OCR on this computer, and reviews the recognised directive', async () => {
    const requests: string[] = [];
    const record = (request: Request) => requests.push(request.url());
    // Every page, the service worker, and (through the page) the dedicated OCR worker.
    browser.context.on('request', record);
    try {
      const { tabId } = await openDemoTab(browser, inbox.documentUrl(doc.flyid));
      const panel = await openPanelPage(await browser.context.newPage(), browser.extensionUrl, tabId);
      await panel.locator(PANEL.capture).click();
      const attachment = panel.locator('[data-testid="attachment"]');
      await attachment.first().waitFor({ state: 'visible', timeout: 20_000 });
      await attachment.click();

      const offer = panel.locator('[data-testid="ocr-offer"]');
      await offer.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await panel.locator('[data-testid="ocr-scanned"]').innerText()).toMatch(/cv-45-ubnd-kt-scan\.pdf.*bản scan/su);
      expect(await offer.innerText()).toMatch(/trên máy tính này/u);
      const run = panel.locator('[data-testid="ocr-run"]');
      expect(await run.innerText()).toBe('Nhận dạng chữ trên máy (OCR)');
      expect(await panel.locator(PANEL.review).count()).toBe(0);
      // Nothing of OCR is loaded before the user asks for it.
      expect(requests.filter((url) => url.includes('/tesseract/'))).toEqual([]);

      // Stopped while loading or reading: said so, nothing reviewed or saved.
      await run.click();
      await panel.locator('[data-testid="ocr-progress"]').waitFor({ state: 'visible', timeout: 10_000 });
      await panel.locator('[data-testid="ocr-stop"]').click();
      await panel.locator('[data-testid="ocr-stopped"]').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await panel.locator(PANEL.review).count()).toBe(0);

      const started = Date.now();
      await run.click();
      await panel.locator('[data-testid="ocr-progress"]').filter({ hasText: /Đang nhận dạng trang 1\/1…/u }).waitFor({ state: 'visible', timeout: 20_000 });
      await panel.locator(PANEL.reviewTask).first().waitFor({ state: 'visible', timeout: 40_000 });
      console.info(`OCR of 1 page in Chromium, click to review: ${Date.now() - started} ms`);

      expect(await panel.locator('[data-testid="ocr-flag"]').innerText()).toBe('Văn bản nhận dạng từ ảnh quét — hãy kiểm tra lại');
      expect(await panel.locator('[data-testid="doc-number"]').innerText()).toBe('45/UBND-KT');
      const tasks = (await panel.locator(PANEL.reviewTask).allInnerTexts()).map(fold);
      expect(tasks.some((task) => task.includes(fold('báo cáo tình hình thu ngân sách')))).toBe(true);
      expect(tasks.some((task) => task.includes(fold('rà soát các khoản nợ thuế')))).toBe(true);

      // The worker, the core and the model came from the extension; every request stayed on this
      // machine: the extension's own files and the demo inbox.
      const extension = browser.extensionUrl('');
      for (const file of ['worker.min.js', 'tesseract-core-simd-lstm.js', 'tesseract-core-simd-lstm.wasm', 'vie.traineddata.gz']) {
        expect(requests).toContain(`${extension}tesseract/${file}`);
      }
      const elsewhere = requests.filter((url) => !url.startsWith(extension) && !url.startsWith(`${inbox.origin}/`) && !/^(data|blob):/u.test(url));
      expect(elsewhere).toEqual([]);
    } finally {
      browser.context.off('request', record);
    }
  }, 60_000);
});
