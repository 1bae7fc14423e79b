import { MAX_CAPTURE_URL } from '../capture-limits';
import type { InboxDoc, PageCapture } from '../capture';
import { makeCapture } from './capture-fields';

/** Most documents one capture names (a list page's rows). */
export const MAX_INBOX_DOCS = 200;

/** An attribute or a node's text, spaces collapsed, cut to `max`. */
export function clip(text: string | null | undefined, max: number): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** `href` resolved against the page; undefined when it is not an http(s) URL or too long. */
export function absoluteUrl(href: string | null | undefined, page: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, page);
    return /^https?:$/.test(url.protocol) && url.href.length <= MAX_CAPTURE_URL ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A site reader's capture: no text of its own (the directive is in the documents' files), the
 * documents the page names, and the site whose adapter finds their files.
 */
export function inboxCapture(doc: Document, url: URL, site: string, docs: InboxDoc[]): PageCapture | null {
  if (!docs.length) return null;
  return { ...makeCapture(doc, url, { text: '', selection: false, truncated: false, reader: site }), inbox: { site, docs: docs.slice(0, MAX_INBOX_DOCS) } };
}
