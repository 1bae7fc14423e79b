import { fixLegacyEncoding, legacyNote } from './legacy-encoding';
import { fail } from './messages';
import { openPdf } from './pdf-open';
import type { FileFailureReason, LoadPdfjs, PageRange } from './types';

/**
 * On-device OCR of a scanned PDF: each page is rendered with pdf.js and read by tesseract.js with
 * the Vietnamese model from local files only (no download at run time, nothing uploaded). This
 * module names no Node or browser API: `ocr-node.ts` gives the Node defaults; the extension passes
 * `runtime.getURL` paths to the files it ships.
 */

/** OEM.LSTM_ONLY: the `4.0.0_best_int` model of @tesseract.js-data/vie is LSTM only. */
export const OCR_OEM_LSTM_ONLY = 1;
export const OCR_LANG = 'vie';
export const DEFAULT_OCR_MAX_PAGES = 10;
/** pdf.js scale 1 is 72 dpi: scale 3 is 216 dpi, enough for tesseract on A4 body text. */
export const DEFAULT_OCR_SCALE = 3;

/** What tesseract.js's `createWorker` is given: local files, gzipped data, no cache. */
export interface OcrWorkerOptions {
  langPath: string;
  corePath?: string;
  workerPath?: string;
  gzip: true;
  /** No IndexedDB/disk cache: the data is already local, and 'none' never writes anywhere. */
  cacheMethod: 'none';
  workerBlobURL: false;
  logger?: (message: { status: string; progress: number }) => void;
}

/** The part of a tesseract.js worker used here. */
export interface OcrWorker {
  recognize(image: unknown): Promise<{ data: { text: string } }>;
  terminate(): Promise<unknown>;
}

/** tesseract.js's `createWorker`, or a stand-in. */
export type CreateOcrWorker = (langs: string, oem: number, options: OcrWorkerOptions) => Promise<OcrWorker>;

export interface OcrProgress {
  /** 1-based page being read. */
  page: number;
  pages: number;
  /** Overall progress, 0..1. */
  progress: number;
  status: string;
}

export interface OcrOptions {
  loadPdfjs: LoadPdfjs;
  createWorker: CreateOcrWorker;
  /** Folder (path or extension URL) holding `vie.traineddata.gz`. */
  langPath: string;
  /** tesseract.js-core folder or file (browser); Node loads the core from node_modules itself. */
  corePath?: string;
  /** tesseract.js worker script. */
  workerPath?: string;
  /** Most pages read; a longer PDF is refused with a message (default 10). */
  maxPages?: number;
  /** pdf.js render scale (default 3). */
  scale?: number;
  /** Turns a rendered canvas into what the worker reads (default: PNG bytes in Node, the canvas in a browser). */
  toImage?: (canvas: unknown) => unknown | Promise<unknown>;
  onProgress?: (progress: OcrProgress) => void;
  /** Stops the OCR (the worker is terminated at once); the result is then `cancelled`. */
  signal?: AbortSignal;
}

export type OcrResult =
  | { ok: true; text: string; pages: PageRange[]; note?: string }
  | { ok: false; reason: FileFailureReason | 'ocr-failed' | 'cancelled'; message: string };

export const ocrFailures = {
  tooManyPages: (pages: number, max: number) =>
    fail('too-many-pages', `Tệp scan có ${pages} trang: chỉ nhận dạng chữ (OCR) được tối đa ${max} trang trên máy. Hãy tách riêng vài trang đầu của văn bản chính rồi thử lại.`),
  corrupt: () => fail('corrupt', 'Tệp PDF bị hỏng hoặc tải về chưa trọn vẹn nên không nhận dạng chữ được. Hãy tải lại tệp rồi thử lại.'),
  encrypted: () => fail('encrypted', 'Tệp PDF được bảo vệ bằng mật khẩu nên không nhận dạng chữ được. Hãy lưu ra PDF không mật khẩu rồi thử lại.'),
  empty: () => fail('empty', 'Đã nhận dạng chữ (OCR) nhưng không tìm thấy chữ nào trên các trang. Hãy kiểm tra bản scan (rõ nét, đúng chiều) hoặc dùng tệp gốc có chữ.'),
  failed: () => ({
    ok: false as const,
    reason: 'ocr-failed' as const,
    message: 'Không chạy được nhận dạng chữ (OCR) trên máy. Hãy thử lại, hoặc dùng tệp PDF/DOCX gốc có chữ.',
  }),
  cancelled: () => ({ ok: false as const, reason: 'cancelled' as const, message: 'Đã dừng nhận dạng chữ (OCR); chưa lưu gì.' }),
};

