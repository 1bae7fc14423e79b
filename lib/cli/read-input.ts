import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../read/html-text';
import { readTextFile } from './read-text-file';

/** File types the command line reads, by extension. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/** A file that cannot be read as a document; `message` is for the user (Vietnamese). */
export class InputError extends Error {
  override readonly name = 'InputError';
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

/**
 * Reads a `.txt`, `.md` or `.html` document for extraction. Throws `InputError` with a
 * Vietnamese message when the file is missing, unreadable or of another type.
 */
export function readDocumentFile(path: string): string {
  try {
    if (statSync(path).isDirectory()) throw new InputError(`Đây là thư mục, không phải tệp: ${path}`);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describeReadError(path, error));
  }
  const ext = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext))
    throw new InputError(`Không hỗ trợ loại tệp "${ext || '(không có phần mở rộng)'}": chỉ đọc được ${SUPPORTED_EXTENSIONS.join(', ')}.`);
  let text: string;
  try {
    text = readTextFile(path);
  } catch (error) {
    throw new InputError(describeReadError(path, error));
  }
  return ext === '.html' || ext === '.htm' ? htmlStringToText(text) : text;
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `Không tìm thấy tệp: ${path}`;
  if (code === 'EISDIR') return `Đây là thư mục, không phải tệp: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `Không có quyền đọc tệp: ${path}`;
  return `Không đọc được tệp ${path}: ${error instanceof Error ? error.message : String(error)}`;
}
