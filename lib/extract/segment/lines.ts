import { blanksEnd } from '../normalize';

/** A line of the normalised text with its offsets (`end` excludes the newline). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines, keeping offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const PAGE_BREAK = /^-{2,}\s*PAGE BREAK\s*-{2,}$/i;
// A page number, possibly with OCR debris: "2", "2 :", "3", "- 2 -".
const PAGE_NUMBER = /^[-–|.:;,\s]{0,3}\d{1,3}[-–|.:;,\s]{0,3}$/;

// What a page break or a page number may open with, past blanks (see PAGE_NUMBER).
const NOISE_OPENING = /[-–|.:;,\d]/;

/** True for lines that carry no content: blank, page-break markers, bare page numbers. */
export function isNoiseLine(line: string): boolean {
  // Most lines open with a word: neither a page break nor a page number opens with a letter.
  const at = blanksEnd(line, 0, line.length);
  if (at < line.length && !NOISE_OPENING.test(line[at]!)) return false;
  const t = line.trim();
  if (t === '') return true;
  if (PAGE_BREAK.test(t)) return true;
  if (PAGE_NUMBER.test(t)) return true;
  return false;
}
