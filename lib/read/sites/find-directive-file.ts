import type { InboxDoc } from '../../capture';
import { chooseDirectiveFile, type InboxFile } from './choose-directive';
import { listIofficeNewFiles } from './ioffice-new-files';
import { listIofficeOldFiles } from './ioffice-old-files';
import type { FileListing } from './types';

/**
 * How each site lists a document's files when its page does not link them: one adapter per site
 * (the name a page reader gives in `PageCapture.inbox.site`). A new site is a new entry.
 */
export const FILE_LISTINGS: Readonly<Record<string, FileListing>> = {
  'ioffice-old': listIofficeOldFiles,
  'ioffice-new': listIofficeNewFiles,
};

/** The file holding a document's directive, or a Vietnamese message saying why there is none. */
export type DirectiveFile = { ok: true; file: InboxFile } | { ok: false; message: string };

function label(doc: InboxDoc): string {
  return doc.number || doc.subject.slice(0, 80) || doc.id;
}

/**
 * Finds an inbox document's directive: its files (the links its page showed, else the site's
 * attachment list, asked with the user's session), then the directive among them — never the
 * phiếu trình (see `chooseDirectiveFile`). Never throws.
 */
export async function findDirectiveFile(site: string, doc: InboxDoc, fetchImpl: typeof fetch = fetch): Promise<DirectiveFile> {
  let files: InboxFile[] = [];
  const listing = FILE_LISTINGS[site];
  if (doc.files?.length) files = doc.files.map((f) => ({ url: f.url, name: f.label, slip: f.slip === true }));
  else if (doc.filesUrl && listing) {
    const listed = await listing(doc.filesUrl, doc.number, fetchImpl);
    if (!listed.ok) return listed;
    files = listed.files;
  }
  if (!files.length) return { ok: false, message: `Văn bản ${label(doc)} không có tệp đính kèm nào. Hãy mở văn bản trên trang; nếu có nội dung, sao chép rồi dán vào ô dưới đây.` };
  const file = chooseDirectiveFile(files);
  return file
    ? { ok: true, file }
    : { ok: false, message: `Văn bản ${label(doc)} chỉ có phiếu trình, không có tệp văn bản chính để đọc. Hãy mở văn bản trên trang để kiểm tra.` };
}
