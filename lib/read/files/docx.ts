import { docxHtmlToText } from './docx-html';
import { convertLegacyText, detectLegacyEncoding, legacyNote } from './legacy-encoding';
import { failures } from './messages';
import type { FileReadResult } from './types';

type MammothInput = Parameters<(typeof import('mammoth'))['convertToHtml']>[0];

/** mammoth's Node build reads `{ buffer }`, its browser build `{ arrayBuffer }`. */
function mammothInput(bytes: Uint8Array): MammothInput {
  if (typeof Buffer === 'function') return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  return { arrayBuffer: bytes.slice().buffer };
}

/**
 * Reads a DOCX's text with mammoth: one paragraph a line, each table row a line of "|"-separated
 * cells (a plan's table of duties keeps its columns), NFC, legacy encodings converted. Images are
 * left out (mammoth would inline them as data URLs).
 */
export async function readDocx(bytes: Uint8Array): Promise<FileReadResult> {
  const mammoth = (await import('mammoth')).default;
  let raw: string;
  try {
    const html = await mammoth.convertToHtml(mammothInput(bytes), { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    raw = docxHtmlToText(html.value);
  } catch {
    return failures.corrupt('Tệp DOCX');
  }
  let text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  if (!text) return failures.empty('Tệp DOCX');
  const encoding = detectLegacyEncoding(text);
  if (encoding) text = convertLegacyText(text, encoding);
  return { ok: true, kind: 'docx', text, ...(encoding ? { note: legacyNote(encoding) } : {}) };
}
