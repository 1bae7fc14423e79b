import { isAsciiDigitCode, isCapitalLetterCode, isLetterCode, isLowerCode, isUpperCode } from '../char-class';
import { blanksEnd, isBlankCode, spacesEnd } from '../normalize';

/** A sentence or list entry inside a region, with the paragraph facts the task rules need. */
export interface Sentence {
  start: number;
  end: number;
  /** Starts after a blank line or on a new line after a line ending in ".", ":" or ";". */
  paragraph: boolean;
  /** Starts with a bullet marker ("- ", "+ "). */
  bullet: boolean;
  /** Starts at "(ii)", "(iii)" … of an enumeration inside a line ("…; (ii) PVN phối hợp …"). */
  enumerated?: boolean;
  /** Where the words after "(i)" start, in the sentence that opens such an enumeration. */
  firstItemAt?: number;
}

// A line holding only a page number ("2", "3 :") at the top of a PDF page.
const PAGE_NUMBER_LINE = /^\d{1,3}[ \t:.]{0,3}\n/;

/** ".", ";" or ":", by code: a clause ends there. */
function isClausePunctCode(code: number): boolean {
  return code === 46 || code === 59 || code === 58;
}
// "v.v." and "TP.": a full stop right after a letter that follows a full stop.
const DOT_AFTER_LETTER = /\.\p{L}$/u;
/** "TP.", "TX.", "H.", "Q.", "P.", "X.", "TT." before a place's name (domain.md §5.4): no sentence end. */
export const PLACE_ABBREVIATION = /(?:^|[\s(,])(?:TP|Tp|tp|TX|Tx|tx|TT|H|Q|P|X)$/u;

/** ",", ";", "-", "–" or "(", by code: a line ending so continues on the next one. */
function continuesCode(code: number): boolean {
  return code === 44 || code === 59 || code === 45 || code === 0x2013 || code === 40;
}

// A line ending on a word that needs what follows ("…giám sát của\nHội đồng…") is not a title line;
// nor is one ending inside a name that is never cut there ("Đài Truyền hình Việt\nNam", "Hồ Chí\nMinh").
const ENDS_MID_PHRASE = /(?:^|\s)(?:của|và|với|các|cho|về|tại|theo|để|trong|những|được|là|có|thì|mà|hoặc|từ|đến|trên|dưới|vào|do|bởi|nhằm|như|một|này|đã|sẽ|cần|phải|số|Bộ|Sở|Cục|Vụ|Ban|Phòng|Việt|Chí)$/u;

/** True when the text `[start, end)` ends, past its blanks, on a word that needs what follows. */
export function endsMidPhrase(text: string, start: number, end: number): boolean {
  return ENDS_MID_PHRASE.test(lastWords(text, start, end));
}

/** The last dozen units before `end` (not before `start`), past the blanks a line may end with. */
function lastWords(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && isBlankCode(text.charCodeAt(e - 1))) e--;
  return text.slice(Math.max(start, e - 12), e);
}

/** Trimmed length of the line running from `start` to `end`. */
function lineLength(text: string, start: number, end: number): number {
  return text.slice(start, end).trim().length;
}

/**
 * True when the line ending at newline `nl` is much shorter than the lines around it, as the
 * last line of a justified paragraph is ("…các chi\nbộ, đảng bộ cơ sở\nCác cấp ủy…").
 */
export function endsShortLine(text: string, nl: number, ratio = SHORT_LINE): boolean {
  const start = text.lastIndexOf('\n', nl - 1) + 1;
  const own = lineLength(text, start, nl);
  if (own === 0) return false;
  const prevStart = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : -1;
  const before = prevStart >= 0 ? lineLength(text, prevStart, start - 1) : 0;
  const nextEnd = text.indexOf('\n', nl + 1);
  const after = lineLength(text, nl + 1, nextEnd < 0 ? Math.min(text.length, nl + 200) : nextEnd);
  const width = Math.max(before, after);
  return width >= 50 && own < width * ratio;
}

