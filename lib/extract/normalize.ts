import { isCombiningMarkCode } from './char-class';
import { gluedWordPieces } from './glued-words';
import { layoutTablePieces } from './segment/layout-table';

/**
 * Normalisation with an offset map back to the input.
 *
 * The rules run on `text`; every span they find is mapped back with `toInput`/`toInputEnd` so
 * the output points into the string the caller gave us (LABELS.md: spans are offsets into the
 * file's text as read).
 *
 * Steps (domain.md §6): NFC (NFD input and CP1258-style combining marks), Ð/ð look-alikes,
 * one tone-mark style ("hoà" → "hòa", "uỷ" → "ủy"), NBSP / zero-width / soft hyphen, CR,
 * full-width digits and slashes, dash variants.
 */
export interface Normalized {
  text: string;
  /** Maps a start offset in `text` to the input offset of that character. */
  toInput(offset: number): number;
  /** Maps an end offset in `text` (exclusive) to the input offset just after that character. */
  toInputEnd(offset: number): number;
}

// Characters that change: combining marks (with the letter before them; at most four, as no
// Vietnamese letter has more than two and NFC of a long run costs quadratic time), dropped and
// replaced ones. The pieces are those of
//   /[^\u0300-\u036f][\u0300-\u036f]{1,4}|[\u0300-\u036f]{1,4}|<RARE's other characters>/g
// found from the rare characters alone (the marks, RARE, the dashes and full-width digits: see
// KIND), one table lookup per character: that regex would try a letter-and-marks cluster at every
// position of the text.
const RARE = '\u200b\u200c\u200d\u2060\ufeff\u00ad\r\u00a0\u2007\u202f\t\u00d0\u00f0\u2212\uff0f';
const MAX_MARKS = 4;

/** Per UTF-16 unit: what a regex `\s` matches (`BLANK`, with `OTHER_BLANK` unless it is ' '), and `SPECIAL` for RARE and the marks. */
const BLANK = 1;
const OTHER_BLANK = 2;
const SPECIAL = 4;
/** A blank inside a line: a space, a tab or a no-break space (runs of them between words collapse). */
const LINE_BLANK = 8;
// One table lookup per character: a regex class tested at every position costs twice as much.
const KIND = new Uint8Array(65536);
const BLANK_CODES = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let code = 0x2000; code <= 0x200a; code++) BLANK_CODES.push(code);
for (const code of BLANK_CODES) KIND[code] = code === 32 ? BLANK : BLANK | OTHER_BLANK;
for (let i = 0; i < RARE.length; i++) KIND[RARE.charCodeAt(i)]! |= SPECIAL;
for (const [from, to] of [[0x300, 0x36f], [0x2010, 0x2014], [0xff10, 0xff19]] as const) for (let code = from; code <= to; code++) KIND[code]! |= SPECIAL;
for (const code of [32, 9, 0xa0, 0x2007, 0x202f]) KIND[code]! |= LINE_BLANK;
// Two blanks in a row somewhere: most texts have none, and their scan skips the test for runs.
const TWO_BLANKS = /[ \t\u00a0\u2007\u202f]{2}/;


/** End of the run of at most MAX_MARKS combining marks starting at `at`. */
function marksEnd(input: string, at: number): number {
  let end = at;
  while (end < input.length && end - at < MAX_MARKS && isCombiningMarkCode(input.charCodeAt(end))) end++;
  return end;
}

/**
 * The `[start, end)` pieces of `input` that normalisation replaces, in order (see RARE): a mark
 * joins the letter before it unless an earlier piece took that letter.
 */
