import { isCapitalLetterCode } from '../char-class';
import { collapseBlanks } from '../normalize';
import { kindAlternation } from './citation-kinds';

/**
 * The body that issued a cited document, from "… của <issuer>" right after the number or date:
 *   "ngày 04/3/2024 của Ban cán sự đảng UBND tỉnh về việc…" → "Ban cán sự đảng UBND tỉnh"
 *   "ngày 28/7/2026 của Ban\n   Chấp hành Trung ương Đảng khóa XIV và…" → "Ban Chấp hành Trung ương Đảng khóa XIV"
 * The name ends at punctuation, a blank line, or a lower-case word that starts the clause's
 * predicate ("về", "quy định", "hướng dẫn", "ban hành", "thực hiện"…). Scored loosely.
 */
const OF = /[ \t\r\n,]{0,3}cua[ \t\r\n]{1,3}/uy;
// …or at a line that opens an item ("…của Thủ tướng Chính phủ\nI. MỤC ĐÍCH", "\n2. …", "\n- …"), at a
// table's column bar, or at the header's place and date ("V/v triển khai Nghị định số 49/2026/NĐ-CP của
// Chính phủ\nHà Nội, ngày 03 tháng 02 năm 2026": the letter's own date, not the decree's).
const STOP_PUNCT = /[;,()[\]:“”"!?…|]|\.(?!\p{L})|\n[ \t]*\n|\n[ \t]*(?:[IVX]{1,5}\.|\d{1,2}[.)]|\p{Ll}\)|[-+•]|\p{Lu}[^\n,;.]{1,30},[ \t]{0,3}ngày[ \t]{1,3}\d{1,2}[ \t]{1,3}tháng)/u;
/**
 * Predicate words, matched only where the original word is lower case ("Ban Chỉ đạo" is a name).
 * Long words are matched folded (tolerant of lost diacritics); short ones exactly, since folded
 * "ve", "tai", "de" would also stop at "vệ", "tài", "đê".
 */
const STOP_FOLDED = new RegExp(
  '(?<![a-z])(?:quy dinh|huong dan|ban hanh|sua doi|thuc hien|trien khai|chi dao|de nghi|nham|thanh cac|' +
    'doi voi|trong|phe duyet|cong bo|thong bao|ve viec|kem theo|nhu sau|neu tren|co hieu luc|to chuc|tiep tuc|ngay|' +
    'tuyen truyen|hoc tap|quan triet|yeu cau|bo sung|phan cong|xay dung|tang cuong|day manh|lanh dao|' +
    `va(?=[ \\t\\r\\n]{1,3}(?:${kindAlternation('[ \\t\\r\\n]{1,3}')}|so)(?![a-z])|[ \\t\\r\\n]*(?:[^ \\t\\r\\n\\p{L}]|$)))(?![a-z])`,
  'gu',
);
// "giao" assigns ("… của Bộ X giao Sở Y"), except in "Bộ Ngoại giao", whose name may wrap before it.
const STOP_EXACT = /(?<!\p{L})(?:về|tại|theo|gửi|để|đã|với|số|(?<!Ngo[aạ]i[ \t\r\n]{1,3})giao|cho|khi|nay|này)(?!\p{L})/gu;
const VV = /(?<!\p{L})v\/v(?!\p{L})/iu;
const MAX_LENGTH = 110;

export interface CitedIssuer {
  issuer: string;
  end: number;
}

/**
 * `cut` moved back to the first match of `stop` in `searched` (the window or its fold) before it
 * whose word is lower case in `window`. An exec loop on the shared regex: `matchAll` would copy it.
 */
function cutAtStop(stop: RegExp, searched: string, window: string, cut: number): number {
  stop.lastIndex = 0;
  for (let m = stop.exec(searched); m && m.index < cut; m = stop.exec(searched)) {
    const first = window[m.index]!;
    if (first !== first.toUpperCase()) cut = m.index;
  }
  return cut;
}

/** Reads "của <issuer>" starting at `from`, else null. */
export function readCitedIssuer(text: string, folded: string, from: number): CitedIssuer | null {
  // OF reads "cua" within its first three characters: checking those four places first rules
  // most numbers out without a regex call.
  let cua = from;
  while (cua <= from + 3 && !folded.startsWith('cua', cua)) cua++;
  if (cua > from + 3) return null;
  OF.lastIndex = from;
  const of = OF.exec(folded);
  if (!of) return null;
  const start = of.index + of[0].length;
  if (!isCapitalLetterCode(text.charCodeAt(start))) return null;
  const window = text.slice(start, start + MAX_LENGTH);
  let cut = window.length;
  const punct = STOP_PUNCT.exec(window);
  if (punct) cut = Math.min(cut, punct.index);
  // "v/v" holds a slash: a native search rules out most windows.
  const vv = window.includes('/') ? VV.exec(window) : null;
  if (vv) cut = Math.min(cut, vv.index);
  // Searched over the whole window: "và." needs the character after the cut to be seen.
  cut = cutAtStop(STOP_FOLDED, folded.slice(start, start + window.length), window, cut);
  cut = cutAtStop(STOP_EXACT, window, window, cut);
  // A name that runs to the length limit is cut at a word boundary.
  if (cut === MAX_LENGTH) cut = window.lastIndexOf(' ');
  const issuer = collapseBlanks(window.slice(0, Math.max(0, cut))).trim();
  if (issuer.length < 2) return null;
  return { issuer, end: start + window.slice(0, cut).trimEnd().length };
}
