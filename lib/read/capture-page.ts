import type { CaptureResult } from '../capture';
import { collectAttachments } from './attachments';
import { makeCapture } from './capture-fields';
import { readPage, READERS } from './index';
import type { PageReader } from './types';

/**
 * What the capture script reports for a page: its capture, or why there is none. Never throws:
 * a reader that crashes on a strange page becomes a `failed` result the side panel can explain.
 * Not validated here (the injected script carries no schema library): the background checks every
 * `pageCaptured` payload and turns an invalid one into a `failed` result.
 * The page's links to .pdf/.docx/.doc/.zip files come along as `attachments`; a page with none of
 * its own text but with attachments (a PDF open in the viewer) is a capture with empty text.
 */
export function capturePage(doc: Document, url: URL, readers: readonly PageReader[] = READERS): CaptureResult {
  try {
    let attachments: ReturnType<typeof collectAttachments> = [];
    try {
      attachments = collectAttachments(doc, url);
    } catch {
      // links are a bonus: never lose the page text over them
    }
    const capture = readPage(doc, url, readers);
    if (capture) return { ok: true, capture: attachments.length ? { ...capture, attachments } : capture };
    if (attachments.length) return { ok: true, capture: { ...makeCapture(doc, url, { text: '', selection: false, truncated: false, reader: 'attachments' }), attachments } };
    return { ok: false, reason: 'no-text', detail: 'Trang này không có chữ để đọc.' };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: String(error instanceof Error ? error.message : error).slice(0, 500) };
  }
}