// A line shorter than this share of the lines around it ends its paragraph.
const SHORT_LINE = 0.5;
// The first line of an item is its title when shorter than this share ("4. Trách nhiệm phối hợp trong
// tổ chức thực hiện\nCác Bộ: Y tế, … có trách nhiệm …"): a title is rarely as wide as the text.
const SHORT_TITLE_LINE = 0.75;

/**
 * True when the line ending at newline `nl` is written in capitals: three letters or more, none in
 * lower case. Reads at most 160 characters back.
 */
function capitalsLine(text: string, nl: number): boolean {
  let letters = 0;
  for (let i = nl - 1; i >= 0 && i >= nl - 160; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return letters >= 3;
    if (isLowerCode(code)) return false;
    if (isUpperCode(code)) letters++;
  }
  return false;
}

/** Indentation of the line that ends at `nl` (the newline's offset). */
function lineIndent(text: string, nl: number): number {
  const start = text.lastIndexOf('\n', nl - 1) + 1;
  let i = start;
  while (i < nl && (text[i] === ' ' || text[i] === '\t')) i++;
  return i - start;
}

const CUE = /^(?:Đề nghị|Giao|Yêu cầu)\s/u;

/** "-", "+", "•" or "~": the bullets a line may open with. */
function isBulletCode(code: number): boolean {
  return code === 45 || code === 43 || code === 0x2022 || code === 126;
}

// "…nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn … phản ánh về Sở …": a report-back
// of its own after a closing call to carry the text out (after a duty's clause, part of that duty).
const CLOSING_CALL_END = /(?:nghiêm\s{1,3}túc\s{1,3}(?:triển\s{1,3}khai\s{1,3})?thực\s{1,3}hiện|thực\s{1,3}hiện\s{1,3}nghiêm(?:\s{1,3}túc)?)\s{0,3}$/u;
const REPORT_BACK_AFTER = /^(?:trong\s{1,3}quá\s{1,3}trình\s{1,3}(?:tổ\s{1,3}chức\s{1,3})?(?:thực\s{1,3}hiện|triển\s{1,3}khai)|nếu\s{1,3}có\s{1,3}(?:khó\s{1,3}khăn|vướng\s{1,3}mắc))/iu;

/** True when the clause at `at` opens a report-back ("trong quá trình thực hiện…"). */
function startsReportBack(text: string, at: number): boolean {
  const code = text.charCodeAt(at) | 0x20;
  return (code === 116 /* t */ || code === 110 /* n */) && REPORT_BACK_AFTER.test(text.slice(at, at + 40));
}

/** True when "Đề nghị", "Giao" or "Yêu cầu" and a blank start at `at` (first letters checked first). */
function startsCue(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0x110 /* Đ */ || code === 71 /* G */ || code === 89 /* Y */) && CUE.test(text.slice(at, at + 10));
}

// Characters after which a sentence may end.
const MARKS = ['.', ';', ':', '\n', '!', '?'];
let marksText = '';
let lastMarks = new Int32Array(0);

/**
 * Offsets of every sentence mark in `text`, ascending. The task rules split many regions of
 * the same text: one native search per mark over the whole text beats a loop over every unit
 * of each region. Kept for the last text.
 */
function sentenceMarks(text: string): Int32Array {
  if (text === marksText) {
    // An equal text that is another string object is adopted: comparing the same object again is
    // instant, comparing two copies reads them whole on every call.
    marksText = text;
    return lastMarks;
  }
  const found: number[] = [];
  for (const mark of MARKS) for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) found.push(at);
  lastMarks = Int32Array.from(found).sort();
  marksText = text;
  return lastMarks;
}