export function specialPieces(input: string): [number, number][] {
  const pieces: [number, number][] = [];
  let last = 0;
  const mask = TWO_BLANKS.test(input) ? SPECIAL | LINE_BLANK : SPECIAL;
  for (let at = 0; at < input.length; at++) {
    const kind = KIND[input.charCodeAt(at)]! & mask;
    if (kind === 0) continue;
    // A run of blanks between two words of a line (justified PDF text: "Trong  quá  trình"): one
    // space. Indents and the blanks before a line break stay as they are.
    if ((kind & LINE_BLANK) !== 0 && (KIND[input.charCodeAt(at + 1)]! & LINE_BLANK) !== 0 && at > 0 && (KIND[input.charCodeAt(at - 1)]! & BLANK) === 0) {
      let end = at + 2;
      while (end < input.length && (KIND[input.charCodeAt(end)]! & LINE_BLANK) !== 0) end++;
      // Wider gaps part columns (a header's number from its place and date): kept.
      if (end - at <= MAX_WORD_GAP && end < input.length && !isBlankCode(input.charCodeAt(end)) && !isCombiningMarkCode(input.charCodeAt(end))) {
        pieces.push([at, end]);
        last = end;
        at = end - 1;
        continue;
      }
    }
    if ((kind & SPECIAL) === 0) continue;
    let piece: [number, number];
    // A tab before a mark is a blank before it (below), as a space is.
    const tabMark = isSpaceOrTab(input.charCodeAt(at)) && isCombiningMarkCode(input.charCodeAt(at + 1));
    if (!isCombiningMarkCode(input.charCodeAt(at)) && !tabMark) piece = [at, isCombiningMarkCode(input.charCodeAt(at + 1)) ? marksEnd(input, at + 1) : at + 1];
    else {
      const mark = tabMark ? at + 1 : at;
      const end = marksEnd(input, mark);
      // A mark one or two blanks after its letter (a PDF's separate glyph: "Vie ̣t", "Tiê ́ng") joins it.
      let b = mark;
      while (b > 0 && mark - b < 2 && isSpaceOrTab(input.charCodeAt(b - 1))) b--;
      const prev = pieces[pieces.length - 1];
      if (b < mark && prev && prev[1] === b && isCombiningMarkCode(input.charCodeAt(b - 1))) {
        // The letter already took marks ("e\u0302 \u0323"): its piece takes these too.
        prev[1] = end;
        last = end;
        at = end - 1;
        continue;
      }
      if (b < mark && b - 1 >= last && !isBlankCode(input.charCodeAt(b - 1)) && !isCombiningMarkCode(input.charCodeAt(b - 1))) piece = [b - 1, end];
      else piece = mark > last ? [mark - 1, end] : [mark, end];
    }
    pieces.push(piece);
    last = piece[1];
    at = last - 1;
  }
  return pieces;
}

const DROPPED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\r']);
const REPLACED: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\t': ' ', '\u00d0': 'Đ', '\u00f0': 'đ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\uff0f': '/',
};

// The widest run of blanks read as the gap between two words of a sentence.
const MAX_WORD_GAP = 3;

/** A blank inside a line: a space, a tab or a no-break space (LINE_BLANK in the table). */
function isLineBlankCode(code: number): boolean {
  return (KIND[code]! & LINE_BLANK) !== 0;
}

