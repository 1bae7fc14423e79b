import { capText, makeCapture } from './capture-fields';
import type { PageReader } from './types';

/**
 * Fewer selected letters than this are taken for a stray click or a word being looked up, not a
 * passage to read: the page is read instead.
 */
export const MIN_SELECTION_CHARS = 20;

/** The selected text with Windows line ends and no-break spaces made plain, trimmed. */
export function selectedText(doc: Document): string {
  // linkedom has no Selection; a browser and happy-dom do.
  const selection = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  const text = selection && !selection.isCollapsed ? selection.toString() : '';
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').trim();
}

/** The user's selection, when there is one worth reading: what they chose is what they want read. */
export const selectionReader: PageReader = {
  name: 'selection',
  applies: (doc) => selectedText(doc).replace(/\s+/g, '').length >= MIN_SELECTION_CHARS,
  read(doc, url, maxChars) {
    const text = selectedText(doc);
    if (!text) return null;
    const capped = capText(text, maxChars);
    return makeCapture(doc, url, { ...capped, selection: true, reader: 'selection' });
  },
};