/** Index of the first entry of ascending `list` that is `>= value`. */
function firstAtOrAfter(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Splits `[from, to)` into sentences: after "." before an upper-case letter, after a line
 * break before a bullet, and after ";" or ":" at the end of a line. Linear in the region size.
 */
/** Index of the first non-blank character of the line that ends at the line break `i`. */
function lineStartOf(text: string, i: number): number {
  return spacesEnd(text, text.lastIndexOf('\n', i - 1) + 1, i);
}

export function splitSentences(text: string, from: number, to: number, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  let start = blanksEnd(text, from, to);
  if (start >= to) return out;
  let paragraph = true;
  let bullet = isBulletCode(text.charCodeAt(start)) && isBlankCode(text.charCodeAt(start + 1));
  const marks = sentenceMarks(text);
  // Visits the marks in [start, to) in order; after each, the next one looked at is at `j` or later.
  for (let k = firstAtOrAfter(marks, start); k < marks.length && marks[k]! < to; k++) {
    const i = marks[k]!;
    // The mark and the units around it by code: one-letter strings beyond Latin-1 are new strings.
    const mark = text.charCodeAt(i);
    let j = i + 1;
    let newlines = mark === 10 ? 1 : 0;
    let paged = false;
    // Blanks, OCR bars and page-number lines between two sentences are all just a break.
    for (;;) {
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c !== 124 /* | */ && !isBlankCode(c)) break;
        if (c === 10) newlines++;
        j++;
      }
      const digit = isAsciiDigitCode(text.charCodeAt(j));
      const pageNumber = newlines > 0 && digit ? PAGE_NUMBER_LINE.exec(text.slice(j, j + 8)) : null;
      if (!pageNumber || j + pageNumber[0].length > to) break;
      j += pageNumber[0].length;
      paged = true;
    }
    // A page break falls anywhere, inside a sentence too ("… các kiến nghị của các\n\n3\n\nĐoàn giám sát
    // …"): its page number and the blank lines around it are one line break.
    if (paged) newlines = 1;
    if (j >= to) break;
    const nextCode = text.charCodeAt(j);
    const nextBullet = newlines > 0 && isBulletCode(nextCode) && isBlankCode(text.charCodeAt(j + 1));
    const upper = isCapitalLetterCode(nextCode);
    // The mark, or what ends the line before a line break (NaN at the text's start), past a closing
    // quote: "… trừ Hiến pháp.”\nCục Hóa chất đề nghị …".
    let punct = mark === 10 ? text.charCodeAt(i - 1) : mark;
    if (mark === 10 && (punct === 0x201d || punct === 34) && isClausePunctCode(text.charCodeAt(i - 2))) punct = text.charCodeAt(i - 2);
    const cueLine = newlines > 0 && startsCue(text, j);
    let boundary = false;
    // A paragraph break shown only by the layout (an indent, a short line before full ones).
    let layoutBreak = false;
    if (nextBullet) boundary = true;
    else if ((mark === 46 || mark === 33 || mark === 63) && upper && !DOT_AFTER_LETTER.test(text.slice(i - 3, i + 1)) && !(mark === 46 && PLACE_ABBREVIATION.test(text.slice(Math.max(0, i - 4), i)))) boundary = true;
    else if (newlines > 0 && isClausePunctCode(punct) && upper) boundary = true;
    // …not when the line before ends with a comma: OCR's blank lines inside a list ("các đơn vị CS,\n\nTTKT, CNTT…").
    else if (newlines > 1 && upper && punct !== 44 /* , */) boundary = true;
    // "…; Giao Sở…" and "Về đề xuất của Sở X: Giao Sở Nội vụ xem xét…" start a duty mid-line.
    else if ((mark === 59 || mark === 58) && startsCue(text, j)) boundary = true;
    else if (mark === 59 && startsReportBack(text, j) && CLOSING_CALL_END.test(text.slice(Math.max(start, i - 40), i))) boundary = true;
    // An assignment cue opening a line starts a sentence even after a title with no full stop.
    else if (cueLine) boundary = true;
    // The last row of a table written with bars ("| 2 | Số hóa hồ sơ | Sở Nội vụ | Tháng 9/2026 |"):
    // the line after it is a paragraph of its own, whatever the source (PDF, DOCX, a web page).
    else if (mark === 10 && punct === 124 /* | */ && upper && text.charCodeAt(lineStartOf(text, i)) === 124) boundary = layoutBreak = true;
    // A title in capitals on its own line ("2. SỞ Y TẾ\nChủ trì kiểm tra…").
    else if (mark === 10 && newlines === 1 && upper && capitalsLine(text, i)) boundary = layoutBreak = true;
    // A new paragraph marked only by its first-line indent: "…cơ sở\n         Các cấp ủy…".
    else if (mark === 10 && upper && j - i > 5 && j - i - 1 > lineIndent(text, i) + 3) boundary = layoutBreak = true;
    // …or by a short last line before full-width ones (PDF text without blank lines), as after a
    // title line ("3. Tổ chức thực hiện\nĐịnh kỳ trước ngày 25 hằng tháng, các sở…").
    // A line ending on a word that needs what follows ("…số CMND hoặc số\nCCCD…", "…phối hợp với Cục\nCNTT…")
    // runs on, however short.
    else if (mark === 10 && newlines === 1 && upper && !continuesCode(text.charCodeAt(i - 1)) && endsShortLine(text, i, text.lastIndexOf('\n', i - 1) < from ? SHORT_TITLE_LINE : SHORT_LINE) && !endsMidPhrase(text, start, i)) {
      boundary = layoutBreak = true;
    }
    if (!boundary) {
      while (k + 1 < marks.length && marks[k + 1]! < j) k++;
      continue;
    }
    out.push({ start, end: i + 1, paragraph, bullet });
    if (out.length >= limit) return out;
    paragraph = newlines > 1 || (newlines > 0 && isClausePunctCode(punct)) || nextBullet || cueLine || layoutBreak;
    bullet = nextBullet;
    start = j;
    while (k + 1 < marks.length && marks[k + 1]! < j) k++;
  }
  let end = to;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph, bullet });
  return out;
}