function replacement(piece: string): string {
  // A run of blanks inside a line (specialPieces gives only such runs of two or more).
  if (piece.length > 1 && isLineBlankCode(piece.charCodeAt(0)) && isLineBlankCode(piece.charCodeAt(1))) return ' ';
  if (DROPPED.has(piece)) return '';
  const repl = REPLACED[piece];
  if (repl !== undefined) return repl;
  const code = piece.charCodeAt(0);
  if (piece.length === 1 && code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  // A letter, the blanks a PDF put before its mark, the mark: the letter marked.
  if (!isBlankCode(code) && piece.includes(' ')) return piece.replace(/[ \t]/g, '').normalize('NFC');
  return piece.normalize('NFC');
}

// Open syllables "oa", "oe", "uy" (not after "q", nor "uy" after "g") carry the tone on the
// first vowel in the old style used by ND30's templates; the new style puts it on the second.
// We keep the old one. Each replacement has the same length, so offsets do not move.
// Not after "q" ("quà"), nor "uy" after "g": checked in the replacer, since a regex that opens
// with a look-behind evaluates it at every position of the text.
const NEW_STYLE = /([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})|([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
const NOT_BEFORE_O = /[qQ]/;
const NOT_BEFORE_U = /[qQgG]/;
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function oldStyle(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const tone = TONES.find((t) => decomposed.includes(t));
  if (!tone) return first + second;
  const moved = (first + tone).normalize('NFC') + decomposed.replace(tone, '').normalize('NFC');
  return moved.length === 2 ? moved : first + second;
}

/** `oldStyle` of every pair NEW_STYLE matches, worked out once. */
const OLD_STYLE = new Map<string, string>();
for (const [firsts, seconds] of [['oO', 'àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ'], ['uU', 'ỳýỷỹỵỲÝỶỸỴ']] as const) {
  for (const first of firsts) for (const second of seconds) OLD_STYLE.set(first + second, oldStyle(first, second));
}

function canonicalTones(text: string): string {
  // A match the look-behind would refuse stays as it is; no other match can start inside it.
  // An exec loop that copies the text only when a pair changes (most texts have none or a few).
  let out = '';
  let last = 0;
  NEW_STYLE.lastIndex = 0;
  for (let m = NEW_STYLE.exec(text); m; m = NEW_STYLE.exec(text)) {
    const at = m.index;
    const before = text[at - 1] ?? '';
    if ((m[1] ? NOT_BEFORE_O : NOT_BEFORE_U).test(before)) continue;
    const moved = OLD_STYLE.get(m[0])!;
    if (moved === m[0]) continue;
    out += text.slice(last, at) + moved;
    last = at + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Normalises `input` for the rules and keeps a map back to its offsets. */
export function normalizeText(input: string): Normalized {
  // Breakpoints where output and input offsets stop moving together:
  // from output offset outAt[k] on, input = inAt[k] + (offset - outAt[k]) until the next one.
  const outAt: number[] = [0];
  const inAt: number[] = [0];
  // Spans of output that stand for a longer or shorter input piece (composed clusters).
  const pieces: { out: number; len: number; from: number; to: number }[] = [];
  let out = '';
  let last = 0;
  const special = specialPieces(input);
  const layout = mergeKeeping(layoutTablePieces(input, cleanPiece), mergeKeeping(layoutPieces(input), gluedWordPieces(input)));
  for (let s = 0, m = 0; s < special.length || m < layout.length; ) {
    // The two lists in text order. A layout piece may hold a tab or a no-break space that is a special
    // piece too: the layout piece, which starts first or at the same place, takes it.
    const isLayout = m < layout.length && (s >= special.length || layout[m]![0] <= special[s]![0]);
    const [start, end, given] = isLayout ? layout[m++]! : [...special[s++]!, null];
    if (start < last) continue;
    out += input.slice(last, start);
    const piece = input.slice(start, end);
    const repl = given ?? replacement(piece);
    const at = out.length;
    out += repl;
    last = end;
    if (repl.length !== piece.length) {
      if (repl.length > 0) pieces.push({ out: at, len: repl.length, from: start, to: last });
      outAt.push(out.length);
      inAt.push(last);
    }
  }
  out += input.slice(last);
  const text = blankPageBreaks(breakRunOnAddress(canonicalTones(out)));

  const locate = (offset: number): number => {
    let lo = 0;
    let hi = outAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outAt[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const pieceAt = (offset: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid]!;
      if (offset < p.out) hi = mid - 1;
      else if (offset >= p.out + p.len) lo = mid + 1;
      else return p;
    }
    return null;
  };
  return {
    text,
    toInput(offset: number): number {
      // Offset 0 maps through the breakpoints too: a margin or a mark dropped at the text's start is skipped.
      if (offset < 0) return 0;
      if (offset >= text.length) return input.length;
      const p = pieceAt(offset);
      if (p) return p.from;
      const k = locate(offset);
      return inAt[k]! + (offset - outAt[k]!);
    },
    toInputEnd(offset: number): number {
      if (offset <= 0) return 0;
      if (offset >= text.length) return input.length;
      const p = pieceAt(offset - 1);
      if (p) return p.to;
      const k = locate(offset - 1);
      return inAt[k]! + (offset - 1 - outAt[k]!) + 1;
    },
  };
}

/**
 * The pieces of `kept` and those of `others` that no kept piece overlaps, in text order (both lists
 * are): a column-laid table's rows over the layout pieces inside them, the layout pieces over a glued
 * word they overlap (which then stays as printed).
 */
function mergeKeeping(kept: LayoutPiece[], others: LayoutPiece[]): LayoutPiece[] {
  if (kept.length === 0) return others;
  if (others.length === 0) return kept;
  const out: LayoutPiece[] = [];
  let k = 0;
  for (const piece of others) {
    while (k < kept.length && kept[k]![1] <= piece[0]) out.push(kept[k++]!);
    const next = kept[k];
    if (next && next[0] < piece[1]) continue; // inside (or across the start of) a kept piece: that one takes it
    out.push(piece);
  }
  while (k < kept.length) out.push(kept[k++]!);
  return out;
}

/** `s` with the special pieces replaced (see RARE): a table cell's text, read from the input. */
function cleanPiece(s: string): string {
  let out = '';
  let last = 0;
  for (const [start, end] of specialPieces(s)) {
    out += s.slice(last, start) + replacement(s.slice(start, end));
    last = end;
  }
  return out + s.slice(last);
}

// Blanks before a line break: a Markdown line break ("  \n"), or the padding some converters leave.
const TRAILING_BLANKS = /[ \t\u00a0\u2007\u202f]\r?\n/;
// Markdown's marks, from a converted page or document: "**1. Mục đích**", an escaped "1\.", a "* " or
// "• " bullet (read as "- "; a "+ " bullet stays, the level below "- " in directives).
const BOLD = '**';
const ESCAPED = /\\[\\`*_{}[\]()#+\-.!|<>~]/;
const STAR_BULLET = /(?:^|\n)[ \t]*[*•●▪][ \t]/;

/** A piece of the input read as `repl`: `[start, end, repl]`. */
export type LayoutPiece = [number, number, string];

/**
 * The pieces of layout and markup that say nothing about the text, in order: the margin every line
 * shares (all lines indented alike, as some converters lay out a page; the indents beyond it stay),
 * the blanks at the end of a line (dropped), Markdown's bold marks and escapes (dropped) and its
 * bullets ("- "), the gaps of letter-spaced titles (see LETTER_SPACED). Only spaces are counted in
 * the margin (a tab is replaced).
 */
export function layoutPieces(input: string): LayoutPiece[] {
  // The margin: the fewest leading spaces of a line that has words; one line without any ends the search.
  let margin = Number.POSITIVE_INFINITY;
  for (let at = 0; at < input.length && margin > 0; ) {
    const nl = input.indexOf('\n', at);
    const end = nl < 0 ? input.length : nl;
    let i = at;
    while (i < end && input.charCodeAt(i) === 32) i++;
    if (i < end && !isBlankCode(input.charCodeAt(i))) margin = Math.min(margin, i - at);
    at = end + 1;
  }
  if (margin === Number.POSITIVE_INFINITY) margin = 0;
  const trailing = TRAILING_BLANKS.test(input);
  const bold = input.includes(BOLD);
  const escaped = ESCAPED.test(input);
  const bullets = STAR_BULLET.test(input);
  // The gaps of letter-spaced runs, found once over the text and taken line by line below.
  const spacedGaps: LayoutPiece[] = [];
  letterSpacedGaps(input, spacedGaps);
  let nextGap = 0;
  const spaced = spacedGaps.length > 0;
  if (margin === 0 && !trailing && !bold && !escaped && !bullets && !spaced) return [];
  const pieces: LayoutPiece[] = [];
  const marks: LayoutPiece[] = [];
  // The next bold mark and backslash at or after the line: searched for again only once passed, so
  // lines without any before a far one do not each read the text up to it.
  let nextBold = bold ? input.indexOf(BOLD) : -1;
  let nextSlash = escaped ? input.indexOf('\\') : -1;
  for (let at = 0; at < input.length; ) {
    const nl = input.indexOf('\n', at);
    const end = nl < 0 ? input.length : nl;
    let lead = at;
    while (lead < end && lead - at < margin && input.charCodeAt(lead) === 32) lead++;
    if (lead > at) pieces.push([at, lead, '']);
    if (bullets) {
      const p = spacesEnd(input, lead, end);
      if (STAR_BULLET_CODES.has(input.charCodeAt(p)) && isSpaceOrTab(input.charCodeAt(p + 1))) marks.push([p, p + 1, '-']);
    }
    if (nextBold >= 0 && nextBold < lead) nextBold = input.indexOf(BOLD, lead);
    while (nextBold >= 0 && nextBold < end) {
      // A run of two or three stars; a longer one is a rule line, not a mark.
      let j = nextBold + 2;
      while (j < end && input.charCodeAt(j) === 42) j++;
      if (j - nextBold <= 3) marks.push([nextBold, j, '']);
      nextBold = input.indexOf(BOLD, j);
    }
    if (nextSlash >= 0 && nextSlash < lead) nextSlash = input.indexOf('\\', lead);
    while (nextSlash >= 0 && nextSlash < end) {
      if (ESCAPED.test(input.slice(nextSlash, nextSlash + 2))) marks.push([nextSlash, nextSlash + 1, '']);
      nextSlash = input.indexOf('\\', nextSlash + 2);
    }
    while (nextGap < spacedGaps.length && spacedGaps[nextGap]![0] < end) {
      const gap = spacedGaps[nextGap++]!;
      if (gap[0] >= lead) marks.push(gap);
    }
    if (marks.length) {
      marks.sort((a, b) => a[0] - b[0]);
      for (const mark of marks) if (mark[0] >= (pieces[pieces.length - 1]?.[1] ?? 0)) pieces.push(mark);
      marks.length = 0;
    }
    if (trailing && nl >= 0) {
      // Before the line break, or before the "\r" of "\r\n" (dropped on its own).
      const stop = input.charCodeAt(end - 1) === 13 ? end - 1 : end;
      let from = stop;
      while (from > lead && isLineBlankCode(input.charCodeAt(from - 1))) from--;
      if (from < stop && from >= (pieces[pieces.length - 1]?.[1] ?? 0)) pieces.push([from, stop, '']);
    }
    at = end + 1;
  }
  return pieces;
}

// Letters set one blank apart, words two or more ("Q U Y Ế T   Đ Ị N H", "C ă n  c ứ"), as some .doc
// conversions print a spaced-out title or label: four single letters at least (a letter with its
// marks, NFD too), read from the start of a line.
const LETTER_SPACED = /\p{L}\p{M}{0,3}(?![\p{L}\p{M}])(?:[ \t]{1,4}\p{L}\p{M}{0,3}(?![\p{L}\p{M}])){3,}/uy;
// A line that opens with three single characters a blank apart (" Q U Y …"): a plain regex anchored
// at line breaks, searched for before the run's Unicode regex is tried there.
const SPACED_LINE = /(?:^|\n)[ \t]*(?=[^\s\u0300-\u036f][\u0300-\u036f]{0,3} [^\s\u0300-\u036f][\u0300-\u036f]{0,3}[ \t]{1,4}[^\s\u0300-\u036f][\u0300-\u036f]{0,3}[ \t])/g;

// The fewest one-blank gaps that make a run letter-spaced (not single-letter cells: "x   x   x").
const MIN_LETTER_GAPS = 3;

/**
 * The gaps of each letter-spaced run of `input`, in order, added to `out`: a one-blank gap dropped
 * (inside a word), a wider one read as a space (between words).
 */
function letterSpacedGaps(input: string, out: LayoutPiece[]): void {
  SPACED_LINE.lastIndex = 0;
  for (let line = SPACED_LINE.exec(input); line; line = SPACED_LINE.exec(input)) {
    // The match is empty at the text's start: step past it.
    if (line[0].length === 0) SPACED_LINE.lastIndex++;
    LETTER_SPACED.lastIndex = line.index + line[0].length;
    const m = LETTER_SPACED.exec(input);
    if (!m) continue;
    const gaps: LayoutPiece[] = [];
    let single = 0;
    for (let i = m.index; i < m.index + m[0].length; i++) {
      if (!isSpaceOrTab(input.charCodeAt(i))) continue;
      let j = i + 1;
      while (isSpaceOrTab(input.charCodeAt(j))) j++;
      if (j - i === 1) single++;
      gaps.push(j - i === 1 ? [i, j, ''] : [i, j, ' ']);
      i = j - 1;
    }
    if (single >= MIN_LETTER_GAPS) out.push(...gaps);
  }
}

const STAR_BULLET_CODES = new Set(['*', '•', '●', '▪'].map((c) => c.charCodeAt(0)));

// "Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số …": a web page ran
// the letter's first sentence into the address line. Looked for near the top only.
const RUN_ON_ADDRESS = /(?:^|\n)[ \t]{0,40}K[íi]nh[ \t]{1,3}g[ửu]i[ \t]{0,3}:[^\n]{2,300}?[.;]([ \t]+)(?=Thực hiện|Căn cứ|Theo |Ngày \d|Để |Tiếp theo|Xét |Sau khi|Trong |Nhằm |Hiện nay|Qua |Nhận được|Tổng cục|Văn phòng)/u;
const ADDRESS_REACH = 6000;

/**
 * `text` with the blank before a first sentence run into the address line made a line break: the same
 * length, so offsets do not move.
 */
function breakRunOnAddress(text: string): string {
  const head = text.length > ADDRESS_REACH ? text.slice(0, ADDRESS_REACH) : text;
  if (!head.includes('gửi') && !head.includes('gui')) return text;
  const m = RUN_ON_ADDRESS.exec(head);
  if (!m) return text;
  const at = m.index + m[0].length - m[1]!.length;
  return `${text.slice(0, at)}\n${text.slice(at + 1)}`;
}

// What a page prints besides its text, where a page of PDF text breaks: a page number on a line of its
// own ("4", "- 4 -", "Trang 4", "Trang 4/9", "4/9"), or a site's mark that comes back at each break
// (see SITE_MARK), with the blank lines around them: "…Trung tâm hội chợ Triển lãm Việt\n4\nNam …".
const PAGE_NUMBER = /^(?:[-–]\s?\d{1,3}\s?[-–]|(?:(?:trang|page)\s{1,2})?\d{1,3}(?:\s{0,2}(?:\/|of|trên)\s{0,2}\d{1,3})?)$/iu;
// The lines around it must be lines of running text, not cells of a table laid out a line each.
const TEXT_LINE_BEFORE = 40;
const TEXT_LINE_AFTER = 20;
// The longest line read as a running head or foot, and how many lines a break may take.
const MAX_FURNITURE = 60;
const MAX_BREAK_LINES = 7;
// A site's mark a page prints at each break, watermark or foot: a web address, a telephone number
// ("www. ThuVienPhapLuat.Vn", "84-8-3930 3279 *"); furniture only where it comes back.
const SITE_MARK = /www\.|https?:\/\/|\.(?:vn|com)\b|^[+(]?\d[\d .\-()]{7,}\*?$/iu;
// The mark a conversion leaves where a page ends ("--- PAGE BREAK ---"), the blank lines around it and
// the page's number or a scrap of its header after it ("2", "iz"): it is never text.
const PAGE_BREAK = /\n((?:[ \t\f]*\n){0,3}[ \t\f]*-{2,4}[ \t]*PAGE BREAK[ \t]*-{2,4}[ \t]*\n(?:[ \t]*\n){0,3}(?:[ \t]{0,8}[\da-z]{1,3}[ \t]{0,8}\n(?:[ \t]*\n){0,3})?)/g;

/** A line: `[start, end)` without its line break, and `[from, to)` its words (blanks trimmed; `from === to` when blank). */
interface TextLine {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** The line that starts at `start`. */
function lineFrom(text: string, start: number): TextLine {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  let from = start;
  let to = end;
  while (from < to && isBlankCode(text.charCodeAt(from))) from++;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to--;
  return { start, end, from, to };
}

// What a page number may open with (see PAGE_NUMBER), past blanks: a digit, a dash, "Trang", "Page".
function opensPageNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45 || code === 0x2013 || code === 84 || code === 116 || code === 80 || code === 112;
}

/**
 * Where pages break in running text: each `[start, end)` runs from the line break that ends the text
 * line before to the start of the text line after, over page numbers, site marks (see SITE_MARK) and
 * the blank lines between them. Lines are read one by one; only a line that may be a page number or
 * a site mark has its neighbours read.
 */
function furnitureBlocks(text: string): [number, number][] {
  const words = (line: TextLine) => text.slice(line.from, line.to);
  const width = (line: TextLine) => line.to - line.from;
  const short = (line: TextLine) => width(line) > 0 && width(line) <= MAX_FURNITURE;
  // The lines shaped like a page number or a site mark, and how often each site mark comes back. Most
  // lines open with a letter and hold no address: read no further than their first word.
  const candidates: TextLine[] = [];
  const counts = new Map<string, number>();
  let address = firstOf(text, ADDRESS_MARKS, 0);
  for (let at = 0; at < text.length; ) {
    let from = at;
    // Blanks and form feeds: "\f   5", a page number after a form feed.
    while (from < text.length && text.charCodeAt(from) !== 10 && isBlankCode(text.charCodeAt(from))) from++;
    const code = text.charCodeAt(from);
    if (address >= 0 && address < at) address = firstOf(text, ADDRESS_MARKS, at);
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const hasAddress = address >= 0 && address < end;
    if (opensPageNumber(code) || code === 43 /* + */ || code === 40 /* ( */ || hasAddress) {
      const line = lineFrom(text, at);
      if (short(line)) {
        if (PAGE_NUMBER.test(words(line))) candidates.push(line);
        else if (SITE_MARK.test(words(line))) {
          candidates.push(line);
          counts.set(words(line), (counts.get(words(line)) ?? 0) + 1);
        }
      }
    }
    at = end + 1;
  }
  if (candidates.length === 0) return [];
  const isFurniture = (line: TextLine) => short(line) && (PAGE_NUMBER.test(words(line)) || (counts.get(words(line)) ?? 0) >= 2);
  const breaks = (line: TextLine) => width(line) === 0 || isFurniture(line);
  const blocks: [number, number][] = [];
  let done = 0;
  for (const line of candidates) {
    if (line.start < done || !isFurniture(line)) continue;
    // The text lines around the break, past its blank lines and furniture.
    let before: TextLine | null = null;
    for (let k = 0, s = line.start; k < MAX_BREAK_LINES && s > 0; k++) {
      const prev = lineFrom(text, text.lastIndexOf('\n', s - 2) + 1);
      if (!breaks(prev)) {
        before = prev;
        break;
      }
      s = prev.start;
    }
    let after: TextLine | null = null;
    let next = line;
    for (let k = 0; k < MAX_BREAK_LINES && next.end < text.length; k++) {
      next = lineFrom(text, next.end + 1);
      if (!breaks(next)) {
        after = next;
        break;
      }
    }
    if (before && after && width(before) >= TEXT_LINE_BEFORE && width(after) >= TEXT_LINE_AFTER) blocks.push([before.end, after.start]);
    done = after ? after.start : next.end + 1;
  }
  return blocks;
}

// What a site mark holds (see SITE_MARK); searched for with native searches.
const ADDRESS_MARKS = ['www.', 'http', '.vn', '.com'];

/** The first offset at or after `from` where one of `needles` starts in `hay`, or -1. */
export function firstOf(hay: string, needles: readonly string[], from: number): number {
  let first = -1;
  for (const needle of needles) {
    const i = hay.indexOf(needle, from);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  return first;
}

/**
 * `text` with each page break in running text (its page number, running heads and feet, blank lines)
 * and each page-break mark made blanks and one line break: the same length, so offsets do not move,
 * and the sentence reads on across the page as across a line.
 */
function blankPageBreaks(text: string): string {
  const marks = text.includes('PAGE BREAK');
  // Each block as [start, end): from the line break before it to the one that ends it.
  const blocks: [number, number][] = [];
  if (marks) {
    PAGE_BREAK.lastIndex = 0;
    for (let m = PAGE_BREAK.exec(text); m; m = PAGE_BREAK.exec(text)) if (m.index > 0) blocks.push([m.index, m.index + m[0].length]);
  }
  for (const block of furnitureBlocks(text)) blocks.push(block);
  if (blocks.length === 0) return text;
  blocks.sort((x, y) => x[0] - y[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of blocks) {
    if (start < last) continue;
    // Blanks where the block stood, its last line break kept: the next line starts where it did.
    out += `${text.slice(last, start)}${' '.repeat(end - start - 1)}\n`;
    last = end;
  }
  return out + text.slice(last);
}

/** The first unit at or after `from` where collapsing changes `text` (see `collapseBlanks`), or its length. */
function nextChange(text: string, from: number): number {
  let prev = 0;
  for (let i = from; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)]!;
    // A blank other than ' ', or a blank after a space: the run starts here or at that space.
    if ((kind & OTHER_BLANK) !== 0 || (kind & prev & BLANK) !== 0) return prev & BLANK ? i - 1 : i;
    prev = kind;
  }
  return text.length;
}

/**
 * `text` with every run of whitespace as one space: `text.replace(/\s+/g, ' ')`, faster. Only
 * what changes is copied: a run of blanks, or one blank that is not a plain space, so text of
 * single spaces between words costs one scan (and is returned as it is).
 */
export function collapseBlanks(text: string): string {
  let at = nextChange(text, 0);
  if (at === text.length) return text;
  let out = '';
  let last = 0;
  while (at < text.length) {
    let end = at + 1;
    while (end < text.length && (KIND[text.charCodeAt(end)]! & BLANK) !== 0) end++;
    out += `${text.slice(last, at)} `;
    last = end;
    at = nextChange(text, end);
  }
  return out + text.slice(last);
}

/** True for the UTF-16 units a regex `\s` matches, without building a one-letter string. */
export function isBlankCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A space or a tab: the blanks inside a line (`[ \t]`). */
function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** Where the run of spaces and tabs that ends at `at` starts, reading back no further than `from`. */
export function spacesStart(text: string, at: number, from: number): number {
  let i = at;
  while (i > from && isSpaceOrTab(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run of spaces and tabs that starts at `at` ends, reading no further than `to`. */
export function spacesEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

/** The first index from `at` (up to `to`) that is not blank (`isBlankCode`: line breaks too). */
export function blanksEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isBlankCode(text.charCodeAt(i))) i++;
  return i;
}
