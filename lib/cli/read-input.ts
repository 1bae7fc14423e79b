import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../read/html-text';
import { fixLegacyEncoding } from '../read/files/legacy-encoding';
import { failures } from '../read/files/messages';
import { readFileWithoutParsers } from '../read/files/read-file';
import { decodeTextBytes } from '../read/files/text';
import { DEFAULT_LIMITS, type FileReadResult } from '../read/files/types';
import { stripBom } from './read-text-file';

/** File types the command line reads, by extension. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx', '.xlsx', '.zip'] as const;

/** Binary files read by `readDirectiveFile` (including the ones it refuses with a useful message). */
const FILE_READER_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.zip', '.doc', '.rar', '.7z', '.rtf'];

/** A file that cannot be read as a document; `message` is for the user (Vietnamese). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A document read for extraction, with what the reader wants the user to know. */
export interface DocumentInput {
  /** The text every span of the output refers to. */
  text: string;
  /** Vietnamese notes: a legacy encoding converted, the file chosen inside a ZIP. */
  notes: string[];
}

/** Parses an HTML string with linkedom and returns its visible text, one block per line. */
export function htmlStringToText(html: string): string {
  // linkedom makes a bare fragment ("<p>…</p>", plain text) its document element and leaves
  // `body` empty or missing, so a file without <html> is wrapped the way a browser would read it.
  const page = /<html[\s>]/i.test(html) ? html : /<(?:body|head)[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // linkedom implements the DOM the reader walks; its own typings are a separate declaration.
  return htmlToText(document as unknown as Document);
}

/** Checks the path and returns its lower-case extension; throws `InputError` in Vietnamese. */
function checkFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`Đây là thư mục, không phải tệp: ${path}`);
    size = stat.size;
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describeReadError(path, error));
  }
  const ext = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext) && !FILE_READER_EXTENSIONS.includes(ext))
    throw new InputError(`Không hỗ trợ loại tệp "${ext || '(không có phần mở rộng)'}": chỉ đọc được ${SUPPORTED_EXTENSIONS.join(', ')}.`);
  // Checked before reading: a huge file is refused without loading it.
  if (size > DEFAULT_LIMITS.maxBytes) throw new InputError(failures.tooLarge(size, DEFAULT_LIMITS.maxBytes).message);
  return ext;
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new InputError(describeReadError(path, error));
  }
}

/** Text files: UTF-8 (or a legacy 8-bit file), BOM removed, TCVN3/VNI converted; HTML as its text. */
function readTextDocument(path: string, ext: string): DocumentInput {
  const raw = stripBom(decodeTextBytes(readBytes(path)));
  if (ext === '.html' || ext === '.htm') return { text: htmlStringToText(raw), notes: [] };
  const { text, encoding } = fixLegacyEncoding(raw);
  return { text, notes: encoding ? [`Đã chuyển bảng mã ${encoding === 'tcvn3' ? 'TCVN3' : 'VNI'} sang Unicode.`] : [] };
}

function toInput(path: string, result: FileReadResult): DocumentInput {
  if (!result.ok) throw new InputError(`${basename(path)}: ${result.message}`);
  const notes = [...(result.file ? [`Đã đọc tệp "${result.file}" trong tệp nén.`] : []), ...(result.note ? [result.note] : [])];
  return { text: result.text, notes };
}

/**
 * Reads a `.txt`, `.md`, `.html`, `.pdf`, `.docx` or `.zip` document for extraction. Throws
 * `InputError` with a Vietnamese message when the file is missing, unreadable, of another type, or
 * refused by the file reader (scanned, encrypted, too large…).
 */
export async function readDocumentInput(path: string, { ocr = false }: { ocr?: boolean } = {}): Promise<DocumentInput> {
  const ext = checkFile(path);
  if (!FILE_READER_EXTENSIONS.includes(ext)) return readTextDocument(path, ext);
  const { readDirectiveFile } = await import('../read/files/read-file');
  const bytes = readBytes(path);
  const result = await readDirectiveFile(bytes, basename(path));
  // A scanned PDF is read by OCR only when asked: it takes seconds a page.
  if (!result.ok && result.reason === 'scanned' && ocr && ext === '.pdf') return readByOcr(path, bytes);
  return toInput(path, result);
}

/** OCR of a scanned PDF on this machine (tesseract.js with the Vietnamese model shipped in node_modules). */
async function readByOcr(path: string, bytes: Uint8Array): Promise<DocumentInput> {
  const { ocrPdfNode } = await import('../read/files/ocr-node');
  const result = await ocrPdfNode(bytes);
  if (!result.ok) throw new InputError(`${basename(path)}: ${result.message}`);
  return { text: result.text, notes: ['Văn bản nhận dạng từ ảnh quét (OCR) — hãy kiểm tra lại.', ...(result.note ? [result.note] : [])] };
}

/**
 * Synchronous form of `readDocumentInput` returning the text only. PDF, DOCX and ZIP are read
 * asynchronously (pdf.js, mammoth), so for them this waits on a child Node process that runs the
 * file reader; callers that can await should use `readDocumentInput`.
 */
export function readDocumentFile(path: string): string {
  const ext = checkFile(path);
  if (!FILE_READER_EXTENSIONS.includes(ext)) return readTextDocument(path, ext).text;
  // Refusals known from the magic bytes (.doc, RAR, a web page saved as .pdf…) need no child.
  const settled = readFileWithoutParsers(readBytes(path), basename(path));
  return toInput(path, settled ?? readFileInChild(path)).text;
}

const CHILD_SCRIPT = `
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const { readDirectiveFile } = await import(process.env.NHAC_VIEC_READER);
const path = process.env.NHAC_VIEC_FILE;
const result = await readDirectiveFile(new Uint8Array(readFileSync(path)), basename(path));
process.stdout.write(JSON.stringify(result));
`;

/** Runs `readDirectiveFile` in a child Node process (with tsx for the TypeScript sources). */
function readFileInChild(path: string): FileReadResult {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const reader = new URL('../read/files/read-file.ts', import.meta.url).href;
  const child = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '--eval', CHILD_SCRIPT], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NHAC_VIEC_READER: reader, NHAC_VIEC_FILE: path },
  });
  try {
    if (child.status !== 0) throw new Error(child.stderr || String(child.error ?? child.signal));
    return JSON.parse(child.stdout) as FileReadResult;
  } catch (error) {
    throw new InputError(`Không đọc được tệp ${path}: ${error instanceof Error ? error.message.trim().split('\n')[0] : String(error)}`);
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `Không tìm thấy tệp: ${path}`;
  if (code === 'EISDIR') return `Đây là thư mục, không phải tệp: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `Không có quyền đọc tệp: ${path}`;
  return `Không đọc được tệp ${path}: ${error instanceof Error ? error.message : String(error)}`;
}
