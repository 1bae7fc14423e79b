import { MAX_CAPTURE_URL } from '../capture-limits';

/** A file linked from a page (or the page itself, a PDF open in the browser's viewer). */
export interface Attachment {
  url: string;
  label: string;
}

/** Most attachment links a capture carries. */
export const MAX_ATTACHMENTS = 50;
/** Longest attachment label carried. */
export const MAX_ATTACHMENT_LABEL = 200;

const FILE_PATH = /\.(pdf|docx|doc|zip)$/i;

/** True when the URL's path names a file we may read (.pdf, .docx, .doc, .zip). */
export function isAttachmentUrl(url: URL): boolean {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  if (FILE_PATH.test(path)) return true;
  // Download handlers name the file in the query (`download?file=cv-12.pdf`).
  for (const value of url.searchParams.values()) if (FILE_PATH.test(value)) return true;
  return false;
}

/** The file name at the end of a URL's path (or its query), for a label. */
function fileName(url: URL): string {
  for (const value of url.searchParams.values()) if (FILE_PATH.test(value)) return value.split(/[\\/]/).pop()!;
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The page's links to .pdf/.docx/.doc/.zip files: absolute http(s) URLs, first occurrence kept,
 * at most `MAX_ATTACHMENTS`, each with its link text (or its file name). A page that is itself a
 * PDF (the browser's viewer) is its own single attachment.
 */
export function collectAttachments(doc: Document, pageUrl: URL): Attachment[] {
  if (/^https?:$/.test(pageUrl.protocol) && isAttachmentUrl(pageUrl)) {
    return [{ url: pageUrl.href.slice(0, MAX_CAPTURE_URL), label: fileName(pageUrl).slice(0, MAX_ATTACHMENT_LABEL) }];
  }
  const seen = new Set<string>();
  const found: Attachment[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (found.length >= MAX_ATTACHMENTS) break;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || !isAttachmentUrl(url)) continue;
    url.hash = '';
    const href = url.href;
    if (href.length > MAX_CAPTURE_URL || seen.has(href)) continue;
    seen.add(href);
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    found.push({ url: href, label: (text || fileName(url)).slice(0, MAX_ATTACHMENT_LABEL) });
  }
  return found;
}
