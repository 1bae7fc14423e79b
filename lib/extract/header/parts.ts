import { foldText } from '../fold';
import { collapseBlanks, isBlankCode } from '../normalize';
import type { Line } from '../segment/lines';

// Type names printed as the title line (domain.md §1.3), folded, longest first.
const KIND_TITLES: [string, string][] = [
  ['thong bao ket luan', 'Thông báo'],
  ['chuong trinh hanh dong', 'Chương trình'],
  ['chuong trinh cong tac', 'Chương trình'],
  ['nghi quyet', 'Nghị quyết'],
  ['quyet dinh', 'Quyết định'],
  ['chi thi', 'Chỉ thị'],
  ['cong dien', 'Công điện'],
  ['thong bao', 'Thông báo'],
  ['ke hoach', 'Kế hoạch'],
  ['huong dan', 'Hướng dẫn'],
  ['chuong trinh', 'Chương trình'],
  ['to trinh', 'Tờ trình'],
  ['bao cao', 'Báo cáo'],
  ['giay moi', 'Giấy mời'],
  ['ket luan', 'Kết luận'],
  ['quy dinh', 'Quy định'],
  ['quy che', 'Quy chế'],
  ['phuong an', 'Phương án'],
  ['de an', 'Đề án'],
  ['thong tri', 'Thông tri'],
];

const KIND_BY_TITLE = new Map(KIND_TITLES);

// Type codes in the number (State "…/TB-VPCP", Party "…-CV/…").
const KIND_CODES: Record<string, string> = {
  TB: 'Thông báo', QĐ: 'Quyết định', QD: 'Quyết định', NQ: 'Nghị quyết', CT: 'Chỉ thị', CĐ: 'Công điện', CD: 'Công điện',
  KH: 'Kế hoạch', HD: 'Hướng dẫn', CTr: 'Chương trình', TTr: 'Tờ trình', BC: 'Báo cáo', GM: 'Giấy mời', KL: 'Kết luận', CV: 'Công văn',
};

