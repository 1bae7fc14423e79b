import * as z from 'zod/mini';
import type { InboxFile } from './choose-directive';
import { fetchFileList } from './fetch-json';
import type { FileListing } from './types';

export { listSessionExpiredMessage } from './fetch-json';

/** The older iOffice's attachment list (`vanbanden/dsfiledinhkem?flyid=…`): one entry per file. */
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

/** Asks the older iOffice for a document's attachment list and turns it into download links. */
export const listIofficeOldFiles: FileListing = (listUrl, number, fetchImpl) => fetchFileList(listUrl, number, parseFileList, fetchImpl);
