import { MAX_CAPTURE_TITLE, MAX_CAPTURE_URL } from '../capture-limits';
import type { PageCapture } from '../capture';

/**
 * Cuts `text` to at most `maxChars` UTF-16 units without splitting a surrogate pair, and says
 * whether anything was cut.
 */
export function capText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let end = Math.max(0, maxChars);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), truncated: true };
}

/** Builds a `PageCapture` with the page's title and URL cut to their limits. */
export function makeCapture(
  doc: Document,
  url: URL,
  fields: { text: string; selection: boolean; truncated: boolean; reader: string },
): PageCapture {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  return {
    text: fields.text,
    selection: fields.selection,
    truncated: fields.truncated,
    url: url.href.slice(0, MAX_CAPTURE_URL),
    title: capText(title, MAX_CAPTURE_TITLE).text,
    reader: fields.reader,
  };
}
