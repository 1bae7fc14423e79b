import { parseHTML } from 'linkedom';

/** Parses a whole HTML page with linkedom (fast, no layout) as the readers' `Document`. */
export function parsePage(html: string): Document {
  // linkedom's own typings are a separate declaration of the same DOM.
  return parseHTML(html).document as unknown as Document;
}

export const PAGE_URL = new URL('http://127.0.0.1:4173/qlvbdh/vanbanden/chitiet?flyid=100021');
