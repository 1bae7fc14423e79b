import { browser } from 'wxt/browser';
import type { PdfjsRuntime } from './types';

/** The pdf.js worker, copied into the extension at build time (see `wxt.config.ts`). */
export const PDF_WORKER_PATH = '/pdfjs/pdf.worker.min.mjs';

let loaded: Promise<PdfjsRuntime> | null = null;

/**
 * Loads pdf.js in an extension page (the side panel), on the first PDF only: the library is a
 * chunk of its own, and its worker runs from the extension's bundled copy (no network, no CDN).
 */
export function loadPdfjsForBrowser(): Promise<PdfjsRuntime> {
  loaded ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = browser.runtime.getURL(PDF_WORKER_PATH as '/');
    return { lib, params: { isEvalSupported: false, disableFontFace: true, useSystemFonts: false } };
  });
  return loaded;
}
