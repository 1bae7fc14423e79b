import { collapseBlanks } from '../normalize';

/**
 * An issuer named before the type word, used only when no mention says "của <issuer>" after it:
 *   "Xét đề nghị của Bộ Tài chính tại Tờ trình số …"        → "Bộ Tài chính"
 *   "Tổng cục Thuế đã ban hành Công văn số …"                → "Tổng cục Thuế"
 *   "Ngày 30/9/2025, Bộ Xây dựng đã có văn bản số …"         → "Bộ Xây dựng"
 *   "Ngày 12/3/2020 Tổng cục Thuế đã ban hành Công văn số …" → "Tổng cục Thuế"
 * Runs on the folded text just before the type word; the name is copied from the original.
 */
const GAP = '[ \\t\\r\\n]{1,3}';
const OF_AT = new RegExp(`(?<![a-z])cua${GAP}([^;:()\\n]{2,70}?)${GAP}tai${GAP}(?:cac${GAP})?$`, 'du');
const HAS_ISSUED = new RegExp(
  `(?:^|[.;:\\n]|,[ \\t])[ \\t]{0,3}([^.;:,()\\n]{2,50}?)${GAP}(?:da|vua)${GAP}(?:ban${GAP}hanh|co)${GAP}(?:cac${GAP})?$`,
  'du',
);

// How OF_AT and HAS_ISSUED end: checked first, since a window that does not end so matches
// neither, and these short patterns fail fast where the long ones try every start.
const OF_AT_END = new RegExp(`tai${GAP}(?:cac${GAP})?$`, 'u');
const HAS_ISSUED_END = new RegExp(`(?:da|vua)${GAP}(?:ban${GAP}hanh|co)${GAP}(?:cac${GAP})?$`, 'u');
/** The longest ending either short pattern can match ("vua ban hanh cac" with gaps of 3), tested alone. */
const END_REACH = 25;

const LEADING_DATE = /^[Nn]gày \d{1,2}(?: ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}| tháng \d{1,2} năm \d{4}) ?,? ?/u;

/** A unit of GAP: space, tab, CR or LF. */
function isGapCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** The issuer named before the type word that starts at `kindStart`, else null. */
export function readIssuerBefore(text: string, folded: string, kindStart: number): string | null {
  // Both endings are a word ending in "i", "c", "h" or "o" ("tai", "cac", "hanh", "co") and 1 to 3
  // blanks: checked by code before any slice or regex.
  let word = kindStart;
  while (word > kindStart - 3 && isGapCode(folded.charCodeAt(word - 1))) word--;
  const last = folded.charCodeAt(word - 1);
  if (word === kindStart || !(last === 105 || last === 99 || last === 104 || last === 111)) return null;
  const from = Math.max(0, kindStart - 120);
  const window = folded.slice(from, kindStart);
  const end = window.slice(-END_REACH);
  const hit = (OF_AT_END.test(end) ? OF_AT.exec(window) : null) ?? (HAS_ISSUED_END.test(end) ? HAS_ISSUED.exec(window) : null);
  if (!hit) return null;
  const [s, e] = hit.indices?.[1] ?? [0, 0];
  // OCR scatters dots between words ("Thủ tướng. Chính. phủ").
  const dotless = text.slice(from + s, from + e).replace(/\.(?=\s)/gu, '');
  // "Ngày 12/3/2020 Tổng cục Thuế đã ban hành …": a date that opens the sentence without its comma.
  const name = collapseBlanks(dotless).trim().replace(LEADING_DATE, '');
  // A body's name starts with a capital and is short; "đề nghị của doanh nghiệp" is no issuer.
  return /^\p{Lu}/u.test(name) && name.split(' ').length <= 10 ? name : null;
}
