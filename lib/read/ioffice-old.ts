import type { InboxDoc } from '../capture';
import { absoluteUrl, clip, inboxCapture } from './inbox-fields';
import type { PageReader } from './types';

// The older, server-rendered VNPT-iOffice (`…/qlvbdh/…`). Its pages show metadata only; the
// directive is in the attachments, which the page asks its server for by document id.

const ROWS = '#dt_basic tr[id^="vb_"]';
const DETAIL_ID = 'input[name="flyid"]';

/** The app's root (`https://host/…/qlvbdh/`): tenants may sit under a longer path. */
function appRoot(url: URL): string {
  return url.origin + url.pathname.slice(0, url.pathname.indexOf('/qlvbdh/') + 8);
}

/** A value of the detail page's metadata table, by its heading. */
function metadata(doc: Document, heading: string): string {
  for (const th of Array.from(doc.querySelectorAll('th'))) if (clip(th.textContent, 40) === heading) return clip(th.nextElementSibling?.textContent, 1000);
  return '';
}

/**
 * A list page (`#dt_basic`, a row per document with its id and metadata as attributes) or a
 * document page (the id in a hidden `flyid` field): the documents, each with the URL of its
 * attachment list (`vanbanden/dsfiledinhkem?flyid=…`), asked later with the user's session.
 * A document page that shows the directive's text itself is left to the generic reader.
 */
export const iofficeOldReader: PageReader = {
  name: 'ioffice-old',
  applies: (doc, url) => url.pathname.includes('/qlvbdh/') && !!doc.querySelector(`${ROWS}, ${DETAIL_ID}`),
  read(doc, url) {
    const filesUrl = (id: string) => `${appRoot(url)}vanbanden/dsfiledinhkem?flyid=${encodeURIComponent(id)}`;
    const docs: InboxDoc[] = [];
    const id = clip(doc.querySelector(DETAIL_ID)?.getAttribute('value'), 100);
    if (id) {
      if (clip(doc.querySelector('#noidung')?.textContent, 1)) return null;
      docs.push({ id, number: metadata(doc, 'Số/Ký hiệu'), subject: metadata(doc, 'Trích yếu'), page: url.href, filesUrl: filesUrl(id) });
    } else {
      for (const row of Array.from(doc.querySelectorAll(ROWS))) {
        const rowId = clip(row.getAttribute('flyid') || row.id.slice(3), 100);
        if (!rowId) continue;
        const page = absoluteUrl(row.querySelector('a[href]')?.getAttribute('href'), url);
        docs.push({ id: rowId, number: clip(row.getAttribute('so_ky_hieu'), 200), subject: clip(row.getAttribute('trich_yeu'), 1000), ...(page ? { page } : {}), filesUrl: filesUrl(rowId) });
      }
    }
    return inboxCapture(doc, url, 'ioffice-old', docs);
  },
};
