import { foldText } from '../fold';

/** A day, month or year as read: a number, blank (left for the stamp), or illegible. */
type Part = number | 'blank' | 'garbled';

export interface DateLine {
  day: Part;
  month: Part;
  year: number;
  start: number;
  end: number;
}

export interface SignatureTime {
  date: string;
  /** The Government portal's re-publication stamp, not the issuer's own signature. */
  portal: boolean;
}

// "Hà Nội, ngày 05 tháng 10 năm 2025"; blanks "ngày tháng 3 năm 2024"; OCR "ngayl4thing 4 ăm 2024",
// "ngày OTftháng10 năm 2025", "ngày OF tháng 40ndm 2025", "ngdy, Jf tháng 4 năm 2022", "ngày) § tháng 01 năm 2022", "ngàu 26 tháng", "ngàyháng 3 năm 2020"
// (matched on folded text).
// Italics may close and reopen inside it ("*Hà Nội, ngày 02 tháng* *5 năm 2024*"), and a form's
// room left for the day or the month may stay wide ("ngày 23 tháng               7    năm 2026", "ngày
// tháng      năm 2026").
const DATE_LINE = /ng[a-z][yu][,.)]?[\s*_]{0,3}(\S{0,4}?)[\s*_]{0,24}t?h[a-z]{1,2}ng[\s*_]{0,24}(\S{0,3}?)[\s*_]{0,12}(?:n?\S?am|n\Sm)[\s*_]{0,3}(\d{4})/g;

// "Lạng Sơn, ngày 05/01/2026": the place's date line written with figures (folded text). The place
// (no digits) and its comma are required: "ngày 05/01/2026" alone is any date the text cites. The
// text's own number may open the line ("Số: 9533/VPCP-CN Hà Nội, ngày 04/10/2025"); OCR may read the
// comma as a point.
const NUMERIC_DATE_LINE = /(?:^|[\n|])[ \t_*]{0,80}(?:(?:s[a-z0-9]{0,2}[ \t]{0,2}:[ \t]{0,3}|so[ \t]{1,3})?\d[\w.]{0,8}(?:[ \t]{0,8}[/-][ \t]{0,2}[\w/.-]{1,30}(?:[ \t]{1,2}[/-][\w/.-]{1,20})?)?[ \t_*]{1,40})?[a-z][^\n,\d|]{1,40}?[,.]\s{0,3}ng[a-z]y[ \t]{0,3}(\d{1,2})[ \t]{0,2}[/.-][ \t]{0,2}(\d{1,2})[ \t]{0,2}[/.-][ \t]{0,2}(\d{4})(?!\d)/;

const FIRST_ISSUE = /lan dau[^\n]{0,12}$/;
// A cited number right before the date: "số 02/2014/NQ-HĐND ngày …" (folded).
const CITED_BEFORE = /\d{1,5}\s{0,2}\/\s{0,2}[\w\-/]{2,30}\s{0,3}[,(]?\s{0,2}$/;

// OCR reads 1 as l, I, Í, | or ], and 0 as O or Ø ("ngày 3Ø tháng 12"); a 0 after a digit also as D
// ("tháng 1D" for 10).
function readPart(token: string, max: number): Part {
  const t = token.replace(/[,.]/g, '');
  if (t === '') return 'blank';
  const digits = t.replace(/[lIiÍí|!\]]/g, '1').replace(/[oOøØ]/g, '0').replace(/^(\d)[dD]$/, (_, d: string) => `${d}0`);
  if (!/^\d{1,2}$/.test(digits)) return 'garbled';
  let n = Number(digits);
  // "44" for 14, "40" for 10, "42" for 12: a leading 1 read as 4.
  if ((n > max || n === 0) && digits.length === 2 && digits[0] === '4') n = 10 + Number(digits[1]);
  return n >= 1 && n <= max ? n : 'garbled';
}

