import type { InboxDoc } from '../capture';
import { isAttachmentUrl } from './attachments';
import { absoluteUrl, clip, inboxCapture } from './inbox-fields';
import type { PageReader } from './types';

// The newer VNPT-iOffice single-page app (`/main/van-ban-den/…`): it draws the documents from its
// API and links the attachments to its file host. Read once the app has drawn them.

const DETAIL = '.vb-detail[data-id]';
const ROWS = 'table.vb-list tr[data-id]';

/**
 * Where the app asked its API for the list (`…/van-ban-den?…`, a request the page itself made,
 * found in its resource timing): a document is `<that>/<id>` there. Undefined when not seen.
 */
function apiBase(doc: Document, page: URL): string | undefined {
  const entries = doc.defaultView?.performance?.getEntriesByType?.('resource') ?? [];
  for (const entry of entries) {
    const url = absoluteUrl(entry.name, page);
    if (url && /\/van-ban-den\/?(?:\?|$)/.test(url)) return url.replace(/\/?\?.*$/, '');
  }
  return undefined;
}

/**
 * A document's page in the newer app: its number, subject and the attachment links the app drew
 * (to the file host), a phiếu trình marked by the app's tag. The waiting list: a document per row,
 * each asked later from the API the page itself used.
 */
export const iofficeNewReader: PageReader = {
  name: 'ioffice-new',
  applies: (doc, url) => url.pathname.startsWith('/main/van-ban-den/') && !!doc.querySelector(`${DETAIL}, ${ROWS}`),
  read(doc, url) {
    const root = doc.querySelector(DETAIL);
    const docs: InboxDoc[] = [];
    if (!root) {
      const api = apiBase(doc, url);
      for (const row of Array.from(doc.querySelectorAll(ROWS))) {
        const id = clip(row.getAttribute('data-id'), 100);
        const link = row.querySelector('a[href]');
        const page = absoluteUrl(link?.getAttribute('href'), url);
        docs.push({ id, number: clip(link?.textContent, 200), subject: clip(row.children[1]?.textContent, 1000), ...(page ? { page } : {}), ...(api ? { filesUrl: `${api}/${encodeURIComponent(id)}` } : {}) });
      }
      return inboxCapture(doc, url, 'ioffice-new', docs);
    }
    const files = [];
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      const href = absoluteUrl(a.getAttribute('href'), url);
      if (!href || !isAttachmentUrl(new URL(href)) || files.length >= 50) continue;
      files.push({ url: href, label: clip(a.textContent, 200) || href.split('/').pop()!.slice(0, 200), slip: !!a.parentElement?.querySelector('.tag-phieu-trinh') });
    }
    if (!files.length) return null;
    const text = (selector: string, max: number) => clip(root.querySelector(selector)?.textContent, max);
    docs.push({ id: clip(root.getAttribute('data-id'), 100), number: text('.so-ky-hieu', 200), subject: text('.trich-yeu', 1000), page: url.href, files });
    return inboxCapture(doc, url, 'ioffice-new', docs);
  },
};
