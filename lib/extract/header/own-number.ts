import { gluedSubjectMark } from '../citations/number-pattern';
import type { Line } from '../segment/lines';

/** The document's own số/ký hiệu, as printed without spaces, and where it was read. */
export interface OwnNumber {
  number: string | null;
  line: number;
  start: number;
  end: number;
}

// "Số: 9533/VPCP-CN", "Số 1008 - CV/BTGTU", "Số:136 /CD-TTg", "$6:990/TB-TCT" (OCR of "Số:"); the
// space left for the number before signing: "Số:        /UBND-KT", "Số         -CTr/TU".
// Debris and the blanks after each piece of it read by separate quantifiers: a line of many blanks
// is read once, not once per way of splitting them.
const SO_PREFIX = /^\s*(?:[^A-Za-z0-9\s]\s*){0,3}(?:s[oôố6ỗ]|\$6)\s{0,2}[:.]?\s{0,12}/iu;
// A bare number at the start of the header line: "37/TB-VPCP Hà Nội, ngày…", "864305 /TCT-KK.".
const BARE = /^\s*(?:[^A-Za-z0-9\s]\s*){0,3}(?=\d{1,6}\s{0,2}\/\s{0,2}[A-ZĐ])/u;
// garbage? digits? sep code(-/code)*
// OCR may lose the "/" and the letter after it: "Số: 4451 CT-KK" (for "4451/TCT-KK"), read as printed.
// OCR may space out the digits one by one ("Số:8 5 2 0/BCT-KHCN") or split the number once ("Số: 3 70
// /TCHQ-TXNK"); room may stay before the slash
// ("Số: 64            /2024/QĐ-UBND").
// The Government's numbered series of 2025–2026 carry a dotted number ("Số: 66.25/2026/NQ-CP").
// A letter may follow the running number ("Số: 908a/VPCP-KTN": a number taken after 908).
const NUMBER = /^(\S{0,8}?)(\d{1,3}\.\d{1,3}(?=\s{0,2}\/)|\d{1,6}[abAB](?=\/)|\d{1,2} \d{1,4}(?=\s{0,2}\/)|\d{0,6}|\d(?: \d){1,5})\s{0,16}([/-]|(?<=\d\s{1,2})(?=\p{Lu}{2,6}-\p{Lu}))\s{0,2}((?:\d{4}\s{0,2}[/-]\s{0,2})?[A-ZĐ][\p{L}\d&.]{0,15}(?:\s{0,2}[-/]\s{0,2}[A-ZĐ][\p{L}\d&.]{0,15}){0,5})/u;

function readNumber(rest: string): { number: string | null; length: number } | null {
  const m = NUMBER.exec(rest);
  if (!m) return null;
  const [, garbage, digits, sep, code] = m;
  // "30/2020/NĐ-CP": a normative number keeps its year segment.
  // A State number has "/" after the digits; a Party one "-" then "/" inside the code.
  if (sep === '-' && !code!.includes('/')) return null;
  if (sep === '' && digits === '') return null;
  if (/^\d/.test(code!) && digits === '') return null;
  if (sep === '/' && digits === '' && garbage !== '') return { number: null, length: m[0].length };
  let cleanCode = code!.replace(/\s+/g, '').replace(/\.+$/, '');
  // "Số: 2597/VPCP-NCV/v tổ chức …": a web page glued the subject's "V/v" to the number.
  const gluedVv = gluedSubjectMark(rest, m[0].length);
  if (gluedVv) cleanCode = cleanCode.slice(0, -1);
  // Digits glued to non-digit debris ("AO5f", "#205") are not legible: the number is unknown.
  if (garbage !== '' && !/^\d*$/.test(garbage!)) return { number: null, length: m[0].length };
  return { number: `${garbage}${digits!.replace(/ /g, '')}${sep}${cleanCode}`, length: m[0].length - (gluedVv ? 1 : 0) };
}

// A lower-case "số" with no colon before a normative number (its year inside): a cited law's number.
const WRAPPED_SUBJECT = /^\s*s[ốô]\s{1,2}\d{1,6}\/\d{4}\//u;

