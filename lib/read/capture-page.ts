import { CaptureResultSchema, type CaptureResult } from '../capture';
import { readPage, READERS } from './index';
import type { PageReader } from './types';

/**
 * What the capture script reports for a page: its capture, or why there is none. Never throws:
 * a reader that crashes on a strange page becomes a `failed` result the side panel can explain.
 */
export function capturePage(doc: Document, url: URL, readers: readonly PageReader[] = READERS): CaptureResult {
  let result: CaptureResult;
  try {
    const capture = readPage(doc, url, readers);
    result = capture
      ? { ok: true, capture }
      : { ok: false, reason: 'no-text', detail: 'Trang này không có chữ để đọc.' };
  } catch (error) {
    result = { ok: false, reason: 'failed', detail: String(error instanceof Error ? error.message : error).slice(0, 500) };
  }
  const checked = CaptureResultSchema.safeParse(result);
  return checked.success ? checked.data : { ok: false, reason: 'failed', detail: 'Kết quả đọc trang không hợp lệ.' };
}
