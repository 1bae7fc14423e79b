import { readDocx } from './docx';
import { fixLegacyEncoding, legacyNote } from './legacy-encoding';
import { failures } from './messages';
import { readPdf } from './pdf';
import { sniffBytes } from './sniff';
import { decodeTextBytes } from './text';
import { DEFAULT_LIMITS, type FileReadLimits, type FileReadResult, type LoadPdfjs, type ReadFileOptions } from './types';
import { readXlsx } from './xlsx';
import { listZipEntries, readZip } from './zip';

function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/u.exec(name);
  return m ? `.${m[1]!.toLowerCase()}` : '';
}

function readText(bytes: Uint8Array): FileReadResult {
  const decoded = decodeTextBytes(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const { text, encoding } = fixLegacyEncoding(decoded);
  const normalized = text.normalize('NFC');
  if (!normalized.trim()) return failures.empty();
  return { ok: true, kind: 'text', text: normalized, ...(encoding ? { note: legacyNote(encoding) } : {}) };
}

/**
 * What the bytes settle without pdf.js or mammoth: the size limit, every refusal known by its magic
 * bytes, and plain text. Null for a PDF or a ZIP (DOCX included), which need the async readers.
 */
export function readFileWithoutParsers(bytes: Uint8Array, name: string, limits: FileReadLimits = DEFAULT_LIMITS): FileReadResult | null {
  const ext = extensionOf(name);
  if (bytes.byteLength > limits.maxBytes) return failures.tooLarge(bytes.byteLength, limits.maxBytes);
  switch (sniffBytes(bytes)) {
    case 'pdf':
    case 'zip':
      return null;
    case 'empty':
      return failures.empty();
    case 'ole':
      return failures.oldDoc();
    case 'rtf':
      return failures.rtf();
    case 'rar':
      return failures.archive('RAR');
    case '7z':
      return failures.archive('7z');
    case 'image':
      return failures.image();
    case 'html':
      return BINARY_NAMES.includes(ext) ? failures.htmlInstead(ext) : failures.webPage();
    case 'binary':
      return failures.unsupported(ext);
    case 'text':
      // A .pdf/.docx name on text bytes is a broken download, not a text file.
      return BINARY_NAMES.includes(ext) ? failures.corrupt() : readText(bytes);
  }
}

const BINARY_NAMES = ['.pdf', '.docx', '.zip', '.doc'];

/**
 * Reads a directive from a file's bytes: PDF (text layer), DOCX, an Excel workbook, a ZIP holding
 * one of them, or plain text, with the given pdf.js loader (no default: the extension bundles no Node code). The type comes from the magic bytes, not the name; `name` only words the messages.
 * Text is NFC with legacy TCVN3/VNI encodings converted. Failures carry a Vietnamese message.
 */
export async function readDirectiveFileWith(
  bytes: Uint8Array,
  name: string,
  options: ReadFileOptions & { loadPdfjs: LoadPdfjs },
): Promise<FileReadResult> {
  const limits: FileReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const settled = readFileWithoutParsers(bytes, name, limits);
  if (settled) return settled;
  if (sniffBytes(bytes) === 'pdf') return readPdf(bytes, options.loadPdfjs, limits);
  const entries = listZipEntries(bytes);
  if (!entries) return failures.corrupt('Tệp nén ZIP');
  // A DOCX is a ZIP with the Word part; other Office files are not directives we read.
  if (entries.includes('word/document.xml')) return readDocx(bytes);
  // An Excel workbook: a plan's table of duties is often kept in one (phụ lục).
  if (entries.includes('xl/workbook.xml')) return readXlsx(bytes);
  if (entries.includes('[Content_Types].xml')) return failures.unsupported(extensionOf(name));
  // A ZIP inside a ZIP is not opened (maxZipCandidates 0): one level is what iOffice makes.
  if (limits.maxZipCandidates === 0) return failures.zipNoDocument();
  const readEntry = (entry: Uint8Array, entryName: string) => readDirectiveFileWith(entry, entryName, { ...options, limits: { ...limits, maxZipCandidates: 0 } });
  return readZip(bytes, readEntry, limits);
}
