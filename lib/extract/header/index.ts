import { foldText } from '../fold';
import { isBlankCode, spacesStart } from '../normalize';
import type { Line } from '../segment/lines';
import type { Zones } from '../segment/zones';
import type { DirectiveDocument } from '../schema';
import { findDateLine, findSignatureTime, iso, resolveIssueDate, validDate } from './issue-date';
import { findOwnNumber, type OwnNumber } from './own-number';
import { findCouncilUnderTitle, findIssuer, findKind, findRecipients, findSigner, findSubject } from './parts';

export interface HeaderFacts {
  document: DirectiveDocument;
  /** How many header parts were found (number, date line, type, recipients, motto…). */
  signals: number;
  /** The date line's year when it gives no date (a draft's, day and month left blank; or OCR lost them), else null. */
  year: number | null;
}

const AUTHORITY: Record<string, DirectiveDocument['authority']> = {
  'TM.': 'TM', 'T/M': 'TM', 'KT.': 'KT', 'K/T': 'KT', 'TL.': 'TL', 'T/L': 'TL', 'TUQ.': 'TUQ', 'TƯQ.': 'TUQ', 'Q.': 'Q',
};

// "Nghị quyết này có hiệu lực thi hành kể từ ngày 14 tháng 7 năm 2017" (or "… ngày 14/7/2017") — the date of a
// text with no date line; "this" text's, not a law it cites ("Luật có hiệu lực thi hành từ ngày 01/7/2016").
const EFFECTIVE = /\bnay\s{1,3}co\s{1,3}hieu\s{1,3}luc\s{1,3}(?:thi\s{1,3}hanh\s{1,3})?(?:ke\s{1,3})?tu\s{1,3}ngay\s{1,3}(\d{1,2})(?:\s{1,3}thang\s{1,3}|\s{0,2}[/.-]\s{0,2})(\d{1,2})(?:\s{1,3}nam\s{1,3}|\s{0,2}[/.-]\s{0,2})(\d{4})/;
// "… khóa VII, kỳ họp thứ 4 thông qua ngày 14 tháng 7 năm 2017./.": a council's resolution is dated
// the day it was passed.
// The date may be written with figures ("thông qua ngày 14/7/2017").
const PASSED = /thong\s{1,3}qua\s{1,3}ngay\s{1,3}(\d{1,2})(?:\s{1,3}thang\s{1,3}|\s{0,2}[/.-]\s{0,2})(\d{1,2})(?:\s{1,3}nam\s{1,3}|\s{0,2}[/.-]\s{0,2})(\d{4})/;
// Each after at most 24 blanks at a line start.
const ENACTING = /quyet[ \t]{1,3}(?:nghi|dinh)[ \t]{0,3}:[ \t]*(?:\n|$)/y;
const FIRST_ARTICLE = /dieu[ \t]{1,3}1[ \t]{0,2}[.:]/y;

/**
 * True when `pattern` (sticky, opening with `word`) matches after at most 24 blanks at a line
 * start of `folded`: found from the native search for `word`, where a pattern beginning at every
 * line start would be tried at every position.
 */
function opensLine(folded: string, word: string, pattern: RegExp): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const start = spacesStart(folded, at, at - 24);
    if (start > 0 && folded.charCodeAt(start - 1) !== 10) continue;
    pattern.lastIndex = at;
    if (pattern.test(folded)) return true;
  }
  return false;
}
// A blank-day repeat of the date, e.g. in an appendix header: "ngày tháng 9 năm 2025".
const REPEAT = /ngay\s{1,12}thang\s{1,3}(\d{1,2})\s{1,3}nam\s{1,3}(\d{4})/g;
// The place before the date line: "Hà Nội, ".
const PLACE = /([\p{Lu}][\p{L}.]*(?:[ \t\u00a0][\p{Lu}][\p{L}.]*){0,4}),\s*$/u;

/**
 * PLACE in the 40 characters before `at`, after `from` (the end of the text's own number when it is on
 * the same line: "Số: 123/SCT-KS Lào Cai, ngày …" is dated in Lào Cai, not "KS Lào Cai"); the comma
 * it ends with is checked first, without the regex.
 */
function placeBefore(text: string, at: number, from = 0): string | null {
  const before = text.slice(Math.max(0, at - 40, from <= at ? from : 0), at);
  let end = before.length;
  while (end > 0 && isBlankCode(before.charCodeAt(end - 1))) end--;
  if (end === 0 || before.charCodeAt(end - 1) !== 44) return null;
  return PLACE.exec(before)?.[1] ?? null;
}

// The national motto line ("Độc lập - Tự do - Hạnh phúc"), folded.
const MOTTO = /doc lap\s?-\s?tu do/;

/**
 * The header's last line: before the recipients, else before the body, else 12 lines, counted
 * from the national motto when front matter or a signature block pushes it down the page.
 */
function headerEnd(lines: Line[], zones: Zones): number {
  if (zones.recipients) return zones.recipients.from;
  if (zones.body.from > 0) return zones.body.from;
  let motto = 0;
  for (let i = 0; i < lines.length && i < 40; i++) {
    if (lines[i]!.text.length < 200 && MOTTO.test(foldText(lines[i]!.text))) {
      motto = i;
      break;
    }
  }
  return Math.min(lines.length, Math.max(12, motto + 10));
}

/** The document's own number where the header prints it (see `readOwnNumber`). */
export function findHeaderNumber(lines: Line[], zones: Zones): OwnNumber | null {
  return findOwnNumber(lines, Math.max(headerEnd(lines, zones), 1));
}

/** The document's own number, read before the rest (citations must leave it out). */
export function readOwnNumber(lines: Line[], zones: Zones): string | null {
  return findHeaderNumber(lines, zones)?.number ?? null;
}

