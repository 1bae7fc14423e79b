import { MAX_CAPTURE_CHARS } from '../capture-limits';
import type { PageCapture } from '../capture';
import { genericReader } from './generic-reader';
import { iofficeNewReader } from './ioffice-new';
import { iofficeOldReader } from './ioffice-old';
import { selectionReader } from './selection-reader';
import type { PageReader } from './types';

export type { PageReader } from './types';

/**
 * Page readers, most specific first; `readPage` takes the first that applies and reads something.
 * Site readers (the iOffice inbox, attachments) go before the generic reader.
 */
export const READERS: readonly PageReader[] = [
  // What the user selected is what they want read, whatever the site.
  selectionReader,
  // E-office inboxes: their pages hold metadata, the directive is in the documents' files.
  iofficeOldReader,
  iofficeNewReader,
  // Last: the main readable block of any page.
  genericReader,
];

/** Reads a page with the first reader that applies; null when none finds any text. */
export function readPage(
  doc: Document,
  url: URL,
  readers: readonly PageReader[] = READERS,
  maxChars: number = MAX_CAPTURE_CHARS,
): PageCapture | null {
  for (const reader of readers) {
    if (!reader.applies(doc, url)) continue;
    const capture = reader.read(doc, url, maxChars);
    if (capture) return capture;
  }
  return null;
}
