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
// replaced ones.
const SPECIAL = /[^\u0300-\u036f][\u0300-\u036f]{1,4}|[\u0300-\u036f]{1,4}|[\u200b\u200c\u200d\u2060\ufeff\u00ad\r\u00a0\u2007\u202f\t\u00d0\u00f0\u2010-\u2014\u2212\uff0f\uff10-\uff19]/g;
const DROPPED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\r']);
const REPLACED: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\t': ' ', '\u00d0': 'Đ', '\u00f0': 'đ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\uff0f': '/',
};

function replacement(piece: string): string {
  if (DROPPED.has(piece)) return '';
  const repl = REPLACED[piece];
  if (repl !== undefined) return repl;
  const code = piece.charCodeAt(0);
  if (piece.length === 1 && code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  return piece.normalize('NFC');
}

// Open syllables "oa", "oe", "uy" (not after "q", nor "uy" after "g") carry the tone on the
// first vowel in the old style used by ND30's templates; the new style puts it on the second.
// We keep the old one. Each replacement has the same length, so offsets do not move.
const NEW_STYLE = /(?<![qQ])([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\p{L})|(?<![qQgG])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function oldStyle(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const tone = TONES.find((t) => decomposed.includes(t));
  if (!tone) return first + second;
  const moved = (first + tone).normalize('NFC') + decomposed.replace(tone, '').normalize('NFC');
  return moved.length === 2 ? moved : first + second;
}

function canonicalTones(text: string): string {
  return text.replace(NEW_STYLE, (m, o?: string, a?: string, u?: string, y?: string) =>
    o && a ? oldStyle(o, a) : u && y ? oldStyle(u, y) : m,
  );
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
  for (const m of input.matchAll(SPECIAL)) {
    out += input.slice(last, m.index);
    const repl = replacement(m[0]);
    const at = out.length;
    out += repl;
    last = m.index + m[0].length;
    if (repl.length !== m[0].length) {
      if (repl.length > 0) pieces.push({ out: at, len: repl.length, from: m.index, to: last });
      outAt.push(out.length);
      inAt.push(last);
    }
  }
  out += input.slice(last);
  const text = canonicalTones(out);

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
      if (offset <= 0) return 0;
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

// Only what collapsing changes: a run of blanks, or one blank that is not a plain space. Text
// of single spaces between words then costs one scan instead of one replacement per word.
const BLANKS_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/** `text` with every run of whitespace as one space: `text.replace(/\s+/g, ' ')`, faster. */
export function collapseBlanks(text: string): string {
  return text.replace(BLANKS_TO_COLLAPSE, ' ');
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
