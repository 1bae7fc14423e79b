/**
 * Regex fragments shared by the rules. They are written for the folded text (lower case, no
 * diacritics: "trước" → "truoc", "Khẩn trương" → "khan truong"), so lost or wrong diacritics from
 * OCR still match. Every repetition is bounded, so each rule runs in linear time.
 */

/**
 * No letter or digit before. The folded text spells Vietnamese in ASCII, so an ASCII class is
 * enough (and much faster than `\p{L}` look-behinds, evaluated at every position); JavaScript's
 * `\b` would break on "đ" and accented letters in unfolded text.
 */
export const B = '(?<![a-z0-9])';
/** No letter or digit after. */
export const E = '(?![a-z0-9])';
/** A gap between words: spaces, a line break inside a phrase, an OCR table bar. */
export const G = '[\\s|]{1,12}';
/** An optional gap. */
export const G0 = '[\\s|]{0,12}';
/**
 * "ngày" and its OCR forms ("hgày", "ngàv"), with "mùng"/"mồng" after it ("ngày mùng 10"), or a stroke
 * OCR read as a letter before the figures ("trước ngày i 13/3/2019").
 */
export const DAY = '(?:ngay|hgay|ngav|nqay)(?:[\\s|]{1,3}m[uo]ng|[\\s|]{1,3}[il](?=[\\s|]{1,3}\\d))?';
/** "trước", also with the "t" lost to OCR ("rước"); group: the "t". */
export const BEFORE = '(t?)ruoc';
/** "trước", "trước dịp", "trước kỳ nghỉ", "trước dịp nghỉ" before a holiday's name (one group: BEFORE's). */
export const HOLIDAY_LEAD = `${B}${BEFORE}${G}(?:(?:dip|ky${G}nghi)${G})?(?:nghi${G})?`;

const SEP = '\\s{0,3}[/.-]\\s{0,3}';
/**
 * "20/12/2024", "15/12", "4-3-2024", "20/1\n\n/2024" (OCR line break inside), and a two-day span
 * "06-07/10" (read as its last day).
 */
export const NUM_DATE = `\\d{1,2}(?:\\s{0,2}-\\s{0,2}\\d{1,2}(?=\\s{0,2}/))?${SEP}\\d{1,2}(?:${SEP}\\d{2,4})?`;
/** "22 tháng 12 năm 2021", "25\ntháng 10 năm 2025", "15 tháng 12" ("thang" also from OCR "thắng"). */
export const WORD_DATE = `\\d{1,2}\\s{0,12}thang\\s{0,12}\\d{1,2}(?:\\s{0,12},?\\s{0,3}(?:nam|,)\\s{0,12}\\d{4})?`;
/** A day-first date; parse it with `readDateSlot`. */
export const DATE = `(?<![\\d.,/])(?:${NUM_DATE}|${WORD_DATE})(?!\\d)`;

/** "tháng 3/2025", "tháng 10 năm 2025" after the month number; groups: year, year. */
export const MONTH_YEAR_TAIL = `(?:${G0}[/-]${G0}(\\d{4})|${G}nam${G}(\\d{4}))?(?!\\d)`;

/** "15h00", "16 giờ 00", "9 giờ 30 phút", "15h", "15:00"; groups: hour, minute. */
export const TIME = `(\\d{1,2})\\s{0,2}(?:h|gio|g|:(?=\\d{2}))(?:\\s{0,2}(\\d{2}))?(?:\\s{0,2}(?:phut|p)${E})?`;
/** Part of day after a time; group: the word. */
export const DAY_PART = `(?:${G}(sang|trua|chieu|toi))?`;

/** Weekday names ("thứ Sáu" → "thu sau", "chủ nhật" → "chu nhat"). */
export const WEEKDAY = `(?:thu${G}(?:hai|ba|tu|nam|sau|bay)|chu${G}nhat)`;

/** Month names read by chrono-node ("tháng Mười", "tháng Giêng", "tháng Chạp"). */
export const MONTH_WORD = `(?:muoi${G}(?:mot|hai)|muoi|gieng|chap|mot|hai|ba|tu|sau|bay|tam|chin)`;