// Compiled once: a regex literal in a function is a new object at every call.
const MARKUP = /[#*_]/g;

/**
 * `text.replace(MARKUP, by)`: native searches first, since most lines have no markup and a
 * regex replace costs several times more even when it finds nothing.
 */
function stripMarkup(text: string, by = ''): string {
  return text.includes('#') || text.includes('*') || text.includes('_') ? text.replace(MARKUP, by) : text;
}

/** `text.replace(/[.\s]+$/, '')`, without a regex that tries every dot and blank. */
function trimDotsEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 46 || isBlankCode(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}
const NOT_WORD = /[^a-z ]/g;
// The blanks before markup and after it are read by one quantifier each, so a line of many blanks is
// read once, not once per way of splitting them.
const VV_LINE = /^\s*(?:[#*_]{1,3}\s*)?V\s?[/\\]?\s?[vV]\b|^\s*Vw\s/u;
const BODY_START = /^(?:[IVX]+\.|\d+\.|Căn cứ|Kính gửi)/u;
// After a subject line, the body's first sentence: "Ngày 12 tháng 11 năm 2025, tại…", "Thực hiện…", "Sau khi…".
const BODY_OPENING = /^(?:Ngày \d|Thực hiện|Sau khi|Xét |Theo đề nghị|Tiếp theo|Trong thời gian)/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const TWO_CAPITALS = /\p{Lu}{2,}/u;
const VV = /^(?:V\s?[/\\]\s?[vV]|Vw|Viv|V\/V|Về việc|Về|về việc|về)\s*[:.]?\s+(.+)$/u;
// "V/v …" inside a table cell, up to the cell's end.
const VV_IN_CELL = /(?:^|[\s|])V\s?\/\s?[vV]\s*[:.]?\s+([^|]{3,300}?)\s*(?:\||$)/u;
/** Longest subject line: a longer one is the body's first paragraph. */
const MAX_SUBJECT = 300;
const RECIPIENTS_START = /^(?:Kính gửi|kính gửi|-)/u;
const CAPITALS_LINE = /^[A-ZĐ\s]{6,}$/u;
// What ends a "V/v …" subject when PDF text puts the other column's lines after it: the place and
// date ("Hà Nội, ngày 08 tháng 12 năm 2022"), the motto, the number, a rule line.
const SUBJECT_STOP = /^(?:Số\s{0,2}[:.]|[-–_=*]{3,}|Độc lập\b)|^[^,\n\d]{2,40},\s{0,3}ngày\b[^\n]{0,12}tháng|^ngày\s{1,3}\S{0,3}\s{0,3}tháng\b/iu;

/**
 * A line of words in capitals: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ"; not a number
 * ending a subject ("91/2022/NĐ-CP.").
 */
function inCapitals(line: string): boolean {
  return line.length >= 6 && line === line.toUpperCase() && /^[\p{Lu}\s.,-]+$/u.test(line) && /\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(line);
}
const PERSON_NAME = /^(?:[A-ZĐ\p{Lu}][\p{Ll}]{0,7}\s){1,4}[A-ZĐ\p{Lu}][\p{Ll}]{0,7}$/u;
const AUTHORITY = /(?:^|\s)(TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|TƯQ\.|Q\.)\s*([A-ZĐ\p{Lu}][\p{Lu}\s,]{2,60})$/u;
const DIGIT = /\d/;
// The national motto and the Party banner, which share the issuer's line in two-column layouts.
const MOTTO = /C[ỘOÔ]NG H[ÒOÓ][AÀ]\s.*$/iu;
const PARTY_BANNER = /Đ[ẢA]NG C[ỘO]NG S[ẢA]N VI[ỆE]T NAM.*$/iu;
const MOTTO_TAIL = /Độc lập.*$/iu;
// The motto's second half on its own line, when a web page's header cell wraps it.
const MOTTO_SECOND_LINE = /^CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM.*$/iu;
const MOTTO_PIECE = /^(?:C[ỘOÔ]NG|H[ÒOÓ][AÀ]\s+X[ÃA]\s+H[ỘO]I\b.*|VI[ỆE]T\s+NAM)$/iu;
// A header laid out as a table copied from a web page: cells split by "|" (inline, or alone on a line).
const CELL_BAR = '|';
// The line after the type title that names the authority enacting it, not the subject
// ("ỦY BAN NHÂN DÂN TỈNH KON TUM", "CHỦ TỊCH ỦY BAN NHÂN DÂN…", "BỘ TRƯỞNG BỘ…", "QUYẾT ĐỊNH:").
const AUTHORITY_LINE =
  /^(?:ỦY BAN|UỶ BAN|UBND|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|BÍ THƯ|BỘ CHÍNH TRỊ|BAN BÍ THƯ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|ĐẢNG ỦY|KÍNH GỬI|QUYẾT ĐỊNH|QUYẾT NGHỊ|CĂN CỨ)/u;
const ENDS_WITH_COLON = /:\s*$/;

/** The first non-blank cell of a line split by "|" (the whole line when it has none). */
function firstCell(line: string): string {
  if (!line.includes(CELL_BAR)) return line;
  for (const cell of line.split(CELL_BAR)) if (cell.trim() !== '') return cell;
  return '';
}

/**
 * The type a title line names ("QUYẾT ĐỊNH", OCR's "CỘNG ĐIỆN" for "CÔNG ĐIỆN", trailing dots),
 * else null. `raw` is the line trimmed, without markup: a short line of capitals, folded only then.
 */
function titleKind(raw: string): string | null {
  if (raw.length < 4 || raw.length > 40 || raw !== raw.toUpperCase()) return null;
  return KIND_BY_TITLE.get(foldText(raw).replace(NOT_WORD, '').trim()) ?? null;
}

// OCR may leave a speck of one or two small letters after the title ("THÔNG BẢO ae").
const TITLE_SPECK = /(?<=\p{Lu})[ \t]{1,3}[a-z]{1,2}$/u;
/** The most TITLE_SPECK removes: a line longer by more stays too long for a title. */
const SPECK_LENGTH = 5;

/** `raw` without TITLE_SPECK, tried only on a line short enough for a title and ending in a small letter. */
function withoutSpeck(raw: string): string {
  const last = raw.charCodeAt(raw.length - 1);
  return raw.length >= 4 && raw.length <= 40 + SPECK_LENGTH && last >= 97 && last <= 122 ? raw.replace(TITLE_SPECK, '') : raw;
}

/** The document type: the title line, "V/v" (a công văn), else the type code of the number. */
export function findKind(lines: Line[], to: number, number: string | null): string | null {
  for (let i = 0; i < to && i < lines.length; i++) {
    const kind = titleKind(withoutSpeck(stripMarkup(lines[i]!.text).trim()));
    if (kind) return kind;
  }
  for (let i = 0; i < to && i < lines.length; i++) if (VV_LINE.test(lines[i]!.text)) return 'Công văn';
  if (number) {
    const code = /^[^/]*?-([A-Za-zĐđ]+)\/|\/([A-Za-zĐđ]+)-/u.exec(number);
    const key = code?.[1] ?? code?.[2];
    if (key && KIND_CODES[key]) return KIND_CODES[key]!;
    return 'Công văn';
  }
  return null;
}

/** The trích yếu: "V/v …" lines, or the line(s) under the type title ("Về việc …"). */
export function findSubject(lines: Line[], to: number): string | null {
  return findVv(lines, to) ?? findUnderTitle(lines, to);
}

// "KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 07/CT-TTg …": the lines under the type title.
function findUnderTitle(lines: Line[], to: number): string | null {
  for (let i = 0; i < to && i < lines.length; i++) {
    const raw = stripMarkup(lines[i]!.text).trim();
    // "QUYẾT ĐỊNH:" opens the articles; it is not a title.
    if (titleKind(raw) === null || ENDS_WITH_COLON.test(raw)) continue;
    const parts: string[] = [];
    // A subject printed in capitals ("BAN HÀNH KẾ HOẠCH …") continues while the lines stay in capitals.
    let capitals = false;
    for (let j = i + 1; j < lines.length && j < i + 6; j++) {
      const next = stripMarkup(lines[j]!.text).trim();
      if (next === '') {
        if (parts.length) break;
        continue;
      }
      const upper = next === next.toUpperCase() && THREE_CAPITALS.test(next);
      if (BODY_START.test(next) || (upper && AUTHORITY_LINE.test(next)) || (parts.length > 0 && BODY_OPENING.test(next))) break;
      if (parts.length === 0) capitals = upper;
      if (upper !== capitals) break;
      parts.push(next);
    }
    if (parts.length) return collapseBlanks(parts.join(' ')).replace(/^(?:Về việc|Về)\s+/u, '').trim();
  }
  return null;
}

function findVv(lines: Line[], to: number): string | null {
  for (let i = 0; i < to && i < lines.length; i++) {
    const t = stripMarkup(lines[i]!.text).trim();
    // "| Số: 3479/VPCP-NN *V/v xây dựng Đề án …* | *Hà Nội, ngày …* |": a header table's cell.
    const inCell = t.includes('|') ? VV_IN_CELL.exec(t) : null;
    if (inCell) return trimDotsEnd(collapseBlanks(inCell[1]!)).trim();
    const vv = VV.exec(t);
    // "Về đề nghị của Ủy ban nhân dân tỉnh … tại văn bản số …, Phó Thủ tướng … có ý kiến như sau:" opens the body.
    if (!vv || vv[1]!.length > MAX_SUBJECT) continue;
    const parts = [vv[1]!];
    for (let j = i + 1; j < to && j < i + 5 && j < lines.length; j++) {
      const next = stripMarkup(lines[j]!.text).trim();
      if (next === '' || RECIPIENTS_START.test(next) || CAPITALS_LINE.test(next) || inCapitals(next) || SUBJECT_STOP.test(next)) break;
      parts.push(next);
    }
    return trimDotsEnd(collapseBlanks(parts.join(' '))).trim();
  }
  return null;
}

/** Names in the "Kính gửi" block, one per dash item or semicolon. */
export function findRecipients(lines: Line[], from: number, to: number): string[] {
  const body = lines
    .slice(from, to)
    .map((l) => l.text)
    .join('\n')
    // "Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:": a date line a web page ran into the opener.
    .replace(/^[^\n]{0,80}?(?:năm \d{4}|ngày \d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s{1,4}(?=kính gửi\s?:)/iu, '')
    .replace(/^\s{0,80}[\s\-*_|>#"“]{0,6}(?:k\S{0,2}nh |nh )?(?:g\S{1,3}|trình|điện)\s?[:.]\s*\**/iu, '')
    .replace(/^.*?điện\s?:\s*/su, '');
  return body
    .split(/\n\s*[-+•]\s*|^\s*[-+•]\s*|;\s*\n|;\s*-\s*|\n(?=\s*-)/u)
    .map((s) => collapseBlanks(s).replace(/^[-–\s|]+|[\s;,.|]+$/g, '').trim())
    .filter((s) => s.length > 2 && s.length < 200);
}

const LAST_CAPITAL = /\p{Lu}$/u;

/** True when `t` ends in a capital (`\p{Lu}`) or a comma: ASCII by code, the rest by a regex on the last two units. */
function endsInCapitalOrComma(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last < 128) return (last >= 65 && last <= 90) || last === 44;
  return LAST_CAPITAL.test(t.slice(-2));
}

/** The signer's name: the last short line of capitalised words at the end of the main document. */
// The signature block in one cell: authority, the title in capitals, the signer's name.
const SIGNATURE_CELL = /^((?:KT|TM|TL|TUQ|Q)\.)\s*(\p{Lu}[^\p{Ll}|]{2,160}?)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*){1,4})$/u;

/** The last non-empty cell of a "|" row. */
function lastCell(line: string): string {
  const cells = line.split(CELL_BAR).map((c) => c.trim()).filter((c) => c !== '');
  return cells[cells.length - 1] ?? '';
}

export function findSigner(lines: Line[], from: number, to: number): { signer: string | null; title: string[] } {
  let signer: string | null = null;
  const title: string[] = [];
  for (let i = Math.min(to, lines.length) - 1; i >= from; i--) {
    // "| Nơi nhận: … | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục |": a table row holding
    // the whole signature block in its last cell.
    const cell = lines[i]!.text.includes(CELL_BAR) ? lastCell(lines[i]!.text) : '';
    const block = cell.length > 0 && cell.length < 300 ? SIGNATURE_CELL.exec(stripMarkup(cell).trim()) : null;
    if (block) return { signer: signer ?? block[3]!, title: [`${block[1]} ${block[2]!.trim()}`] };
    const t = stripMarkup(lines[i]!.text).replaceAll(CELL_BAR, ' ').trim();
    if (!signer && PERSON_NAME.test(t)) {
      signer = t;
      continue;
    }
    // Every AUTHORITY prefix holds a "." or a "/", and the title ends in a capital or a comma:
    // native checks rule out most lines.
    const auth = (t.includes('.') || t.includes('/')) && endsInCapitalOrComma(t) ? AUTHORITY.exec(t) : null;
    if (auth) {
      title.push(`${auth[1]} ${auth[2]!.trim()}`);
      break;
    }
  }
  return { signer, title };
}

/**
 * `line` without the motto and the Party banner that share it in two-column layouts. Each pattern
 * is tried only when the line holds words it needs ("ng h" of "CỘNG HÒA", "t nam" of "VIỆT NAM",
 * "độc lập"), in any case: most lines hold none.
 */
function withoutMotto(line: string): string {
  const lower = line.toLowerCase();
  let t = line;
  if (lower.includes('ng h')) t = t.replace(MOTTO, '');
  if (lower.includes('t nam')) t = t.replace(PARTY_BANNER, '');
  if (lower.includes('độc lập')) t = t.replace(MOTTO_TAIL, '');
  if (lower.includes('t nam')) t = t.replace(MOTTO_SECOND_LINE, '');
  // "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM": a cell wrapped anywhere.
  return MOTTO_PIECE.test(t.trim()) ? '' : t;
}

// The national motto's two lines and the Party's banner, by their opening words (OCR may lose marks).
const STATE_NAME = String.raw`C[ỘOÔ]NG\s+H[ÒOÓ][AÀ]\s+X[ÃA]\s+H[ỘO]I`;
const MOTTO_LINE = String.raw`Độc\s+lập\s*[-–—]\s*Tự\s+do`;
const BANNER = String.raw`Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM`;
// Whole, as separators; a rule line too.
const MOTTO_WHOLE = new RegExp(`${STATE_NAME}\\s+CH[ỦU]\\s+NGH[ĨI]A\\s+VI[ỆE]T\\s+NAM|${MOTTO_LINE}\\s*[-–—]\\s*Hạnh\\s+phúc|${BANNER}|[-–—_=]{3,}`, 'giu');
// A line holds the motto or the banner (a rule line alone does not make a header).
const MOTTO_IN_LINE = new RegExp(`${STATE_NAME}|${MOTTO_LINE}|${BANNER}`, 'iu');
// Where the number or the place and date start in such a line.
const NUMBER_START = /(?:^|\s)(?:s[ốôo6]\s{0,2}[:.]|\d)/iu;

/**
 * The upper-case pieces of a header run into one line, in order, between the pieces of the motto and
 * before the number: [] when the line holds no motto.
 */
function runTogetherHeader(line: string): string[] {
  if (!MOTTO_IN_LINE.test(line)) return [];
  const cut = NUMBER_START.exec(line);
  const head = cut ? line.slice(0, cut.index) : line;
  return head
    .split(MOTTO_WHOLE)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 3 && piece === piece.toUpperCase() && TWO_CAPITALS.test(piece));
}

/** The issuing body: the upper-case lines of the left header column, without the national motto. */
export function findIssuer(lines: Line[], to: number): string | null {
  const out: string[] = [];
  for (let i = 0; i < to && i < lines.length; i++) {
    const line = lines[i]!.text;
    // A lone "|" closes the left cell of a header table: the issuer is above it.
    if (out.length && line.includes(CELL_BAR) && line.replaceAll(CELL_BAR, '').trim() === '') break;
    let t = stripMarkup(firstCell(line), ' ').trim();
    if (t.includes(':') || DIGIT.test(t)) {
      // A header a page ran into one line: the bodies' lines stand between the motto's pieces, before
      // the number ("BỘ TÀI CHÍNH CỘNG HÒA … TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc Số: 4451/…").
      const pieces = runTogetherHeader(t);
      if (pieces.length) {
        out.push(...pieces.slice(0, 3 - out.length));
        if (out.length >= 3) break;
      }
      continue;
    }
    t = withoutMotto(t).trim();
    if (t.length < 3 || t !== t.toUpperCase() || !TWO_CAPITALS.test(t)) continue;
    const f = foldText(t).replace(NOT_WORD, '').trim();
    if (KIND_BY_TITLE.has(f)) break;
    out.push(t);
    if (out.length >= 3) break;
  }
  if (!out.length) return null;
  // "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH": a place line completes the body above it.
  let name = out[out.length - 1]!;
  const prev = out[out.length - 2];
  if (prev && /^(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|TP\.?)\s/u.test(name)) name = `${prev} ${name}`;
  // "CỤC KỸ THUẬT AN TOÀN / VÀ MÔI TRƯỜNG CÔNG NGHIỆP": a name wrapped before "VÀ".
  else if (prev && /^(?:VÀ|&)\s/u.test(name)) name = `${prev} ${name}`;
  // "BẢO\nHIỂM XÃ HỘI": a web page's cell wrapped after one word, no body's name alone.
  else if (prev && !/\s/u.test(prev.trim()) && !NAME_OPENING.test(foldText(name))) name = `${prev.trim()} ${name}`;
  // "VĂN PHÒNG CHÍNH PHỦ -------": the rule printed under the name.
  return collapseBlanks(name).replace(RULE_AFTER, '');
}

const RULE_AFTER = /\s*[-–—_=]{3,}$/u;
// A line that opens a body's name on its own (folded): one OCR'd word above it is debris, not its start.
const NAME_OPENING = /^(?:thu tuong|van phong|bo |uy ban|ubnd|so |cuc |tong cuc|chi cuc|ban |hoi dong|dang |tinh uy|huyen uy|thanh uy|bao hiem|ngan hang|kho bac|thanh tra|kiem toan|toa an|vien )/;

const COUNCIL = /^HỘI ĐỒNG NHÂN DÂN\s+\S/u;
const SESSION = /^KHÓA\s+[IVXLC0-9]/u;

/**
 * The council under a resolution's title ("NGHỊ QUYẾT / VỀ … / HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG /
 * KHÓA IX - KỲ HỌP THỨ TƯ"), for a text whose header table was lost: the line before its session.
 */
export function findCouncilUnderTitle(lines: Line[], to: number): string | null {
  for (let i = 0; i + 1 < to && i + 1 < lines.length; i++) {
    const line = lines[i]!.text.trim();
    if (COUNCIL.test(line) && line === line.toUpperCase() && SESSION.test(lines[i + 1]!.text.trim())) return collapseBlanks(line);
  }
  return null;
}
