/** What the first bytes of a file say it is. */
export type Sniffed = 'empty' | 'pdf' | 'zip' | 'ole' | 'rar' | '7z' | 'rtf' | 'image' | 'html' | 'text' | 'binary';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RAR = ascii('Rar!\x1a\x07');
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const RTF = ascii('{\\rtf');
const IMAGES = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], ascii('II*\0'), ascii('MM\0*'), ascii('GIF8'), ascii('BM')];

/** Index of `%PDF-` in the first KiB: some producers put junk before the header. */
function findPdfHeader(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= end; i++) if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return i;
  return -1;
}

/** Looks at the magic bytes only; the file name is not trusted. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (findPdfHeader(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (startsWith(bytes, RAR)) return 'rar';
  if (startsWith(bytes, SEVEN_ZIP)) return '7z';
  if (startsWith(bytes, RTF)) return 'rtf';
  // "BM" alone is too weak for a text file that happens to start with it.
  if (IMAGES.some((m) => m.length > 2 && startsWith(bytes, m))) return 'image';
  const head = bytes.subarray(0, 4096);
  if (looksBinary(head)) return 'binary';
  const start = new TextDecoder('latin1').decode(head.subarray(0, 512)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && /<(?:head|body|meta|title)[\s>]/.test(start))) return 'html';
  return 'text';
}

/** NUL bytes outside UTF-16 text mean a binary file. */
function looksBinary(head: Uint8Array): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return controls > head.length / 20;
}
