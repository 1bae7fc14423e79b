import { foldText } from '../fold';
import type { Line } from './lines';

/** The parts of a directive, as line indexes into `lines` (end exclusive). */
export interface Zones {
  /** The "Kính gửi" / "… điện:" block, if any. */
  recipients: { from: number; to: number } | null;
  /** Body: after the header and recipients, before "Nơi nhận". */
  body: { from: number; to: number };
  /** "Nơi nhận" line index, or -1. */
  closing: number;
}

// "Kính gửi:", OCR "nh gui:", "Kính gử::", "Đồng kính gửi:" (OCR "Đẳng kính gi:"); Công điện:
// "THỦ TƯỚNG CHÍNH PHỦ điện:".
// A web page may run the place-and-date line into it: "Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:",
// "Hà Nội, ngày 27/01/2021 Kính gửi:".
const RECIPIENTS_OPEN = /^[\s\-*_|>#"“]{0,6}(?:k\S{0,2}nh |nh )(?:gu\S?|trinh)\s?[:.]|^.{0,10}\bkinh gui\b|^.{0,10}\bk\S{0,2}nh gi\s?:|\bdien\s?:\s*$|\b(?:nam \d{4}|ngay \d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s{1,4}kinh gui\s?:\s*$/;
// The sender of a Công điện before "điện:": in capitals ("THỦ TƯỚNG CHÍNH PHỦ điện:") or an office
// holder ("Thủ tướng Chính phủ điện:"); "1. Về các dự án lưới điện:" is a heading.
const SENDER_CABLES = /^[^\p{Ll}]*điện\s?:\s*$|^[\s\W]{0,6}(?:thủ tướng|bộ trưởng|chủ tịch|ủy ban|uỷ ban|ban chỉ đạo)/iu;
/** "Nơi nhận" (folded) with OCR variants "Noi nhận", "Wơi nhận", as a pattern's source. */
export const CLOSING_WORDS = '[nwm]o[il] nhan\\b';
// "Nơi nhận:" at a line's start, past bullets and markup.
const CLOSING = new RegExp(`^[\\s\\-*_#|]{0,6}${CLOSING_WORDS}`);
// Lines that open the body when there is no recipients block.
const BODY_OPEN = /^\s*(?:[^\w\s]\s*){0,6}(?:can cu|thuc hien|xet |theo de nghi|ngay \d|sang ngay|chieu ngay|trong nhung|thoi gian qua|de |chinh phu vua|dieu 1\b)/;
// The first section of a plan or programme ("I. MỤC ĐÍCH, YÊU CẦU", "I- TÌNH HÌNH…") or the first
// numbered item ("1. Bộ Tư pháp chủ trì…", "1) Giao …") opens the body when no "Căn cứ…" line comes
// before it: the body is not searched for such a line further down.
const FIRST_SECTION = /^\s{0,8}(?:\*\*|#{1,6}\s)?(?:I\s?[.\-]|1\s?[.)])\s{1,4}\p{Lu}/u;

/**
 * False when RECIPIENTS_OPEN cannot match `trimmed` (a folded line, trimmed): each of its forms
 * has "nh " within the first 14 characters ("kinh gui", "nh gui", "k…nh gi") or ends with ":"
 * ("… dien:"). That last form is tried at every position of a line; most lines have neither.
 */
function mayOpenRecipients(trimmed: string): boolean {
  const at = trimmed.indexOf('nh ');
  return (at >= 0 && at <= 13) || trimmed.endsWith(':');
}

// The Government portal's re-publication stamp ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", OCR'd), folded.
const PORTAL_STAMP = /^c\S{0,2}ng th/;

/** A line that can be the one body a letter is sent to: short, no sentence, not the body's first line. */
function isAddressLine(line: string, folded: string): boolean {
  const t = line.trim();
  return t.length > 3 && t.length < 160 && /^\p{Lu}/u.test(t) && !/[:]$/.test(t) && !/[.!?;]\s+\p{Lu}/u.test(t) && !BODY_OPEN.test(folded) && !FIRST_SECTION.test(line) && !PORTAL_STAMP.test(folded.trim());
}

function isRecipientContinuation(line: string, prev: string, afterBlank: boolean): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (/^[-+•~*]/.test(t)) return true;
  // A wrapped recipient name: the previous item did not end with ";" or ".".
  const p = prev.trim();
  if (/[;.]$/.test(p)) return false;
  // Past a blank line, only a name broken after "," or "-" goes on ("Kính gửi: Cục Thuế … Trung ương\n\n
  // định tại Nghị quyết số …" is the body, its first words lost).
  if (afterBlank && !/[,-]$/.test(p)) return false;
  // "… thành phố trực thuộc\nTrung ương.": a short capitalised rest that ends the item.
  return /^[\p{Ll}\d(]/u.test(t) || /[,-]$/.test(p) || (t.length < 40 && /[;.]$/.test(t));
}

/**
 * Finds the recipients block, the body and the closing of a directive. `folded` is
 * `foldText` of the text `lines` were split from, when the caller has it already.
 */
export function findZones(lines: Line[], folded?: string): Zones {
  const all = folded ?? foldText(lines.length ? lines.map((l) => l.text).join('\n') : '');
  const lineFolds = lines.map((l) => all.slice(l.start, l.end));
  let closing = lineFolds.findIndex((f, i) => i > 3 && CLOSING.test(f));
  const end = closing < 0 ? lines.length : closing;

  let recipients: Zones['recipients'] = null;
  const searchTo = Math.min(end, Math.max(40, Math.floor(end * 0.5)));
  for (let i = 0; i < searchTo; i++) {
    const f = lineFolds[i]!;
    const t = f.trim();
    if (!mayOpenRecipients(t) || !RECIPIENTS_OPEN.test(t)) continue;
    if (/\bdien\s?:\s*$/.test(f) && (f.trim().length > 60 || !SENDER_CABLES.test(lines[i]!.text))) continue;
    let j = i + 1;
    let prev = lines[i]!.text;
    let afterBlank = false;
    // A block may start on the next line(s) after blank lines.
    while (j < end) {
      const t = lines[j]!.text;
      if (t.trim() === '') {
        afterBlank = true;
        j++;
        continue;
      }
      // The block's first line may follow "Kính gửi:" alone on its line after blank lines.
      const opener = j > i + 1 && prev === lines[i]!.text && /:\s*$/.test(prev);
      // "Kính gửi:" alone, then the one body it is sent to on the next line, capitalised and no dash:
      // "Hiệu trưởng các trường MN, TH, THCS … trên toàn thị xã".
      const firstAfterAlone = prev === lines[i]!.text && /:\s*$/.test(prev) && isAddressLine(t, lineFolds[j]!);
      if (!firstAfterAlone && !isRecipientContinuation(t, prev, afterBlank && !opener)) {
        // "Đồng kính gửi: …" right after the block adds the bodies informed: the block goes on.
        if (!RECIPIENTS_OPEN.test(lineFolds[j]!.trim()) || /\bdien\s?:\s*$/.test(lineFolds[j]!)) break;
        // Its sentence may wrap: "… thành phố trực thuộc\nTrung ương để lãnh đạo, chỉ đạo."
        prev = /[;.]\s*$/.test(t) ? t : `${t},`;
        afterBlank = false;
        j++;
        continue;
      }
      prev = t;
      afterBlank = false;
      j++;
    }
    recipients = { from: i, to: j };
    break;
  }

  let from = recipients ? recipients.to : 0;
  if (!recipients) {
    const open = lineFolds.findIndex((f, i) => i < end && (BODY_OPEN.test(f) || (i > 2 && FIRST_SECTION.test(lines[i]!.text))));
    from = open < 0 ? 0 : open > 0 && !BODY_OPEN.test(lineFolds[open]!) ? callBefore(lines, lineFolds, open) : open;
  }
  return { recipients, body: { from, to: end }, closing };
}

// The call that opens a notice's list: "… Bộ trưởng có ý kiến chỉ đạo như sau:", "… theo các nội dung
// sau đây:", "Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương:" (its last line, folded; a call
// that names no one opens nothing).
const CALL_END = /(?:nhu sau|noi dung sau day|(?:yeu cau|de nghi|chi thi)\s[^:\n]{2,160}?)\s{0,2}:\s*$/;
const PAGE_DEBRIS = /^\s*(?:-{2,4}\s*PAGE BREAK\s*-{2,4}|\S{1,3})?\s*$/;
// A section's title in Roman numerals, on one line.
const SECTION_TITLE = /^\s{0,8}[IVX]{1,4}\s?[.\-]\s{1,4}\p{Lu}[^\n]{0,200}:\s*$/u;
// How far back the call's paragraph may start before its last line.
const CALL_LINES = 12;

/**
 * The line that opens the body when its first section is at `open`: the paragraph just before it
 * when that paragraph ends with a call ("… có ý kiến chỉ đạo như sau:"), else `open`.
 */
function callBefore(lines: Line[], lineFolds: string[], open: number): number {
  // Blank, or what a page break leaves between the call and the list ("--- PAGE BREAK ---", "2", "iz").
  const blank = (i: number) => PAGE_DEBRIS.test(lines[i]!.text);
  let last = open - 1;
  while (last > 2 && blank(last)) last--;
  // "II. Một số công việc tiếp tục triển khai thực hiện trong năm 2019:" between the call and item 1.
  if (last > 2 && SECTION_TITLE.test(lines[last]!.text)) {
    last--;
    while (last > 2 && blank(last)) last--;
  }
  // The call's words may break over its last two lines ("… Cụ thể như\nsau:").
  if (last <= 2 || !CALL_END.test(`${blank(last - 1) ? '' : lineFolds[last - 1]!} ${lineFolds[last]!}`)) return open;
  let first = last;
  while (first - 1 > 2 && !blank(first - 1) && last - first < CALL_LINES) first--;
  return first;
}
