import { isAttachmentUrl } from './attachments';
import { absoluteUrl, clip, inboxCapture } from './inbox-fields';
import type { PageReader } from './types';

// The newer VNPT-iOffice single-page app (`/main/van-ban-den/…`): it draws the document from its
// API and links the attachments to its file host. Read once the app has drawn the document.

const DETAIL = '.vb-detail[data-id]';

/**
 * A document's page in the newer app: its number, subject and the attachment links the app drew
 * (to the file host), a phiếu trình marked by the app's tag.
 */
export const iofficeNewReader: PageReader = {
  name: 'ioffice-new',
  applies: (doc, url) => url.pathname.startsWith('/main/van-ban-den/') && !!doc.querySelector(DETAIL),
  read(doc, url) {
    const root = doc.querySelector(DETAIL)!;
    const files = [];
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      const href = absoluteUrl(a.getAttribute('href'), url);
      if (!href || !isAttachmentUrl(new URL(href)) || files.length >= 50) continue;
      files.push({ url: href, label: clip(a.textContent, 200) || href.split('/').pop()!.slice(0, 200), slip: !!a.parentElement?.querySelector('.tag-phieu-trinh') });
    }
    if (!files.length) return null;
    const text = (selector: string, max: number) => clip(root.querySelector(selector)?.textContent, max);
    return inboxCapture(doc, url, 'ioffice-new', [
      { id: clip(root.getAttribute('data-id'), 100), number: text('.so-ky-hieu', 200), subject: text('.trich-yeu', 1000), page: url.href, files },
    ]);
  },
};
