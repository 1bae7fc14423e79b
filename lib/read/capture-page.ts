import type { CaptureResult } from '../capture';
import { readPage, READERS } from './index';
import type { PageReader } from './types';

/**
 * What the capture script reports for a page: its capture, or why there is none. Never throws:
 * a reader that crashes on a strange page becomes a `failed` result the side panel can explain.
 * Not validated here (the injected script carries no schema library): the background checks every
 * `pageCaptured` payload and turns an invalid one into a `failed` result.
 */
export function capturePage(doc: Document, url: URL, readers: readonly PageReader[] = READERS): CaptureResult {
  try {
    const capture = readPage(doc, url, readers);
    return capture ? { ok: true, capture } : { ok: false, reason: 'no-text', detail: 'Trang này không có chữ để đọc.' };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: String(error instanceof Error ? error.message : error).slice(0, 500) };
  }
}
