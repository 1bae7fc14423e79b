// @vitest-environment node
// tesseract.js picks its Node or browser code by environment: the Node worker (worker_threads,
// local files) is what is tested here, so this file runs in Node rather than happy-dom.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDirectiveFile } from '../../../lib/read/files/read-file';
import { loadPdfjsForNode } from '../../../lib/read/files/pdfjs-node';
import { ocrPdf, type CreateOcrWorker, type OcrWorkerOptions } from '../../../lib/read/files/ocr';
import { nodeOcrPaths, ocrPdfNode } from '../../../lib/read/files/ocr-node';
import { makeImageOnlyPdf } from '../../fixtures/directive-pdf';
import { makeScannedDirectivePdf } from '../../fixtures/scanned-pdf';

const DIRECTIVE = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG   Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-KT   An Giang, ngày 12 tháng 3 năm 2025
V/v báo cáo tình hình thu ngân sách quý I
Kính gửi: Sở Tài chính
Ủy ban nhân dân tỉnh giao Sở Tài chính tổng hợp và báo cáo tình hình thu ngân sách quý I năm 2025, gửi về Ủy ban nhân dân tỉnh trước ngày 25 tháng 3 năm 2025.
Nơi nhận:   KT. CHỦ TỊCH
- Như trên;   PHÓ CHỦ TỊCH
- Lưu: VT.   Nguyễn Văn An`;

/** Lower case, no diacritics, đ → d, single spaces: OCR noise in accents does not fail the test. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/\s+/g, ' ');

afterEach(() => vi.restoreAllMocks());

describe('ocrPdf', () => {
  it('reads a scanned directive on the device, with the Vietnamese model from local files', async () => {
    const scan = await makeScannedDirectivePdf(DIRECTIVE);
    const read = await readDirectiveFile(scan, 'scan.pdf');
    expect(read.ok === false && read.reason).toBe('scanned');

    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const given: OcrWorkerOptions[] = [];
    const { createWorker } = await import('tesseract.js');
    const spyingCreate: CreateOcrWorker = (langs, oem, options) => {
      given.push(options);
      return createWorker(langs, oem, options);
    };
    const progress: number[] = [];
    const started = Date.now();
    const result = await ocrPdfNode(scan, { createWorker: spyingCreate, onProgress: (p) => progress.push(p.progress) });
    console.info(`OCR of 1 page: ${Date.now() - started} ms`);
    if (process.env.OCR_PRINT) console.info(result.ok ? result.text : result.message);

    if (!result.ok) throw new Error(result.message);
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.pages).toEqual([{ page: 1, start: 0, end: result.text.length }]);
    expect(result.text).toMatch(/45\s*\/\s*UBND\s*-\s*KT/u);
    const folded = fold(result.text);
    for (const words of ['Sở Tài chính', 'báo cáo', 'ngân sách', 'Kính gửi']) expect(folded).toContain(fold(words));
    // Most diacritics survive, not just the folded letters.
    expect(result.text).toMatch(/Sở Tài chính|báo cáo/u);
    expect(progress.at(-1)).toBe(1);

    // Local files only: a folder path for the model, gzipped, no cache written; nothing fetched.
    const paths = nodeOcrPaths();
    expect(existsSync(join(paths.langPath, 'vie.traineddata.gz'))).toBe(true);
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ langPath: paths.langPath, gzip: true, cacheMethod: 'none' });
    for (const path of [given[0]!.langPath, given[0]!.corePath, given[0]!.workerPath]) expect(path).not.toMatch(/^(?:https?:)?\/\//u);
    const httpCalls = fetchSpy.mock.calls.filter(([url]) => /^https?:/u.test(String(url instanceof Request ? url.url : url)));
    expect(httpCalls).toEqual([]);
  }, 120_000);

  it('refuses more pages than it may read, in Vietnamese, without starting tesseract', async () => {
    const createWorker = vi.fn<CreateOcrWorker>();
    const result = await ocrPdf(await makeImageOnlyPdf(3), { loadPdfjs: loadPdfjsForNode, createWorker, langPath: '/nowhere', maxPages: 2 });
    expect(result).toMatchObject({ ok: false, reason: 'too-many-pages' });
    expect(!result.ok && result.message).toMatch(/3 trang.*tối đa 2 trang/u);
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('stops at once when cancelled, terminating the worker, even mid-page', async () => {
    const terminate = vi.fn(async () => undefined);
    const abort = new AbortController();
    const pages: number[] = [];
    // A page that never finishes: only the cancel can end this OCR.
    const createWorker: CreateOcrWorker = async () => ({
      recognize: () => {
        queueMicrotask(() => abort.abort());
        return new Promise(() => undefined);
      },
      terminate,
    });
    const result = await ocrPdf(await makeImageOnlyPdf(2), {
      loadPdfjs: loadPdfjsForNode,
      createWorker,
      langPath: '/nowhere',
      scale: 0.5,
      signal: abort.signal,
      onProgress: (p) => pages.push(p.page),
    });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(!result.ok && result.message).toMatch(/chưa lưu gì/u);
    expect(terminate).toHaveBeenCalled();
    expect(Math.max(...pages)).toBe(1);
    // Already cancelled: not even opened.
    const before = vi.fn<CreateOcrWorker>();
    const early = await ocrPdf(await makeImageOnlyPdf(1), { loadPdfjs: loadPdfjsForNode, createWorker: before, langPath: '/nowhere', signal: AbortSignal.abort() });
    expect(early).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(before).not.toHaveBeenCalled();
  });

  it('says plainly when the PDF cannot be opened or OCR fails', async () => {
    const createWorker: CreateOcrWorker = async () => ({ recognize: () => Promise.reject(new Error('boom')), terminate: async () => undefined });
    const broken = await ocrPdf(new TextEncoder().encode('%PDF-1.7\nxxxx'), { loadPdfjs: loadPdfjsForNode, createWorker, langPath: '/nowhere' });
    expect(broken).toMatchObject({ ok: false, reason: 'corrupt' });
    const failed = await ocrPdf(await makeImageOnlyPdf(1), { loadPdfjs: loadPdfjsForNode, createWorker, langPath: '/nowhere' });
    expect(failed).toMatchObject({ ok: false, reason: 'ocr-failed' });
    expect(!failed.ok && failed.message).toMatch(/OCR/u);
  });
});
