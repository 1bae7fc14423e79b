import { readLimitedBody } from '../files/fetch-attachment';
import type { InboxFile } from './choose-directive';
import type { FileListResult } from './types';

/** Largest attachment list read (a few hundred bytes per file). */
const MAX_LIST_BYTES = 1024 * 1024;

/** Said when the site answers a document's attachment list with a refusal or its login page. */
export function listSessionExpiredMessage(number: string): string {
  return `Không lấy được danh sách tệp đính kèm${number ? ` của văn bản ${number}` : ''}: phiên đăng nhập của trang đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại trên trang rồi thử lại.`;
}

/**
 * Asks a site for a document's attachment list (JSON) with the user's session — the browser sends
 * the site's cookies, the extension holding host access — and turns the answer into files with
 * `parse` (null: not an answer it knows). Never throws; every failure is a Vietnamese message.
 */
export async function fetchFileList(
  url: string,
  number: string,
  parse: (json: unknown, url: string) => InboxFile[] | null,
  fetchImpl: typeof fetch = fetch,
): Promise<FileListResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'include', headers: { accept: 'application/json' } });
  } catch (error) {
    return { ok: false, message: `Không lấy được danh sách tệp đính kèm: ${String((error as Error)?.message ?? error).slice(0, 200)}.` };
  }
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (response.status === 401 || response.status === 403 || (response.ok && type.includes('html'))) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, message: listSessionExpiredMessage(number) };
  }
  if (!response.ok) return { ok: false, message: `Không lấy được danh sách tệp đính kèm (máy chủ trả lời ${response.status}). Hãy tải lại trang rồi thử lại.` };
  const bytes = await readLimitedBody(response, MAX_LIST_BYTES).catch(() => null);
  let files: InboxFile[] | null = null;
  try {
    files = bytes && parse(JSON.parse(new TextDecoder().decode(bytes)), url);
  } catch {
    files = null;
  }
  return files ? { ok: true, files } : { ok: false, message: 'Trang trả về danh sách tệp đính kèm không đọc được. Hãy mở văn bản trên trang, tải tệp về rồi dán nội dung vào ô dưới đây.' };
}
