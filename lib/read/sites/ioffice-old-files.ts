import * as z from 'zod/mini';
import { readLimitedBody } from '../files/fetch-attachment';
import type { InboxFile } from './choose-directive';
import type { FileListing } from './types';

/** One entry of the older iOffice's attachment list (`vanbanden/dsfiledinhkem?flyid=…`). */
const ListSchema = z
  .array(
    z.object({
      path: z.string().check(z.minLength(1), z.maxLength(2000)),
      name: z.string().check(z.maxLength(500)),
      size: z.optional(z.number()),
      isPhieuTrinh: z.optional(z.boolean()),
    }),
  )
  .check(z.maxLength(200));

/** Largest attachment list read (a few hundred bytes per file). */
const MAX_LIST_BYTES = 1024 * 1024;

/** Said when the site answers the list with a refusal or its login page. */
export function listSessionExpiredMessage(number: string): string {
  return `Không lấy được danh sách tệp đính kèm${number ? ` của văn bản ${number}` : ''}: phiên đăng nhập của trang đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại trên trang rồi thử lại.`;
}

/** The download link of a stored file: the JSP endpoint beside the list, the path in the query. */
export function downloadUrl(listUrl: string, path: string): string {
  const url = new URL(listUrl);
  const root = url.pathname.slice(0, url.pathname.indexOf('/qlvbdh/') + 8);
  return `${url.origin}${root}DownloadServlet?path=${encodeURIComponent(path)}`;
}

/** The files of a list answer, or null when it is not one. */
export function parseFileList(json: unknown, listUrl: string): InboxFile[] | null {
  const parsed = ListSchema.safeParse(json);
  if (!parsed.success) return null;
  return parsed.data.map((entry) => ({ url: downloadUrl(listUrl, entry.path), name: entry.name || entry.path.split('/').pop()!, slip: entry.isPhieuTrinh === true }));
}

/**
 * Asks the older iOffice for a document's attachment list with the user's session (the browser
 * sends the site's cookies: the extension holds host access) and turns it into download links.
 */
export const listIofficeOldFiles: FileListing = async (listUrl, number, fetchImpl = fetch) => {
  let response: Response;
  try {
    response = await fetchImpl(listUrl, { credentials: 'include', headers: { accept: 'application/json' } });
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
    files = bytes && parseFileList(JSON.parse(new TextDecoder().decode(bytes)), listUrl);
  } catch {
    files = null;
  }
  return files ? { ok: true, files } : { ok: false, message: 'Trang trả về danh sách tệp đính kèm không đọc được. Hãy mở văn bản trên trang, tải tệp về rồi dán nội dung vào ô dưới đây.' };
};
