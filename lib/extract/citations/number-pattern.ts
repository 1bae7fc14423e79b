import { isAsciiDigitCode } from '../char-class';
import { isBlankCode } from '../normalize';

/**
 * The shape of a document number (số và ký hiệu) as printed, tolerant of OCR spacing and of
 * line breaks after a separator. Every quantifier is bounded, so matching stays linear.
 *
 * State:  "10948/BXD-KHTC", "10948 /BXD- KHTC", "95/2025/QH15", "018/2025-VSP", "9271/VPCP-\nCN",
 *         "66.19/2026/NQ-CP" (a running number with a point, year after it; OCR may space it: "66. 4/2025/NQ-CP"), "138/CĐ- -TTg" (OCR dash),
 *         "30/201 6/QĐ-TTg" (OCR space inside the year)
 * Party:  "49-NQ/TU", "1008 - CV/BTGTU", "31-\nCTr/TW", "01-CTr/BTGTU-HĐND-UBND-TA-VKS", "104-CTr/Tu" (OCR)
 * Not:    "2021-2025", "28/11/1820", "0243.9719.472", "01-1/TB-TĐT" (a form code), "Số 6 - Đà Nẵng"
 */
const DASH = '[-\\u2010\\u2011\\u2013\\u2014]';
const SP = '[ \\t\\u00a0]{0,2}';
/** After a separator: a few spaces, or a line break and the next line's indentation. */
const WRAP = '[ \\t\\u00a0]{0,6}(?:\\r?\\n[ \\t\\u00a0]{0,24})?';
/**
 * A ký hiệu group with two capitals: "UBND", "TTg", "CTr", "QyĐ", "NĐ", "VX1", "SKH&ĐT"; OCR may
 * put an apostrophe after the first ("T'W" for "TW"), which the comparison key drops.
 */
const FIRST_GROUP = "\\p{Lu}['’]?[\\p{Ll}\\d&]{0,3}\\p{Lu}[\\p{L}\\d&]{0,12}";
/** Later groups may also be a capital and digits ("BCA-V03"); first, "10/A1" would be a class, "301/B1" a room. */
// OCR may read "TTg" as "Tg" or "Mg" ("866/QĐ-Tg"): a capital and "g" ending the number.
const GROUP = `(?:${FIRST_GROUP}|\\p{Lu}\\d{1,3}[\\p{L}\\d]{0,4}|\\p{Lu}g(?![\\p{L}\\p{N}]))`;
/** A hyphen between groups ("QĐ - UBND" in OCR too: GROUP's two capitals keep out "… - Hà Nội"). */
// A point may join two groups of capitals ("26/TB-VP.UBND": the office of a People's Committee).
// OCR may leave a bar or a quote mark after the hyphen ("76/2014/TT-|BIC", "03/2021/TT-‘BTC"), kept as printed.
const JOIN = `(?:[ \\t\\u00a0]?${DASH}(?:${SP}${DASH})?${WRAP}[|‘]?|\\.(?=\\p{Lu}{2}))`;
/** A capital and digits first only before another group: "787/C06-P3" (a police department's), not "10/A1". */
const TAIL = `(?:${FIRST_GROUP}|\\p{Lu}\\d{2,3}(?=${JOIN}${GROUP}))(?:${JOIN}${GROUP}){0,7}`;
/** The year inside a number; OCR may split it with one space ("30/201 6/QĐ-TTg"). */
const YEAR = '\\d(?: ?\\d){3}';
// A fraction slash may stand for the first "/" ("01⁄2016/TTLT-BKHĐT-BTC", kept as printed).
const STATE = `${SP}[\\/\\u2044]${WRAP}(?:${YEAR}${SP}(?:\\/|${DASH})${WRAP})?${TAIL}`;
/** A Party committee's code whose last letter OCR read lower case: "104-CTr/Tu" (TU), "…/Hu", "…/Đu". */
const PARTY_LOWER_TAIL = '\\p{Lu}[uw](?![\\p{L}\\p{N}])';
const PARTY = `${SP}${DASH}${WRAP}${FIRST_GROUP}${SP}\\/${WRAP}(?:${TAIL}|${PARTY_LOWER_TAIL})`;
/**
 * Digits glued to a letter, a slash, a dash or a symbol ("Š2/…", "§5/…", "#205 /…", "01-1/…"), or
 * after a decimal point ("1.229/…"), are not a number start; "số.3295/…" is; nor is the last of digits
 * OCR spaced out one by one ("Số:8 5 2 0/BCT-KHCN": not "0/BCT-KHCN").
 */
const START = '(?<![\\p{L}\\p{N}\\/\\u2044#§$%&@+=~\\\\^\\-\\u2010\\u2011\\u2013\\u2014])(?<!\\d[.,])(?<!\\d[ \\t]\\d[ \\t])';

/** Creates the sticky, Unicode-aware regex, tried where a number may start; group 1 is the running number. */
export function createNumberPattern(): RegExp {
  // A letter may follow the running number: "Nghị quyết số 36a/NQ-CP", "Số: 908a/VPCP-KTN".
  return new RegExp(`${START}(\\d{1,6}|\\d{1,6}[ab](?=${SP}\\/)|\\d{1,3}\\. ?\\d{1,3}(?=${SP}\\/${WRAP}\\d{4}))(?:${STATE}|${PARTY})`, 'uy');
}

/**
 * True when the number ending at `end` took the "V" of a subject line's "V/v" that a web page glued to
 * it ("Số: 2597/VPCP-NCV/v tổ chức …"): that "V" is no part of the code.
 */
