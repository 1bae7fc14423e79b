import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfjsRuntime } from './types';

/**
 * Loads pdf.js for Node (CLI, tests): the legacy build, which needs no DOMMatrix, with its worker
 * module imported into this thread (pdf.js then runs its "fake worker" here, no Worker needed).
 * CMaps and standard font data are read from the package on disk. The extension passes its own
 * loader that points `GlobalWorkerOptions.workerSrc` at the bundled worker instead.
 */
export async function loadPdfjsForNode(): Promise<PdfjsRuntime> {
  const globals = globalThis as { pdfjsWorker?: unknown };
  if (!globals.pdfjsWorker) globals.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    lib,
    params: {
      cMapUrl: join(root, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(root, 'standard_fonts') + '/',
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
    },
  };
}
