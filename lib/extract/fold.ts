/**
 * Diacritic folding that keeps offsets: every UTF-16 unit of the input maps to exactly one
 * unit of the output, so a match found in the folded text is at the same offsets in the input.
 * Vietnamese letters fold to their lower-case ASCII base ("Đảng" → "dang", "Ủy" → "uy");
 * a stray combining mark folds to "'".
 */

// No-break and typographic spaces fold to a plain space, so every rule sees one kind of blank.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

// Fold table for the Basic Multilingual Plane up to Latin Extended Additional (U+1EFF), filled
// as units are met (0: not yet): working out all 7,936 at load costs several milliseconds.
const TABLE_SIZE = 0x1f00;
const TABLE = new Uint16Array(TABLE_SIZE);

/** The fold of one UTF-16 unit, from the table. */
function foldUnit(code: number): number {
  if (code >= TABLE_SIZE) return foldHigh(code);
  const known = TABLE[code]!;
  if (known !== 0) return known;
  const fold = foldCode(code);
  TABLE[code] = fold;
  return fold;
}

/** Units above the table: only spaces change (Vietnamese letters all sit below U+1F00). */
function foldHigh(code: number): number {
  return (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 ? 32 : code;
}

/** The fold of one UTF-16 unit. */
function foldCode(code: number): number {
  const ch = String.fromCharCode(code);
  if (SPACES.test(ch)) return 32;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') return 100; // "d"
  if (code >= 0x300 && code <= 0x36f) return 39; // "'"
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const lower = base.length === 1 ? base.toLowerCase() : ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

// UTF-16 code units decode back to the same string; the native decoder beats building it by hand.
const DECODER = new TextDecoder('utf-16le', { ignoreBOM: true });
let lastInput = '';
let buffer = new Uint16Array(0);
const MAX_KEPT_BUFFER = 1 << 20;
let lastOutput = '';

/** Folds `text` to lower-case, diacritic-free text of the same length. */
export function foldText(text: string): string {
  if (text === lastInput) {
    // An equal text that is another string object is adopted: comparing the same object again is
    // instant, comparing two copies reads them whole on every call.
    lastInput = text;
    return lastOutput;
  }
  if (text.length < 256) {
    let short = '';
    for (let i = 0; i < text.length; i++) {
      short += String.fromCharCode(foldUnit(text.charCodeAt(i)));
    }
    return short;
  }
  // One buffer for every fold (grown as needed): a fresh one per text is garbage of twice its size.
  if (buffer.length < text.length) buffer = new Uint16Array(Math.max(text.length, buffer.length * 2));
  foldInto(text, buffer);
  const s = DECODER.decode(buffer.subarray(0, text.length));
  // A buffer grown for one huge input is let go rather than kept for good.
  if (buffer.length > MAX_KEPT_BUFFER) buffer = new Uint16Array(0);
  // The pipeline folds the same text several times; keep the last one.
  if (text.length > 1000) {
    lastInput = text;
    lastOutput = s;
  }
  return s;
}

/**
 * Writes the fold of every unit of `text` to `out`. A function of its own: the property loads
 * it makes on `text` then learn only the long texts folded here, not every kind of short string
 * `foldText` is also given, and the loop stays a tight one (about four times faster).
 */
function foldInto(text: string, out: Uint16Array): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // The table read in the loop itself: a call per unit only for units not met before.
    const known = code < TABLE_SIZE ? TABLE[code]! : 0;
    out[i] = known !== 0 ? known : foldUnit(code);
  }
}

// The task rules compare the same few names many times; a small cache, emptied when full.
const KEY_CACHE_SIZE = 512;
const keyCache = new Map<string, string>();

/** Folds a name for comparison: no diacritics, lower case, punctuation and spaces collapsed. */
export function foldKey(text: string): string {
  let key = keyCache.get(text);
  if (key !== undefined) return key;
  key = foldText(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(text, key);
  return key;
}