// How far before the point asked about a split may start, looking for two letters in a row.
const RESYNC_SPAN = 120;

/**
 * The start of the last sentence `splitSentences(text, from, to)` gives, when it lies after
 * `after`; otherwise some offset at or before `after`. No sentence break runs through two letters
 * in a row, so a split begun between them finds the same breaks after it: only the region's end
 * is read, however long the region.
 */
export function lastSentenceStart(text: string, from: number, to: number, after: number): number {
  let at = Math.min(after, to);
  const floor = Math.max(from, at - RESYNC_SPAN);
  while (at > floor && !(isLetterCode(text.charCodeAt(at - 1)) && isLetterCode(text.charCodeAt(at)))) at--;
  const sentences = splitSentences(text, at > floor ? at : from, to);
  return sentences.length ? sentences[sentences.length - 1]!.start : from;
}

/**
 * The code of the last unit of `[from, to)` that is no blank, or -1: `=== 58` asks what
 * `/:\s*$/.test(text.slice(from, to))` asks (`isBlankCode` is `\s`), reading from the end only.
 */
export function lastNonBlankCode(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (!isBlankCode(code)) return code;
  }
  return -1;
}

/** `text.slice(from, to).split(/\s+/).length`, counted up to `cap`: one more than the runs of blanks. */
export function blankSplitLength(text: string, from: number, to: number, cap: number): number {
  let pieces = 1;
  let inBlank = false;
  for (let i = from; i < to && pieces < cap; i++) {
    const blank = isBlankCode(text.charCodeAt(i));
    if (blank && !inBlank) pieces++;
    inBlank = blank;
  }
  return pieces;
}