/** Finds the place-and-date line in `text[from, to)`. `folded`, when given, is `foldText(text)`. */
export function findDateLine(text: string, from: number, to: number, folded?: string): DateLine | null {
  const part = folded === undefined ? foldText(text.slice(from, to)) : folded.slice(from, to);
  DATE_LINE.lastIndex = 0;
  let m = DATE_LINE.exec(part);
  // A licence's title gives its first issue before this one: "(cấp lần đầu: ngày 31 tháng 7
  // năm 2020)" "(điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2026)" — the later date is this one's.
  // A title naming an older text ("… NGHỊ QUYẾT SỐ 02/2014/NQ-HĐND NGÀY 08 THÁNG 7 NĂM 2014 …") gives that text's date.
  for (let skipped = 0; m && skipped < 4 && (FIRST_ISSUE.test(part.slice(Math.max(0, m.index - 24), m.index)) || CITED_BEFORE.test(part.slice(Math.max(0, m.index - 40), m.index))); skipped++) {
    m = DATE_LINE.exec(part);
  }
  // A date line written with figures before the first one in words is the text's own: the words come
  // later, in the body ("Hà Nội, ngày 10/11/1980 … Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ …").
  const n = NUMERIC_DATE_LINE.exec(m ? part.slice(0, m.index) : part);
  if (n && Number(n[3]) >= 1945 && Number(n[3]) <= 2100) {
    const y = Number(n[3]);
    const start = from + n.index + n[0].search(/ng[a-z]y/);
    return { day: readPart(n[1]!, 31), month: readPart(n[2]!, 12), year: y, start, end: from + n.index + n[0].length };
  }
  if (!m) return null;
  const year = Number(m[3]);
  if (year < 1945 || year > 2100) return null;
  return { day: readPart(m[1]!, 31), month: readPart(m[2]!, 12), year, start: from + m.index, end: from + m.index + m[0].length };
}

// "Thời gian ký: 02.04.2026 14:24:26", its first letter lost to OCR ("hời gian ký").
// Its words may break over lines ("Thời gian\nký: 10.10.2025").
const SIGNED_DMY = /t?hoi\s{1,3}gian\s{1,3}k\S{0,2}\W{0,4}(\d{1,2})[.\s/-]{1,2}(\d{1,2})[./-](\d{4})/;
const SIGNED_YMD = /\bdate:\s{0,2}(\d{4})[.-](\d{1,2})[.-](\d{1,2})/;

/**
 * Reads the digital-signature time printed with the document ("Thời gian ký: 06.10.2025 16:21").
 * `folded` is the folded text (see `foldText`).
 */
export function findSignatureTime(folded: string): SignatureTime | null {
  const head = folded.slice(0, 1200);
  // Native searches for the words each pattern starts with come first: most texts have neither.
  const dmy = head.includes('hoi gian') ? SIGNED_DMY.exec(head) : null;
  if (dmy) {
    const top = head.slice(0, 400);
    const portal = top.includes('cong thong tin dien tu chinh phu') || top.includes('chinhphu');
    return build(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), portal);
  }
  const upTo = folded.slice(0, 20000);
  const ymd = upTo.includes('date:') ? SIGNED_YMD.exec(upTo) : null;
  if (ymd) return build(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), false);
  return null;
}

function build(y: number, m: number, d: number, portal: boolean): SignatureTime | null {
  if (!validDate(y, m, d)) return null;
  return { date: iso(y, m, d), portal };
}

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * Decides the issue date from the date line, the signature time and the latest date the
 * document cites (a document cannot cite one issued after it). LABELS.md: the date may come
 * from other evidence — the issuer's own signature time or a legible repeat; the portal's
 * re-publication stamp only confirms it.
 */
export function resolveIssueDate(line: DateLine | null, sig: SignatureTime | null, latestCited: string | null, repeatMonth: number | null): string | null {
  // No date line at all: the issuer's own signature time is the date it was issued.
  if (!line) return sig && !sig.portal ? sig.date : null;
  const { year } = line;
  const day = line.day;
  const month = line.month === 'blank' && repeatMonth ? repeatMonth : line.month;
  const sy = sig ? Number(sig.date.slice(0, 4)) : 0;
  const sm = sig ? Number(sig.date.slice(5, 7)) : 0;
  const fits = (d: string): boolean => {
    if (latestCited && d < latestCited) return false;
    if (!sig) return true;
    const gap = daysBetween(d, sig.date);
    return gap >= 0 && gap <= (sig.portal ? 60 : 31);
  };
  if (typeof day === 'number') {
    const tries: [number, number][] = [];
    if (typeof month === 'number') tries.push([year, month]);
    if (sig) tries.push([year, sm], [sy, typeof month === 'number' ? month : sm], [sy, sm]);
    for (const [y, m] of tries) if (validDate(y, m, day) && fits(iso(y, m, day))) return iso(y, m, day);
    if (typeof month === 'number' && validDate(year, month, day)) {
      return sig && !sig.portal && !fits(iso(year, month, day)) ? sig.date : iso(year, month, day);
    }
    return sig && !sig.portal && sy === year ? sig.date : typeof month === 'number' ? `${year}-${String(month).padStart(2, '0')}` : null;
  }
  // Day blank or illegible: the issuer's own signature gives it when it agrees on month and year.
  if (sig && !sig.portal && sy === year && (month === sm || month === 'garbled' || (day === 'garbled' && month === 'blank'))) return sig.date;
  if (typeof month === 'number') return `${year}-${String(month).padStart(2, '0')}`;
  return null;
}
