import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadPdfjsForNode } from './pdfjs-node';
import { ocrPdf, type CreateOcrWorker, type OcrOptions, type OcrResult } from './ocr';

const require = createRequire(import.meta.url);

/**
 * Local files for tesseract.js in Node (CLI, tests): the Vietnamese model from
 * @tesseract.js-data/vie (`4.0.0_best_int`, LSTM, gzipped), the core and worker from node_modules.
 * Node's tesseract worker loads its core with `require`, so `corePath` is informative here.
 */
export function nodeOcrPaths(): { langPath: string; corePath: string; workerPath: string } {
  const vie = dirname(require.resolve('@tesseract.js-data/vie/package.json'));
  const tesseract = dirname(require.resolve('tesseract.js/package.json'));
  return {
    langPath: join(vie, '4.0.0_best_int'),
    corePath: dirname(require.resolve('tesseract.js-core/package.json')),
    workerPath: join(tesseract, 'src', 'worker-script', 'node', 'index.js'),
  };
}

const createNodeWorker: CreateOcrWorker = async (langs, oem, options) => {
  const { createWorker } = await import('tesseract.js');
  return createWorker(langs, oem, options);
};

/** OCR of a scanned PDF in Node, with pdf.js (rendering through @napi-rs/canvas) and local tesseract files. */
export function ocrPdfNode(bytes: Uint8Array, options: Partial<OcrOptions> = {}): Promise<OcrResult> {
  return ocrPdf(bytes, {
    loadPdfjs: loadPdfjsForNode,
    createWorker: createNodeWorker,
    ...nodeOcrPaths(),
    ...options,
  });
}
