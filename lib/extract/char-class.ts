/**
 * Character classes of one UTF-16 unit, by code. The task rules test the letter next to almost
 * every word: `text[i]` of a letter beyond Latin-1 is a new one-letter string, and a case test
 * (`ch !== ch.toUpperCase()`) another, so the answer for each unit is worked out with those
 * string tests once, the first time the unit is met, and looked up in a table after that.
 */

const LETTER = 1;
const DIGIT = 2;
/** Changes when upper-cased: a lower-case letter. */
const LOWER = 4;
/** Changes when lower-cased: an upper-case letter. */
const UPPER = 8;
/** `\p{Lu}`: a capital letter. */
const CAPITAL = 16;
/** Set once the unit's classes are in the table. */
const KNOWN = 32;

const LETTER_TEST = /\p{L}/u;
const DIGIT_TEST = /\p{N}/u;
const CAPITAL_TEST = /\p{Lu}/u;

function classOf(code: number): number {
  const ch = String.fromCharCode(code);
  return (
    (LETTER_TEST.test(ch) ? LETTER : 0) |
    (DIGIT_TEST.test(ch) ? DIGIT : 0) |
    (ch !== ch.toUpperCase() ? LOWER : 0) |
    (ch !== ch.toLowerCase() ? UPPER : 0) |
    (CAPITAL_TEST.test(ch) ? CAPITAL : 0)
  );
}

// Filled as units are met: building it whole at load would run the string tests 65,536 times.
const TABLE = new Uint8Array(0x10000);

/** The class bits of `code`; 0 for NaN (a read past either end of a string). */
function bits(code: number): number {
  if (code !== code) return 0;
  const known = TABLE[code]!;
  if (known !== 0) return known;
  const found = classOf(code) | KNOWN;
  TABLE[code] = found;
  return found;
}

/** `/\p{L}/u.test(String.fromCharCode(code))`; false past a string's ends (NaN). */
export function isLetterCode(code: number): boolean {
  return (bits(code) & LETTER) !== 0;
}

/** `/[\p{L}\p{N}]/u.test(String.fromCharCode(code))`; false past a string's ends (NaN). */
export function isLetterOrDigitCode(code: number): boolean {
  return (bits(code) & (LETTER | DIGIT)) !== 0;
}

/** True when the unit changes when upper-cased (a lower-case letter). */
export function isLowerCode(code: number): boolean {
  return (bits(code) & LOWER) !== 0;
}

/** True when the unit changes when lower-cased (an upper-case letter). */
export function isUpperCode(code: number): boolean {
  return (bits(code) & UPPER) !== 0;
}

/** A combining diacritical mark (U+0300–U+036F), as NFD text and CP1258-style input carry tones; false for NaN. */
export function isCombiningMarkCode(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** `/[0-9]/.test(String.fromCharCode(code))`: an ASCII digit; false past a string's ends (NaN). */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `/\p{Lu}/u.test(String.fromCharCode(code))`; false past a string's ends (NaN). */
export function isCapitalLetterCode(code: number): boolean {
  return (bits(code) & CAPITAL) !== 0;
}

/** True when `text[from, to)` holds a letter (read by code; a letter beyond the first plane by the pattern). */
export function hasLetterIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isLetterCode(code)) return true;
    // A letter beyond the first plane is two units: the pattern reads it whole.
    if (code >= 0xd800 && code <= 0xdbff) return /\p{L}/u.test(text.slice(i, to));
  }
  return false;
}
