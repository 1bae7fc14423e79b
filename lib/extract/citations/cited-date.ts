/**
 * The issue date stated right after a cited number, read on folded text (so "ngay", "thang",
 * OCR's "thing"/"hgày" and lost diacritics all pass):
 *   "ngày 04/3/2024", ", ngày 29/02/2024", "ngày ngày 22/9/2025", "ngày 4-3-2024",
 *   "ngày 02\ntháng 10 năm 2025", "ngày 02 thang10 năm 2025", "ngày 31 tháng 122024",
 *   "ngày 5 tháng 6/2017", "ngày 02 tháng 7.\nnăm 2021", "ngày Ol tháng 4 năm 2025",
 *   "15/QĐ-TTg. ngày 30/3/2021",
 *   "04/2020/KT-TBHP để ngày 15/4/2020" (one stray OCR token),
 *   "45/KH-UBND và 46/KH-UBND cùng ngày 12/3/2025" (the list's shared date: see link-lists.ts),
 *   "01/BTT-BTC-BTTTT được ký kết ngày\n08/11/2021", "… ban hành ngày 12/3/2025".
 */
const LEAD =
  "[ \\t\\r\\n,.]{0,4}(?:cung[ \\t]{1,2})?(?:(?:duoc[ \\t]{1,2})?(?:ky(?:[ \\t]{1,2}ket)?|ban[ \\t]{1,2}hanh)[ \\t\\r\\n]{1,3}(?:vao[ \\t]{1,2})?)?(?:([^\\s\\d(),;]{1,3})[ \\t]{1,2})?(?:[nh]g[a-z]?y[ \\t\\r\\n:,]{0,3}){1,2}";
const NUMERIC = '(\\d{1,2})[ \\t]{0,2}([/.\\-])[ \\t]{0,2}(\\d{1,2})[ \\t]{0,2}\\3[ \\t]{0,2}(\\d{2,5})(?!\\d)';
/** A worded day may carry OCR's "O"/"l"/"]" for 0/1 ("ngày Ol tháng 4", "ngày 1]"): only beside a digit or as "ol". */
const WORDED_DAY = '(\\d{1,2}|[ol]\\d|\\d[ol\\]]|ol)';
const WORDED = `${WORDED_DAY}[\\s,]{0,4}th[a-z]{0,4}[\\s.]{0,3}(\\d{1,2})[\\s,/.]{0,3}(?:n[a-z]{0,3}[\\s.]{0,3})?(\\d{2,5})(?!\\d)`;
const CITED_DATE = new RegExp(`${LEAD}(?:${NUMERIC}|${WORDED})`, 'uy');

/** Short words that may sit between a number and "ngày" without being OCR noise ("từ ngày" is an effective date). */
const NOT_NOISE = new Set(['va', 'tu', 'den', 'toi', 've', 'cua', 'co', 'la', 'vao', 'sau', 'hay', 'cho']);

export interface CitedDate {
  /** `YYYY-MM-DD`, or null when the date is there but unreadable. */
  date: string | null;
  end: number;
}

/**
 * A year as printed. A 5-digit OCR year ("20210") is read only when the year inside the number
 * confirms one reading ("63/2010/NĐ-CP" → 2010); 2- and 3-digit years are not guessed.
 */
function readYear(raw: string, numberYear: number | null): number | null {
  if (raw.length === 4) {
    const year = Number(raw);
    return year >= 1900 && year <= 2099 ? year : null;
  }
  if (raw.length !== 5 || numberYear === null) return null;
  const wanted = String(numberYear);
  for (let i = 0; i < raw.length; i++) if (raw.slice(0, i) + raw.slice(i + 1) === wanted) return numberYear;
  return null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day as `YYYY-MM-DD` when it exists (proleptic Gregorian, as `Date`), else null; no `Date` object. */
function isoDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1)) return null;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > MONTH_DAYS[month - 1]! + (leap ? 1 : 0)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The day as digits: WORDED_DAY's OCR "o" is 0, "l" and "]" are 1 (digits alone, as most are, need no replace). */
function readDay(day: string): string {
  return day.includes('o') || day.includes('l') || day.includes(']') ? day.replace(/o/gu, '0').replace(/[l\]]/gu, '1') : day;
}

/** Reads the date that starts at `from` in the folded text, else null. */
export function readCitedDate(folded: string, from: number, numberYear: number | null): CitedDate | null {
  CITED_DATE.lastIndex = from;
  const m = CITED_DATE.exec(folded);
  if (!m) return null;
  if (m[1] !== undefined && NOT_NOISE.has(m[1])) return null;
  const [day, month, year] = m[2] !== undefined ? [m[2], m[4], m[5]] : [m[6], m[7], m[8]];
  const y = readYear(year!, numberYear);
  const date = y === null ? null : isoDate(y, Number(month), Number(readDay(day!)));
  return { date, end: m.index + m[0].length };
}

/**
 * "Số: 10948 /BXD- KHTC. .: Hà Nội, ngày 02 thang10 năm 2025": an attached document's header,
 * a line opening with a capital "Số" (a body line wrapped before "số" is lower case), then the
 * place and date.
 */
const HEADER_NUMBER_BEFORE = /(?:^|\n)[ \t#*_|]{0,12}S[ốỐoOôÔ][ \t]{0,2}:?[ \t]{0,3}$/u;
const HEADER_PLACE = /[^\n\d]{0,60}?,[ \t]{0,3}(?=[nh]g[a-z]?y)/uy;

/** The date of a header whose "Số" line holds the number at `[numberStart, numberEnd)`, else null. */
export function readHeaderDate(
  text: string,
  folded: string,
  numberStart: number,
  numberEnd: number,
  numberYear: number | null,
): CitedDate | null {
  const before = text.slice(Math.max(0, numberStart - 20), numberStart);
  // The capital "S" first: a native search, where the regex would try every position.
  if (!before.includes('S') || !HEADER_NUMBER_BEFORE.test(before)) return null;
  HEADER_PLACE.lastIndex = numberEnd;
  const place = HEADER_PLACE.exec(folded);
  return place ? readCitedDate(folded, numberEnd + place[0].length, numberYear) : null;
}