// "(i)", "(ii)" … "(x)" followed by a blank.
const INLINE_ROMAN = /\((i{1,3}|iv|vi{0,3}|ix|x)\)[ \t\n]/g;
const ROMAN_VALUES: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** Where the words after the first "(i)" marker from `at` (an "(i)") to `end` start, or -1. */
function firstRomanWords(text: string, at: number, end: number): number {
  INLINE_ROMAN.lastIndex = at;
  for (let m = INLINE_ROMAN.exec(text); m && m.index < end; m = INLINE_ROMAN.exec(text)) {
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    if (m[1] === 'i' && !isLetterCode(before) && !isAsciiDigitCode(before)) return m.index + m[0].length;
  }
  return -1;
}

/**
 * Splits sentences that run an enumeration inside their lines ("- Dự án thượng nguồn: (i) PVN tập
 * trung …; (ii) PVN phối hợp cùng EVN …"): each of "(ii)", "(iii)" … after "(i)" in the same sentence
 * starts a part of its own, marked `enumerated`, when `listsDuties(at, end)` says the part after "(i)"
 * opens a duty. Other sentences are returned as they are.
 */
export function splitEnumerations(text: string, sentences: Sentence[], from: number, to: number, listsDuties: (at: number, end: number) => boolean): Sentence[] {
  const first = text.indexOf('(ii)', from);
  if (first < 0 || first >= to) return sentences;
  const out: Sentence[] = [];
  // Where the words after an "(i)" start in the sentence just before, when its "(ii)" did not come in
  // it: "(i) PVN tập trung …, bảo đảm tiến độ;\nChuẩn bị … (ii) PVN phối hợp …" (a line ending on ";").
  let pendingFirst = -1;
  // The next "(i)" at or after the sentence read, found once for all sentences (they come in order).
  let nextFirst = text.indexOf('(i)', from);
  for (const s of sentences) {
    while (nextFirst >= 0 && nextFirst < s.start) nextFirst = text.indexOf('(i)', nextFirst + 1);
    const opened = nextFirst >= 0 && nextFirst < s.end ? firstRomanWords(text, nextFirst, s.end) : -1;
    const second = text.indexOf('(ii)', s.start);
    if (second < 0 || second >= s.end) {
      pendingFirst = opened;
      out.push(s);
      continue;
    }
    // The markers counting up from "(i)", each after a blank or a punctuation mark.
    const cuts: number[] = [];
    const carried = pendingFirst >= 0 && opened < 0;
    let expected = carried ? 2 : 1;
    let firstWords = carried ? pendingFirst : -1;
    pendingFirst = -1;
    INLINE_ROMAN.lastIndex = s.start;
    for (let m = INLINE_ROMAN.exec(text); m && m.index < s.end; m = INLINE_ROMAN.exec(text)) {
      const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
      if (isLetterCode(before) || isAsciiDigitCode(before)) continue;
      const value = ROMAN_VALUES[m[1]!]!;
      if (value === expected) {
        if (value > 1) cuts.push(m.index);
        else firstWords = m.index + m[0].length;
        expected++;
      }
    }
    // "… theo quy định về: (i) đấu nối …; (ii) …" details one duty; "(i) PVN tập trung …; (ii) PVN phối
    // hợp …" lists duties.
    if (cuts.length === 0 || !listsDuties(firstWords, cuts[0]!)) {
      out.push(s);
      continue;
    }
    // A sentence that goes on with the one before's "(i)": that one holds the first item.
    if (carried) out[out.length - 1] = { ...out[out.length - 1]!, firstItemAt: firstWords };
    out.push(carried ? { ...s, end: cuts[0]! } : { ...s, end: cuts[0]!, firstItemAt: firstWords });
    cuts.forEach((cut, c) => out.push({ start: cut, end: c + 1 < cuts.length ? cuts[c + 1]! : s.end, paragraph: false, bullet: false, enumerated: true }));
  }
  return out;
}
