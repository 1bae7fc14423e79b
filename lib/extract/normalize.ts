/**
 * Normalisation with an offset map back to the input.
 *
 * The rules run on `text`; every span they find is mapped back with `toInput` so the
 * output points into the string the caller gave us (see LABELS.md: spans are offsets into
 * the file's text as read).
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

const COMBINING = /[\u0300-\u036f]/;
const DROPPED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\r']);
const REPLACED: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\u00d0': 'Đ',
  '\u00f0': 'đ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\uff0f': '/',
};

// Open syllables "oa", "oe", "uy" (not after "q") carry the tone on the first vowel in the
// old style used by ND30's templates; the new style puts it on the second. We keep the old one.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function moveTone(first: string, second: string): [string, string] | null {
  const decomposed = second.normalize('NFD');
  const tone = TONES.find((t) => decomposed.includes(t));
  if (!tone) return null;
  const bare = decomposed.replace(tone, '').normalize('NFC');
  const firstBase = first.normalize('NFD');
  if (TONES.some((t) => firstBase.includes(t))) return null;
  return [(first + tone).normalize('NFC'), bare];
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Canonicalises tone placement in open "oa/oe/uy" syllables, keeping the length. */
function canonicalTones(text: string): string {
  const chars = [...text];
  let changed = false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const lowA = a.toLowerCase();
    if (lowA !== 'o' && lowA !== 'u') continue;
    const b = chars[i + 1]!;
    const baseB = b.normalize('NFD')[0]?.toLowerCase();
    const pair = (lowA === 'o' && (baseB === 'a' || baseB === 'e')) || (lowA === 'u' && baseB === 'y');
    if (!pair || b.normalize('NFD').length < 2) continue;
    if (isLetter(chars[i + 2])) continue;
    const prev = chars[i - 1]?.toLowerCase();
    if (prev === 'q' || (lowA === 'u' && prev === 'g')) continue;
    const moved = moveTone(a, b);
    if (!moved || moved[0].length !== 1 || moved[1].length !== 1) continue;
    chars[i] = moved[0];
    chars[i + 1] = moved[1];
    changed = true;
  }
  return changed ? chars.join('') : text;
}

/** Normalises `input` for the rules and keeps a map back to its offsets. */
export function normalizeText(input: string): Normalized {
  let out = '';
  // map[i] = input offset of output unit i; map[out.length] = input.length.
  const map: number[] = [];
  // ends[i] = input offset just after the source of output unit i.
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (DROPPED.has(ch)) {
      i++;
      continue;
    }
    // A base letter followed by combining marks: compose the cluster.
    let j = i + 1;
    while (j < input.length && COMBINING.test(input[j]!)) j++;
    let piece = j > i + 1 ? input.slice(i, j).normalize('NFC') : ch;
    const code = piece.charCodeAt(0);
    if (piece.length === 1) {
      const repl = REPLACED[piece];
      if (repl !== undefined) piece = repl;
      else if (code >= 0xff10 && code <= 0xff19) piece = String.fromCharCode(code - 0xff10 + 48);
    }
    for (let k = 0; k < piece.length; k++) {
      map.push(i);
      ends.push(j);
    }
    out += piece;
    i = j;
  }
  map.push(input.length);
  const text = canonicalTones(out);
  return {
    text,
    toInput(offset: number): number {
      if (offset <= 0) return map[0] ?? 0;
      if (offset >= map.length) return input.length;
      return map[offset]!;
    },
    toInputEnd(offset: number): number {
      if (offset <= 0) return map[0] ?? 0;
      if (offset > ends.length) return input.length;
      return ends[offset - 1]!;
    },
  };
}
