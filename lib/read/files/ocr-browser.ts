import { browser } from 'wxt/browser';
import { loadPdfjsForBrowser } from './pdfjs-browser';
import { ocrPdf, type CreateOcrWorker, type OcrProgress, type OcrResult } from './ocr';

/** Where the build puts tesseract.js's worker, core and the Vietnamese model (see `wxt.config.ts`). */
export const OCR_ASSET_DIR = '/tesseract';
export const OCR_WORKER_PATH = `${OCR_ASSET_DIR}/worker.min.js`;
/** A file, not the folder: tesseract.js would otherwise pick among core builds the extension does not ship. */
export const OCR_CORE_PATH = `${OCR_ASSET_DIR}/tesseract-core-simd-lstm.js`;
/** Most pages read by OCR in the side panel: at a few seconds a page, a longer scan is not worth the wait. */
export const BROWSER_OCR_MAX_PAGES = 30;

const url = (path: string) => browser.runtime.getURL(path as '/');

const createBrowserWorker: CreateOcrWorker = async (langs, oem, options) => {
  // tesseract.js is a chunk of its own, loaded on the first OCR only.
  const { createWorker } = await import('tesseract.js');
  return createWorker(langs, oem, options);
};

/** The extension URLs tesseract.js is given: all inside the package, nothing from a CDN. */
export function browserOcrPaths(): { langPath: string; corePath: string; workerPath: string } {
  return { langPath: url(OCR_ASSET_DIR), corePath: url(OCR_CORE_PATH), workerPath: url(OCR_WORKER_PATH) };
}

/**
 * OCR of a scanned PDF in an extension page (the side panel): pages rendered by the bundled pdf.js,
 * recognised by tesseract.js in a worker from the extension's own files. Nothing is downloaded or
 * uploaded, and no cache is written.
 */
export function ocrPdfInBrowser(
  bytes: Uint8Array,
  options: { onProgress?: (progress: OcrProgress) => void; signal?: AbortSignal; maxPages?: number } = {},
): Promise<OcrResult> {
  return ocrPdf(bytes, {
    loadPdfjs: loadPdfjsForBrowser,
    createWorker: createBrowserWorker,
    ...browserOcrPaths(),
    maxPages: BROWSER_OCR_MAX_PAGES,
    ...options,
  });
}