export function gluedSubjectMark(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 86 /* V */ && /^\/v\b/.test(text.slice(end, end + 3));
}

function isDashCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014;
}

/**
 * The earliest offset where a number whose first "/" is at `slash` can start, read backwards by
 * the pattern's shape (generously: only the regex decides). State: digits, SP, "/" — at most 9
 * units before. Party: digits, SP, a dash, WRAP's blanks, one group (no blank, dash or slash;
 * letters may be surrogate pairs), SP, "/" — digits at most 8 units before that dash.
 */
export function numberReach(text: string, slash: number): number {
  let at = slash;
  while (at > slash - 2 && isBlankCode(text.charCodeAt(at - 1))) at--;
  const groupEnd = at;
  while (at > groupEnd - 40 && at > 0) {
    const code = text.charCodeAt(at - 1);
    if (code === 47 || isDashCode(code) || isBlankCode(code)) break;
    at--;
  }
  if (at === groupEnd) return slash - 9;
  const blanksEnd = at;
  while (at > blanksEnd - 40 && isBlankCode(text.charCodeAt(at - 1))) at--;
  return isDashCode(text.charCodeAt(at - 1)) ? Math.min(at - 1 - 8, slash - 9) : slash - 9;
}

/**
 * The number as printed with whitespace removed, an OCR'd doubled dash made one and trailing
 * punctuation dropped ("15/QĐ-TTg." → "15/QĐ-TTg", "138/CĐ- -TTg" → "138/CĐ-TTg").
 */
export function compactNumber(raw: string): string {
  if (isCompact(raw)) return raw;
  return raw
    .replace(/\s+/gu, '')
    .replace(/[-\u2010\u2011\u2013\u2014]{2,}/gu, '-')
    .replace(/[-\u2010\u2011\u2013\u2014/.,;:'’]+$/u, '');
}

/**
 * True when `compactNumber` leaves `raw` as it is, as most numbers are: no blank (`\s`), no two
 * dashes in a row, no trailing punctuation. One pass, where the general form runs three replaces.
 */
function isCompact(raw: string): boolean {
  let dash = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isBlankCode(code) || (dash && isDashCode(code))) return false;
    dash = isDashCode(code);
  }
  const last = raw.charCodeAt(raw.length - 1);
  return !(isDashCode(last) || last === 47 || last === 46 || last === 44 || last === 59 || last === 58 || last === 39 || last === 0x2019);
}

/**
 * `citationKey` of a number made only of ASCII letters and digits, "/", "&", "-" and Đ/đ (Ð/ð), as
 * most are: one pass, where the general form runs four regex replaces; null for anything else.
 */
function plainKey(number: string): string | null {
  let key = '';
  let dash = false;
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    if (code === 45) {
      if (!dash) key += '-';
      dash = true;
      continue;
    }
    dash = false;
    if (isAsciiDigitCode(code) || (code >= 65 && code <= 90) || code === 47 || code === 38) key += number[i];
    else if (code >= 97 && code <= 122) key += String.fromCharCode(code - 32);
    else if (code === 0x110 || code === 0x111 || code === 0xd0 || code === 0xf0) key += 'D';
    else return null;
  }
  return key;
}

const SO_PREFIX = /^s[ốo]\s*:?/iu;

/** The scorer's comparison key: no spaces/dots/apostrophes, one dash, upper case, Đ→D. */
export function citationKey(number: string): string {
  // A number read from the text starts with its digits: no "số" prefix to drop. Made of plain
  // characters only (no combining mark), it is its own NFC form.
  const first = number.charCodeAt(0);
  const plain = isAsciiDigitCode(first) ? plainKey(number) : null;
  if (plain !== null) return plain;
  const nfc = number.normalize('NFC');
  const code = nfc.charCodeAt(0);
  if (isAsciiDigitCode(code)) {
    const plainNfc = plainKey(nfc);
    if (plainNfc !== null) return plainNfc;
  }
  return (isAsciiDigitCode(code) ? nfc : nfc.replace(SO_PREFIX, ''))
    .replace(/[\s.'’`]/gu, '')
    .replace(/[-\u2010\u2011\u2013\u2014]+/gu, '-')
    .toUpperCase()
    .replace(/[ĐÐ]/gu, 'D');
}

/** The 4-digit year inside a normative number ("63/2010/NĐ-CP" → 2010), else null. */
export function yearInNumber(number: string): number | null {
  // `/^\d{1,6}\/(\d{4})[/-]/`, read by code.
  const slash = digitsEnd(number, 0);
  if (slash === 0 || slash > 6 || number.charCodeAt(slash) !== 47 || digitsEnd(number, slash + 1) !== slash + 5) return null;
  const after = number.charCodeAt(slash + 5);
  return after === 47 || after === 45 ? Number(number.slice(slash + 1, slash + 5)) : null;
}

/** The offset after the run of ASCII digits that starts at `from`. */
export function digitsEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && isAsciiDigitCode(text.charCodeAt(at))) at++;
  return at;
}

/** The type code of a number: Party "49-NQ/TU" → "NQ"; State "15/QĐ-TTg", "63/2010/NĐ-CP" → "QĐ", "NĐ". */
export function typeCodeOf(number: string): { code: string; party: boolean } | null {
  const party = /^\d{1,6}-([^/-]+)\//u.exec(number);
  if (party) return { code: party[1]!, party: true };
  const state = /^\d{1,6}\/(?:\d{4}[/-])?([^/-]+)-/u.exec(number);
  return state ? { code: state[1]!, party: false } : null;
}
