import { isAsciiDigitCode } from '../char-class';
import { isBlankCode } from '../normalize';
import { readCitedDate, readHeaderDate } from './cited-date';
import { readCitedIssuer } from './cited-issuer';
import { kindFromCode, readEarlierKind, readStatedKind } from './cited-kind';
import { readIssuerBefore } from './issuer-before';
import { citationKey, compactNumber, gluedSubjectMark, yearInNumber } from './number-pattern';

/** One place where a number is cited, with what that place states about it. */
export interface Mention {
  number: string;
  key: string;
  /** Span of the mention: type word (or number) through date/issuer. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /** The type word written right before the number. */
  statedKind: string | null;
  /** Type from a list head ("Quyết định số A và B"), the code, or a word earlier in the clause. */
  impliedKind: string | null;
  date: string | null;
  issuer: string | null;
  /** "đề nghị của Bộ X tại văn bản số N": weaker than "N … của Bộ X". */
  issuerBefore: string | null;
}

/** "Nghị định số 1 17/2018/NĐ-CP": a stray OCR space after the first digit(s) of a number. */
const SPLIT_DIGITS = /(?<![a-z])s[o0][ \t:.]{1,3}(\d{1,2}) $/u;
/** "QCVN 122:2024/BGTVT": a national standard's code and number before the year the pattern matched. */
const STANDARD = /(?:QCVN|TCVN)[ \t]?\d{1,4}(?:-\d{1,4})?:$/u;
/** Punctuation a number's match may end with: `/[\s\-\u2010\u2011\u2013\u2014/.,;:'’]/u`, by code. */
function isTrailingPunct(code: number): boolean {
  return (
    code === 45 || code === 47 || code === 46 || code === 44 || code === 59 || code === 58 || code === 39 || code === 0x2019 ||
    code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014 || isBlankCode(code)
  );
}

/** A digit, for the cheap checks before the regexes (a regex call costs far more). */

// What precedes the document's type in such a sentence: its date, then who issued it.
const SENTENCE_START = /(?:^|[.;:]\s{1,4}|\n[ \t]{0,12})ngay\s{1,3}\d/g;
// "Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP": the comma may be left out.
// "Ngày 31/12/2014, Tổng cục Thuế và BHXH Việt Nam đã tổ chức ký Quy chế phối hợp công tác số 5423/…",
// "Ngày 10/10/2012, Bộ Xây dựng đã ban hành 02 Thông tư: số 05/2012/TT-BXD …": the kind's words (a
// count, a colon) between the verb and the number.
const ISSUED = /^\s{0,2},?[^.;]{0,160}?\b(?:da ban hanh|ban hanh|da ky|ky|da co|co|gui|phat hanh|da ra)\s{1,3}(?:[a-z0-9]{1,8}:?\s{1,3}){0,6}?(?:so\s{0,3})?$/;

/** The date opening the sentence that issues the document cited at `start`, else null. */
function readIssuedOnDate(folded: string, start: number, year: number | null): string | null {
  const from = Math.max(0, start - 240);
  const window = folded.slice(from, start);
  if (!window.includes('ngay')) return null;
  // The last sentence to open with "Ngày <digit>" before the document.
  let ngay = -1;
  SENTENCE_START.lastIndex = 0;
  for (let m = SENTENCE_START.exec(window); m; m = SENTENCE_START.exec(window)) ngay = from + m.index + m[0].lastIndexOf('ngay');
  if (ngay < 0) return null;
  const read = readCitedDate(folded, ngay, year);
  if (!read?.date || read.end > start) return null;
  return ISSUED.test(folded.slice(read.end, start)) ? read.date : null;
}

const GLUED_DAY = /\p{Lu}(?:Ngày|ngày|NGÀY)$/u;
// Lower-case letters after two capitals, one of them beyond ASCII ("đề", "và"): a word, not the code.
const GLUED_WORD = /\p{Lu}{2}(\p{Ll}{0,6}(?![\u0000-\u007f])\p{Ll}\p{Ll}{0,6})$/u;

/** How many units at the end of the match `[start, end)` a web page glued on after the number. */
function gluedTailLength(text: string, start: number, end: number): number {
  // "công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009": the date's first word.
  if (GLUED_DAY.test(text.slice(Math.max(start, end - 5), end))) return 4;
  // "17/HQĐNa-GSQLđề ngày …": a Vietnamese word after the code's capitals.
  const word = GLUED_WORD.exec(text.slice(Math.max(start, end - 10), end));
  if (word) return word[1]!.length;
  // "Số: 2597/VPCP-NCV/v tổ chức …": the subject's "V/v".
  return gluedSubjectMark(text, end) ? 1 : 0;
}

/** Builds the mention for a number matched at `[at, matchEnd)`. */
export function readMention(text: string, folded: string, at: number, matchEnd: number): Mention {
  let numberStart = at;
  // SPLIT_DIGITS ends with a digit and a space: most numbers have neither before them.
  const split = folded.charCodeAt(at - 1) === 32 && isAsciiDigitCode(folded.charCodeAt(at - 2)) ? SPLIT_DIGITS.exec(folded.slice(Math.max(0, at - 12), at)) : null;
  if (split) numberStart = at - split[1]!.length - 1;
  // "QCVN 122:2024/BGTVT", "TCVN 5574:2018/…": a national standard's code and number before its year.
  const standard = folded.charCodeAt(at - 1) === 58 /* : */ ? STANDARD.exec(text.slice(Math.max(0, at - 16), at)) : null;
  if (standard) numberStart = at - standard[0].length;
  matchEnd -= gluedTailLength(text, numberStart, matchEnd);
  const number = compactNumber(text.slice(numberStart, matchEnd));
  // The compact number may have dropped trailing punctuation; the span ends at its last character.
  let numberEnd = matchEnd;
  while (numberEnd > numberStart && isTrailingPunct(text.charCodeAt(numberEnd - 1))) numberEnd--;
  const stated = readStatedKind(folded, numberStart);
  const year = yearInNumber(number);
  let date = readCitedDate(folded, numberEnd, year) ?? readHeaderDate(text, folded, numberStart, numberEnd, year);
  const issuer = readCitedIssuer(text, folded, date?.end ?? numberEnd);
  // "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020": the issuer may come first.
  if (!date && issuer) date = readCitedDate(folded, issuer.end, year);
  const start = stated?.start ?? numberStart;
  // "Ngày 20 tháng 8 năm 2025, Thủ tướng Chính phủ đã ban hành Công điện số 138/CĐ-TTg": the date
  // opens the sentence that issues the document (only the date is read there, not kept in the span).
  const dateBefore = date ? null : readIssuedOnDate(folded, start, year);
  return {
    number,
    key: citationKey(number),
    start,
    end: Math.max(issuer?.end ?? 0, date?.end ?? 0, numberEnd),
    numberStart,
    numberEnd,
    statedKind: stated?.kind ?? null,
    // Only needed when no type word is stated here (a stated word always wins for the document).
    impliedKind: stated ? null : (kindFromCode(number) ?? readEarlierKind(folded, numberStart)),
    date: date?.date ?? dateBefore ?? null,
    issuer: issuer?.issuer ?? null,
    // "của Bộ X tại Tờ trình số N" needs the type word; a bare number has no such lead-in.
    issuerBefore: stated ? readIssuerBefore(text, folded, start) : null,
  };
}