/** `work`, or a rejection as soon as `signal` aborts: tesseract's `terminate` leaves a running job pending forever. */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}


interface CanvasAndContext {
  canvas: unknown;
  context: unknown;
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/** PNG bytes from a @napi-rs/canvas canvas (Node), else the canvas itself (tesseract reads DOM/Offscreen canvases). */
export function defaultToImage(canvas: unknown): unknown {
  const node = canvas as { toBuffer?: (mime: string) => Uint8Array };
  return typeof node.toBuffer === 'function' ? node.toBuffer('image/png') : canvas;
}

/** OCR text tidied: NFC, no form feeds, trailing spaces or runs of blank lines. */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\f/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Reads a scanned PDF by OCR, page by page, at most `maxPages` pages. The text is NFC, legacy
 * encodings converted (as the other readers), with page ranges. Failures carry a Vietnamese message.
 */
export async function ocrPdf(bytes: Uint8Array, options: OcrOptions): Promise<OcrResult> {
  const maxPages = options.maxPages ?? DEFAULT_OCR_MAX_PAGES;
  const scale = options.scale ?? DEFAULT_OCR_SCALE;
  const toImage = options.toImage ?? defaultToImage;
  const { signal } = options;
  if (signal?.aborted) return ocrFailures.cancelled();
  const opened = await openPdf(options.loadPdfjs, bytes);
  if (!opened.ok) return opened.encrypted ? ocrFailures.encrypted() : ocrFailures.corrupt();
  const doc = opened.doc;
  let worker: OcrWorker | null = null;
  try {
    const pages = doc.numPages;
    if (pages === 0) return ocrFailures.corrupt();
    if (pages > maxPages) return ocrFailures.tooManyPages(pages, maxPages);
    let page = 0;
    const report = (status: string, within: number) =>
      options.onProgress?.({ page: Math.max(page, 1), pages, status, progress: Math.min(1, (Math.max(page - 1, 0) + within) / pages) });
    report('loading', 0);
    const starting = options.createWorker(OCR_LANG, OCR_OEM_LSTM_ONLY, {
      langPath: options.langPath,
      ...(options.corePath ? { corePath: options.corePath } : {}),
      ...(options.workerPath ? { workerPath: options.workerPath } : {}),
      gzip: true,
      cacheMethod: 'none',
      workerBlobURL: false,
      logger: (m) => {
        if (m.status === 'recognizing text') report('recognizing', m.progress);
      },
    });
    // A worker that finishes starting after a cancel is still stopped.
    starting.then((w) => signal?.aborted && void w.terminate().catch(() => undefined), () => undefined);
    worker = await unlessAborted(starting, signal);
    const running = worker;
    signal?.addEventListener('abort', () => void running.terminate().catch(() => undefined), { once: true });
    const texts: string[] = [];
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    for (page = 1; page <= pages; page++) {
      if (signal?.aborted) return ocrFailures.cancelled();
      report('rendering', 0);
      const pdfPage = await doc.getPage(page);
      const viewport = pdfPage.getViewport({ scale });
      const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      try {
        const render = pdfPage.render({
          canvas: target.canvas as HTMLCanvasElement,
          canvasContext: target.context as CanvasRenderingContext2D,
          viewport,
          background: 'white',
        } as Parameters<typeof pdfPage.render>[0]);
        await render.promise;
        const image = await toImage(target.canvas);
        const { data } = await unlessAborted(worker.recognize(image), signal);
        texts.push(tidy(data.text));
      } finally {
        factory.destroy(target);
        pdfPage.cleanup();
      }
    }
    report('done', 1);
    const { text: converted, encoding } = fixLegacyEncoding(texts.join('\n\f\n'));
    const parts = converted.normalize('NFC').split('\n\f\n');
    let text = '';
    const ranges: PageRange[] = [];
    parts.forEach((part, i) => {
      if (text) text += '\n\n';
      ranges.push({ page: i + 1, start: text.length, end: text.length + part.length });
      text += part;
    });
    if (!text.replace(/\s+/g, '')) return ocrFailures.empty();
    return { ok: true, text, pages: ranges, ...(encoding ? { note: legacyNote(encoding) } : {}) };
  } catch {
    return signal?.aborted ? ocrFailures.cancelled() : ocrFailures.failed();
  } finally {
    await worker?.terminate().catch(() => undefined);
    await doc.destroy().catch(() => undefined);
  }
}