/** What the caller already read from the same text, so the header does not read it again. */
export interface HeaderInputs {
  /** `foldText(text)`. */
  folded?: string;
  /** `findHeaderNumber(lines, zones)`. */
  own?: OwnNumber | null;
}

// How far into the first line after the header a run-on date line may reach, and how it opens: a
// place, a comma, "ngày" (folded).
const DATE_LEAD = 60;
const DATED_NUMBER = /^[\s,]{0,4}ngay\s{0,2}(\d{1,2})\s{0,2}(?:thang\s{0,2}(\d{1,2})\s{0,2}nam|[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-])\s{0,2}(\d{4})(?!\d)/;
const PLACE_DATE = /^[\s*_]{0,4}[a-z][^\n\d,]{1,30},\s{0,2}ng[a-z]y\s/;

/** Reads the header (and signature block) of a directive. */
export function readHeader(text: string, lines: Line[], zones: Zones, latestCited: string | null, known: HeaderInputs = {}): HeaderFacts {
  const headerTo = headerEnd(lines, zones);
  const own = known.own !== undefined ? known.own : findOwnNumber(lines, Math.max(headerTo, 1));
  const folded = known.folded ?? foldText(text);
  // The date line sits in the header, before the recipients or the first body line.
  const zoneEnd = (lines[Math.max(0, Math.min(lines.length, headerTo) - 1)] ?? lines[0])!.end;
  // A page copied from the web may run the date into the next line's words ("Hà Nội, ngày 27 tháng 01
  // năm 2014 Kính gửi: …"): that line's start is read too.
  const next = lines[headerTo];
  const runOn = next !== undefined && PLACE_DATE.test(folded.slice(next.start, next.start + DATE_LEAD));
  const line = findDateLine(text, 0, zoneEnd, folded) ?? (runOn ? findDateLine(text, next.start, Math.min(next.end, next.start + DATE_LEAD), folded) : null);
  const sig = findSignatureTime(folded);
  let repeatMonth: number | null = null;
  if (line && line.month === 'blank') {
    for (const m of folded.matchAll(REPEAT)) {
      if (m.index > line.end && Number(m[2]) === line.year && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
        repeatMonth = Number(m[1]);
        break;
      }
    }
  }
  let date = resolveIssueDate(line, sig, latestCited, repeatMonth);
  // "4346/TCHQ-GSQL ngày 09/09/2021", "… SỐ 3980/TCHQ-GSQL\nNGÀY 13 THÁNG 9 NĂM 2001 VỀ VIỆC …": the
  // date printed right after the text's own number.
  if (!date && own?.number) {
    const after = DATED_NUMBER.exec(folded.slice(own.end, own.end + 48));
    const [d, m, y] = after ? [Number(after[1]), Number(after[2] ?? after[3]), Number(after[4])] : [0, 0, 0];
    if (after && validDate(y, m, d) && (!latestCited || iso(y, m, d) >= latestCited)) date = iso(y, m, d);
  }
  // No date line, or none that holds up ("Căn cứ Luật … ngày 19 tháng 6 năm 2015" in a header lost in
  // conversion): the day a council passed the text, or the day it takes effect.
  if (!date) {
    const passed = PASSED.exec(folded);
    if (passed && validDate(Number(passed[3]), Number(passed[2]), Number(passed[1]))) date = iso(Number(passed[3]), Number(passed[2]), Number(passed[1]));
  }
  if (!date) {
    const eff = EFFECTIVE.exec(folded);
    if (eff && validDate(Number(eff[3]), Number(eff[2]), Number(eff[1]))) date = iso(Number(eff[3]), Number(eff[2]), Number(eff[1]));
  }
  const number = own?.number ?? null;
  const kind = findKind(lines, headerTo + 4, number);
  const recipients = zones.recipients ? findRecipients(lines, zones.recipients.from, zones.recipients.to) : [];
  const { signer, title } = findSigner(lines, zones.closing < 0 ? Math.max(0, lines.length - 12) : zones.closing, Math.min(lines.length, (zones.closing < 0 ? lines.length : zones.closing) + 40));
  const head = folded.slice(0, zoneEnd);
  const system = head.includes('dang cong san viet nam') ? 'party' : /cong h\S{0,2}a xa h\S{0,2}i|doc lap\s?-\s?tu do/.test(head) ? 'state' : null;
  const place = line ? placeBefore(text, line.start, own?.end) : null;
  const authorityKey = title[0]?.split(' ')[0] ?? '';
  // The enacting words of a decision or resolution and its first article: a legal text, even when
  // the header table was lost in conversion.
  const enacts = opensLine(folded, 'quyet', ENACTING) && opensLine(folded, 'dieu', FIRST_ARTICLE) ? 1 : null;
  // The kind's title counts with a date, or with the closing "Nơi nhận" when a crawl lost the header
  // table ("**CÔNG ĐIỆN**\nVỀ TẬP TRUNG …" … "Nơi nhận:").
  const signals = [own, line, zones.recipients, system, zones.closing >= 0 ? 1 : null, kind && (line || date || zones.closing >= 0) ? 1 : null, enacts].filter(Boolean).length;
  return {
    signals,
    year: date === null && line ? line.year : null,
    document: {
      kind,
      number,
      date,
      place,
      issuer: findIssuer(lines, headerTo) ?? findCouncilUnderTitle(lines, Math.min(lines.length, headerTo + 12)),
      subject: findSubject(lines, headerTo + 6),
      recipients,
      signer,
      signerTitle: title,
      authority: AUTHORITY[authorityKey] ?? null,
      system,
    },
  };
}