const FOUNDED_BY = /theo\s{1,3}(?:quyết\s{1,3}định|qđ)\s*$/iu;

// Inside a line where a PDF merged the two header columns: "Hạnh phúc 864305 /TCT-KK. Hà Nội, ngày…".
// Not the tail of a number OCR split ("Số: 3 70 /TCHQ-TXNK").
const MERGED = /(?<=\s)(?<!\d\s)\d{1,6}\s{0,2}\/\s{0,2}[A-ZĐ]/gu;
const DATE_AFTER = /ng\S{1,2}y|th\S{1,2}ng|năm/iu;

/** Finds the document's own number in the header lines `[0, to)`. */
export function findOwnNumber(lines: Line[], to: number): OwnNumber | null {
  return findAtLineStart(lines, to) ?? findMerged(lines, to) ?? findInLine(lines, to) ?? findInTitle(lines, to);
}

// A web page's title over the text: "Công văn số 532/PGD&ĐT V/v tôn vinh …", "Công văn 5337/BHXH-BC về …".
const TITLE_NUMBER = /^\s{0,4}(?:Công văn|Công điện|Chỉ thị|Thông báo|Kế hoạch|Quyết định|Hướng dẫn)\s{1,3}(?:số\s{1,3})?(?=\d)/u;

/** The number in the text's first line when it is such a title, when no header line gives one. */
function findInTitle(lines: Line[], to: number): OwnNumber | null {
  const i = lines.findIndex((l, k) => k < to && l.text.trim() !== '');
  if (i < 0) return null;
  const line = lines[i]!;
  const m = TITLE_NUMBER.exec(line.text);
  if (!m) return null;
  const n = readNumber(line.text.slice(m[0].length));
  return n?.number ? { number: n.number, line: i, start: line.start + m[0].length, end: line.start + m[0].length + n.length } : null;
}

// "straight connector 2Số: 1551 /UBND-VX" (a web page's shape name glued before it), "CÔNG VĂN CỦA
// TỔNG CỤC HẢI QUAN SỐ 3980/TCHQ-GSQL NGÀY 13 THÁNG 9 NĂM 2001 VỀ VIỆC …" (a legal database's title):
// "Số:" with its colon, or "SỐ" in capitals, inside a header line.
// OCR may read "Số:" as "Sô:", "S6:" or "số:"; the number may be left blank for the stamp ("Số: /QĐ-UBND").
// A Party number may follow "Số" with no colon ("Số 104-CTr/TU").
const SO_INSIDE = /(?<!\p{L})(?:[Ss][ốôoỗ6]\s{0,2}:|SỐ\s{1,2}:?|Số\s{1,2}(?=\d{1,6}\s{0,2}-\s{0,2}\p{Lu}[\p{L}]{0,8}\s{0,2}\/))\s{0,4}(?=\d|\s{0,12}\/\s{0,2}\p{Lu})/u;
// "V/V THỰC HIỆN CÔNG VĂN SỐ 123/…", "SỬA ĐỔI … CỦA NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND": a title naming
// another text; the text's own number follows its issuer, not a kind of text.
const SUBJECT_BEFORE = /(?:v\/v|về\s+việc|thực\s+hiện|theo|sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|hướng\s+dẫn|thi\s+hành)\s/iu;
const KIND_BEFORE = /(?:nghị\s+quyết|quyết\s+định|nghị\s+định|thông\s+tư|chỉ\s+thị|công\s+văn|kế\s+hoạch|thông\s+báo|luật|pháp\s+lệnh|công\s+điện|văn\s+bản|tờ\s+trình)\s*$/iu;

