import { sniffBytes } from './sniff';
import { DEFAULT_LIMITS, type LoadPdfjs, type PageRange } from './types';

/**
 * The text of an attachment, or a Vietnamese message saying why there is none. A PDF that is a
 * scan (no text layer) comes back with its bytes in `scan`, so the user can have it read by OCR.
 */
/** An attachment's text (with each PDF page's range, so the review can say "trang 2"), or why not. */
export type AttachmentText = { ok: true; text: string; note?: string; pages?: PageRange[] } | { ok: false; message: string; scan?: Uint8Array };

/** Reads a response body, refusing one larger than `maxBytes` without holding more of it. */
export async function readLimitedBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const MB = 1024 * 1024;

/** Said when the site refuses the download for want of a valid login session. */
export function sessionExpiredMessage(name: string): string {
  return `Không tải được tệp “${name}”: phiên đăng nhập của trang đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại trên trang rồi thử lại.`;
}

/** An HTML answer for a file that is not a web page: the site's login (or "session expired") page. */
function isLoginPageAnswer(response: Response, name: string): boolean {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  return /^\s*(text\/html|application\/xhtml\+xml)/.test(type) && !/\.x?html?$/i.test(name);
}

/**
 * Downloads an attachment with the user's cookies (the extension holds the site's host permission,
 * so the browser sends the logged-in session's cookies) and reads it with the file readers (PDF with the given pdf.js loader). Never throws.
 */
export async function fetchAttachmentText(
  url: string,
  name: string,
  loadPdfjs: LoadPdfjs,
  fetchImpl: typeof fetch = fetch,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): Promise<AttachmentText> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'include' });
  } catch (error) {
    return { ok: false, message: `Không tải được tệp “${name}”: ${String((error as Error)?.message ?? error).slice(0, 200)}. Hãy tải tệp về rồi dán nội dung vào ô dưới đây.` };
  }
  // The site's own session cookies go with the request (nothing about the login is stored here);
  // a refusal or a login page in place of the file means that session is gone.
  if (response.status === 401 || response.status === 403 || (response.ok && isLoginPageAnswer(response, name))) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, message: sessionExpiredMessage(name) };
  }
  if (!response.ok) return { ok: false, message: `Không tải được tệp “${name}” (máy chủ trả lời ${response.status}). Có thể phiên đăng nhập đã hết hạn: hãy tải lại trang rồi thử lại.` };
  const bytes = await readLimitedBody(response, maxBytes).catch(() => undefined);
  if (bytes === undefined) return { ok: false, message: `Tải tệp “${name}” bị gián đoạn. Hãy thử lại.` };
  if (bytes === null) return { ok: false, message: `Tệp “${name}” lớn hơn ${Math.round(maxBytes / MB)} MB, không đọc được.` };
  const { readDirectiveFileWith } = await import('./read-core');
  const result = await readDirectiveFileWith(bytes, name, { loadPdfjs }).catch((error: unknown) => ({
    ok: false as const,
    message: `Không đọc được tệp “${name}”: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
  }));
  if (result.ok) return { ok: true, text: result.text, ...(result.note ? { note: result.note } : {}), ...(result.pages ? { pages: result.pages } : {}) };
  const scan = 'reason' in result && result.reason === 'scanned' && sniffBytes(bytes) === 'pdf';
  return { ok: false, message: result.message, ...(scan ? { scan: bytes } : {}) };
}
