// @vitest-environment node
// tesseract.js picks its Node or browser code by environment: the Node worker (worker_threads,
// local files) is what is tested here, so this file runs in Node rather than happy-dom.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { readDirectiveFile } from '../../../lib/read/files/read-file';
import { loadPdfjsForNode } from '../../../lib/read/files/pdfjs-node';
import { ocrPdf, type CreateOcrWorker, type OcrWorkerOptions } from '../../../lib/read/files/ocr';
import { nodeOcrPaths, ocrPdfNode } from '../../../lib/read/files/ocr-node';
import { makeDirectivePdf, makeImageOnlyPdf } from '../../fixtures/directive-pdf';
import { layoutDirective } from '../../fixtures/directive-layout';

const DIRECTIVE = `ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG   Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-KT   An Giang, ngày 12 tháng 3 năm 2025
V/v báo cáo tình hình thu ngân sách quý I
Kính gửi: Sở Tài chính
Ủy ban nhân dân tỉnh giao Sở Tài chính tổng hợp và báo cáo tình hình thu ngân sách quý I năm 2025, gửi về Ủy ban nhân dân tỉnh trước ngày 25 tháng 3 năm 2025.
Nơi nhận:   KT. CHỦ TỊCH
- Như trên;   PHÓ CHỦ TỊCH
- Lưu: VT.   Nguyễn Văn An`;

/** Renders page 1 of a PDF to PNG with pdf.js and @napi-rs/canvas. */
async function renderPng(pdf: Uint8Array, scale: number): Promise<{ png: Uint8Array; width: number; height: number }> {
  const { lib, params } = await loadPdfjsForNode();
  const doc = await lib.getDocument({ ...params, data: pdf.slice(), verbosity: lib.VerbosityLevel.ERRORS }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(m: string): Uint8Array }; context: unknown } } }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as CanvasRenderingContext2D, viewport, background: 'white' }).promise;
    const base = page.getViewport({ scale: 1 });
    return { png: canvas.toBuffer('image/png'), width: base.width, height: base.height };
  } finally {
    await doc.destroy();
  }
}

/** A "scan" of the directive: its page as a picture, no text layer. */
async function makeScannedDirective(): Promise<Uint8Array> {
  const textPdf = await makeDirectivePdf(layoutDirective(DIRECTIVE));
  const { png, width, height } = await renderPng(textPdf, 2);
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  return doc.save();
}

/** Lower case, no diacritics, đ → d, single spaces: OCR noise in accents does not fail the test. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/\s+/g, ' ');

afterEach(() => vi.restoreAllMocks());

describe('ocrPdf', () => {
  it('reads a scanned directive on the device, with the Vietnamese model from local files', async () => {
    const scan = await makeScannedDirective();
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

  it('says plainly when the PDF cannot be opened or OCR fails', async () => {
    const createWorker: CreateOcrWorker = async () => ({ recognize: () => Promise.reject(new Error('boom')), terminate: async () => undefined });
    const broken = await ocrPdf(new TextEncoder().encode('%PDF-1.7\nxxxx'), { loadPdfjs: loadPdfjsForNode, createWorker, langPath: '/nowhere' });
    expect(broken).toMatchObject({ ok: false, reason: 'corrupt' });
    const failed = await ocrPdf(await makeImageOnlyPdf(1), { loadPdfjs: loadPdfjsForNode, createWorker, langPath: '/nowhere' });
    expect(failed).toMatchObject({ ok: false, reason: 'ocr-failed' });
    expect(!failed.ok && failed.message).toMatch(/OCR/u);
  });
});
