import * as z from 'zod/mini';
import { MAX_CAPTURE_URL } from '../../capture-limits';
import type { InboxFile } from './choose-directive';
import { fetchFileList } from './fetch-json';
import type { FileListing } from './types';

/** The newer iOffice API's document (`…/van-ban-den/<id>`): its attachments, linked to the file host. */
const DocumentSchema = z.object({
  tepDinhKem: z
    .array(z.object({ ten: z.string().check(z.maxLength(500)), laPhieuTrinh: z.optional(z.boolean()), duongDan: z.string().check(z.minLength(1), z.maxLength(MAX_CAPTURE_URL)) }))
    .check(z.maxLength(200)),
});

/** The files of an API answer (links resolved against the API's URL), or null when it is not one. */
export function parseApiDocument(json: unknown, apiUrl: string): InboxFile[] | null {
  const parsed = DocumentSchema.safeParse(json);
  if (!parsed.success) return null;
  const files: InboxFile[] = [];
  for (const f of parsed.data.tepDinhKem) {
    let url: URL;
    try {
      url = new URL(f.duongDan, apiUrl);
    } catch {
      continue;
    }
    if (/^https?:$/.test(url.protocol)) files.push({ url: url.href, name: f.ten || url.pathname.split('/').pop()!, slip: f.laPhieuTrinh === true });
  }
  return files;
}

/** Asks the newer iOffice's API for a document (with the user's session) and lists its files. */
export const listIofficeNewFiles: FileListing = (apiUrl, number, fetchImpl) => fetchFileList(apiUrl, number, parseApiDocument, fetchImpl);
