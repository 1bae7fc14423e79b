import type { PageCapture } from '../capture';

/**
 * Reads one kind of page. Readers are tried in the order of `READERS`; the first that applies and
 * reads something wins. The document is a parameter, so tests pass a parsed one.
 */
export interface PageReader {
  /** Short name carried in `PageCapture.reader` ("selection", "generic", …). */
  name: string;
  /** Cheap check: is this page (or the state it is in) one this reader knows? */
  applies(doc: Document, url: URL): boolean;
  /** Reads the page; null when it finds nothing to read after all, so the next reader is tried. */
  read(doc: Document, url: URL, maxChars: number): PageCapture | null;
}