/** A number after "Số:" or "SỐ" inside a header line, when none opens a line. */
function findInLine(lines: Line[], to: number): OwnNumber | null {
  for (let i = 0; i < to && i < lines.length; i++) {
    const line = lines[i]!;
    const m = SO_INSIDE.exec(line.text);
    if (!m || SUBJECT_BEFORE.test(line.text.slice(0, m.index)) || KIND_BEFORE.test(line.text.slice(0, m.index))) continue;
    const from = m.index + m[0].length;
    const n = readNumber(line.text.slice(from));
    if (n?.number) return { number: n.number, line: i, start: line.start + from, end: line.start + from + n.length };
  }
  return null;
}

/** A number inside a merged header line, just before the place-and-date. */
function findMerged(lines: Line[], to: number): OwnNumber | null {
  for (let i = 0; i < to && i < lines.length; i++) {
    const line = lines[i]!;
    for (const m of line.text.matchAll(MERGED)) {
      // "… Công văn số 1234/UBND-VX ngày …" in a subject line is a citation, not this number; so is one
      // opening its line after a line that asks for it ("… Quyết định số\n1074/QĐ-BXD ngày …").
      if (/s[ốoô]\s{0,2}:?\s{0,2}$/iu.test(line.text.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (line.text.slice(0, m.index).trim() === '' && CITES_NUMBER.test(lineBefore(lines, i))) continue;
      const n = readNumber(line.text.slice(m.index));
      if (!n?.number) continue;
      const rest = line.text.slice(m.index + n.length, m.index + n.length + 40);
      if (DATE_AFTER.test(rest)) return { number: n.number, line: i, start: line.start + m.index, end: line.start + m.index + n.length };
    }
  }
  return null;
}

/** The text of the last line with words before line `i` (one blank line between at most), or ''. */
function lineBefore(lines: Line[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (lines[k]!.text.trim() !== '') return lines[k]!.text;
  return '';
}

// A line ending on "số" (number), or on a kind of text: the number on the next line is cited.
const CITES_NUMBER = /(?:\bs[ốô]|nghị\s+quyết|quyết\s+định|nghị\s+định|thông\s+tư|chỉ\s+thị|công\s+văn|kế\s+hoạch|thông\s+báo|công\s+điện)\s*:?\s*$/iu;

function findAtLineStart(lines: Line[], to: number): OwnNumber | null {
  let bare: OwnNumber | null = null;
  for (let i = 0; i < to && i < lines.length; i++) {
    const line = lines[i]!;
    const so = SO_PREFIX.exec(line.text);
    // "ĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT": the decision that set up the issuing body (a blank
    // line may stand between).
    if (so && FOUNDED_BY.test(lineBefore(lines, i))) continue;
    // "V/v triển khai Nghị quyết\nsố 954/2020/UBTVQH14": a subject wrapped before the law it names.
    if (so && WRAPPED_SUBJECT.test(line.text)) continue;
    if (so) {
      const rest = line.text.slice(so[0].length);
      const n = readNumber(rest);
      if (n) return { number: n.number, line: i, start: line.start + so[0].length, end: line.start + so[0].length + n.length };
      // "Số:" alone in its cell (a header table copied from a web page): the number is the next line.
      const next = rest.trim() === '' && i + 1 < to ? lines[i + 1] : undefined;
      if (next) {
        const lead = next.text.length - next.text.trimStart().length;
        const m = readNumber(next.text.slice(lead));
        if (m?.number) return { number: m.number, line: i + 1, start: next.start + lead, end: next.start + lead + m.length };
      }
    }
    // "V/v … Quyết định số\n1074/QĐ-BXD ngày …": a number the line before asks for is a cited one.
    if (!bare && !CITES_NUMBER.test(lineBefore(lines, i))) {
      const b = BARE.exec(line.text);
      if (b) {
        const n = readNumber(line.text.slice(b[0].length));
        // Only on a header line that also carries the place and date, or stands alone.
        const rest = line.text.slice(b[0].length + (n?.length ?? 0));
        if (n && (/ng\S{1,2}y|th\S{1,2}ng|năm/iu.test(rest) || rest.trim().length < 4)) {
          bare = { number: n.number, line: i, start: line.start + b[0].length, end: line.start + b[0].length + n.length };
        }
      }
    }
  }
  return bare;
}
