import { readDirectiveFileWith } from './read-core';
import type { FileReadResult, LoadPdfjs, ReadFileOptions } from './types';

// The core lives in read-core.ts, which names no pdf.js loader: the extension imports it with its
// browser loader, so the Node loader below is never bundled into the extension.
export type * from './types';
export { DEFAULT_LIMITS } from './types';
export { readDirectiveFileWith, readFileWithoutParsers } from './read-core';

const loadNodePdfjs: LoadPdfjs = async () => (await import('./pdfjs-node')).loadPdfjsForNode();

/**
 * Reads a directive from a file's bytes: PDF (text layer), DOCX, a ZIP holding one of them, or
 * plain text. The type comes from the magic bytes, not the name; `name` only words the messages.
 * Text is NFC with legacy TCVN3/VNI encodings converted. Failures carry a Vietnamese message.
 * pdf.js is the Node legacy build unless `options.loadPdfjs` is given.
 */
export function readDirectiveFile(bytes: Uint8Array, name: string, options: ReadFileOptions = {}): Promise<FileReadResult> {
  return readDirectiveFileWith(bytes, name, { ...options, loadPdfjs: options.loadPdfjs ?? loadNodePdfjs });
}
