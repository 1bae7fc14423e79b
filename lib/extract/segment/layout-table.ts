import { foldText } from '../fold';

/**
 * A plan's table of duties laid out in columns of text, as `pdftotext -layout` and other
 * converters print a PDF's table ("TT | Nhiệm vụ | Cơ quan chủ trì | … | Thời hạn", domain.md
 * §5.2): each row's cells wrap over several lines, the lines of all the columns interleave, and
 * the row number sits in the middle of its row's height. Normalisation collapses the blanks
 * between columns, so the table is read here, on the input, and each row is handed on as one
 * line of "|" cells, which lib/extract/tasks/table-tasks.ts reads as a task.
 *
 * Found by its header (the columns' headings, short pieces of text set apart by wide gaps, one
 * naming the work and one the lead body); where each column's text lies (the middle of its pieces,
 * where they start) is then learned from the data lines, since the text drifts from the headings by
 * a few characters from line to line. A piece that runs into the next column with a single blank
 * ("… cấp tỉnh giai Đảng ủy UBND") is cut where the next column's text starts.
 */
export type TablePiece = [start: number, end: number, replacement: string];

/** A piece of a line set apart from the rest by two blanks or more. */
interface Piece {
  /** Column: characters before it on its line, as printed (see lineAt). */
  x: number;
  text: string;
}

interface TextLine {
  /** The line's start and end in the input (before its line break). */
  start: number;
  end: number;
  pieces: Piece[];
}

/**
 * Where a table of duties is looked for: the lead column's heading, or the row-number column's
 * ("TT", "STT" opening a line before a wide gap), since a converter may break "chủ trì" over two lines.
 */
const LEAD_NEEDLES = ['chủ trì', 'Chủ trì', 'CHỦ TRÌ'].flatMap((n) => [n, n.normalize('NFD')]);
// Searched for: "trì" in any case of "chủ", its decomposed forms only in text that has a separate grave
// accent (one search each over the whole text).
const NEEDLES = ['trì', 'TRÌ', 'TT  ', 'Stt  ', 'TT\t'];
const DECOMPOSED_NEEDLES = ['trì', 'TRÌ'].map((n) => n.normalize('NFD'));
/** A row-number heading's needle counts only at a line's start. */
const MARKER_AT_START = /^[ \t]{0,8}S?$/i;
/** The headings of a table of duties' work and row-number columns (folded); the PDF reader's too. */
export const CONTENT_HEAD = /noi dung|nhiem vu|cong viec|hoat dong|giai phap/;
const LEAD_HEAD = /chu tri/;
/** "chủ" and "trì" on lines of their own ("Cơ quan chủ Cơ quan phối" over "trì hợp"). */
const CHAIR_WORD = /\bchu\b/;
const PRESIDE_WORD = /\btri\b/;
/** A lead column named otherwise, when no heading says "chủ trì": "Đơn vị thực hiện", "Cơ quan phụ trách". */
const OTHER_LEAD_HEAD = /(?:don vi|co quan|trach nhiem)(?: [a-z]+)? (?:thuc hien|phu trach)/;
export const MARKER_HEAD = /^(?:stt|tt|so tt|so thu tu)$/;
const TIME_HEAD = /thoi gian|thoi han|tien do|hoan thanh/;
const TARGET_HEAD = /^(?:muc tieu|chi tieu)/;
/** A row number: "1", "12.", "IV", "II.1", "a)", "A" (a section). */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}(?:\.\d{1,2})?|[a-zđA-ZĐ])[.)]?$/u;
/** A row number opening a piece, the row's text after it ("15 kiệt, ô nhiễm …", "II.1 Hoàn thiện …"). */
const ROW_NUMBER_LEAD = /^(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}(?:\.\d{1,2})?)[.)]?(?= \S)/u;
/** A page number alone on its line inside the table. */
const PAGE_NUMBER = /^-?\s?\d{1,3}\s?-?$/;
/** Where the table stops: the closing, the signature, another appendix. */
const TABLE_END = /^(?:nơi nhận|tm\.|kt\.|t\/m|k\/t|tl\.|phụ lục|ghi chú)/iu;
/** The time column's value at the end of a piece that ran into it: a date, a year, a span of years. */
const TIME_TAIL = /(?:^| )(?:[Tt]rước (?:ngày )?)?(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}(?: ?[-–] ?\d{4})?)$/u;

/** Words of a time column's value before its figures ("Quý II năm 2026", "Trước ngày"): not another column's text. */
const TIME_WORDS = /\b(?:nam|thang|quy|ngay|truoc|den|tu|giai doan|hang|hoan thanh|xong|cuoi|dau)\b|[-–]\s*$/;

/** Most lines a header's headings may take, and most characters one heading's line holds. */
const HEADER_LINES = 7;
const MAX_HEADING = 40;
const MAX_HEADING_BELOW = 26;
/** How many characters farther a cut inside a name, or before small letters, counts (see cutAt). */
const NAME_PENALTY = 2;
const LOWER_PENALTY = 4;
/** Most columns a table of duties has. */
const MAX_COLUMNS = 12;
/** Most lines a table may run over. */
const MAX_TABLE_LINES = 4000;

/**
 * The rows of the text's column-laid tables of duties, as pieces that replace each row's lines
 * (and the blank lines after it) with one line of cells; `clean` normalises a cell's text.
 */
export function layoutTablePieces(input: string, clean: (s: string) => string): TablePiece[] {
  const out: TablePiece[] = [];
  // Most texts have no such heading, or none on a line of wide gaps: native searches rule them out.
  // Each needle's next place, searched for again only once passed: a needle that never comes is not
  // looked for over the rest of the text at every hit of another.
  const needles = input.includes('\u0300') ? [...NEEDLES, ...DECOMPOSED_NEEDLES] : NEEDLES;
  const next = needles.map(() => -2);
  // Where the lines a header was found on, and its table's, end: no later header reaches back above it.
  let read = 0;
  for (let from = 0; from < input.length; ) {
    let hit = -1;
    needles.forEach((needle, k) => {
      if (next[k]! !== -1 && next[k]! < from) next[k] = input.indexOf(needle, from);
      const at = next[k]!;
      if (at >= 0 && (hit < 0 || at < hit)) hit = at;
    });
    if (hit < 0) break;
    const lineStart = input.lastIndexOf('\n', hit) + 1;
    const marker = input.charCodeAt(hit) === 84 /* T */ || input.charCodeAt(hit) === 83; /* S */
    const table = marker && !MARKER_AT_START.test(input.slice(lineStart, hit)) ? null : readTable(input, lineStart, read, clean);
    if (table) {
      out.push(...table.pieces);
      read = Math.max(read, table.end);
    }
    // Past the hit's line, and past the lines a header was read on: a header whose lines made no table
    // is not read again from its next heading.
    const nl = input.indexOf('\n', hit);
    from = Math.max(read, nl < 0 ? input.length : nl + 1);
  }
  return out;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12; // 12: a page's form feed
}

/**
 * The line starting at `start`, split into pieces at gaps of two blanks or more. Columns count
 * characters as printed: the line is read composed (NFC), so a letter and its separate marks take one.
 * Pieces are read, not placed back: their offsets in the input are not kept.
 */
function lineAt(input: string, start: number): TextLine {
  const nl = input.indexOf('\n', start);
  let end = nl < 0 ? input.length : nl;
  if (end > start && input.charCodeAt(end - 1) === 13) end--;
  const raw = input.slice(start, end);
  // A mark a PDF set one or two blanks after its letter ("Vie ̣t") joins it, as normalisation does.
  const text = (/[ \t][\u0300-\u036f]/.test(raw) ? raw.replace(/[ \t]{1,2}(?=[\u0300-\u036f])/g, '') : raw).normalize('NFC');
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const from = i;
    let to = i;
    while (i < text.length) {
      if (!isBlank(text.charCodeAt(i))) {
        i++;
        to = i;
        continue;
      }
      if (i + 1 < text.length && !isBlank(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    pieces.push({ x: from, text: text.slice(from, to) });
  }
  return { start, end, pieces };
}

/** A line's pieces, for comparing lines whatever their positions. */
function lineKey(line: TextLine): string {
  return line.pieces.map((p) => p.text).join('\u0001');
}

/** The line after `line`, or null at the text's end. */
function nextLine(input: string, line: TextLine): TextLine | null {
  const nl = input.indexOf('\n', line.end);
  return nl < 0 ? null : lineAt(input, nl + 1);
}

/** The line before the one starting at `start`, or null at the text's start. */
function previousLine(input: string, start: number): TextLine | null {
  if (start === 0) return null;
  return lineAt(input, input.lastIndexOf('\n', start - 2) + 1);
}

/**
 * A line of headings: pieces short enough for a heading (`maxLength`), not a numbered row's. Below the
 * lead's heading the bound is tighter: a first row's upper lines stand right under the headings.
 */
function headingLine(line: TextLine, maxLength = MAX_HEADING): boolean {
  if (line.pieces.length === 0 || line.pieces.length > MAX_COLUMNS) return false;
  if (line.pieces[0]!.x <= 6 && ROW_NUMBER.test(line.pieces[0]!.text) && line.pieces.length > 1) return false;
  // A sentence's end ("… tại Phụ lục kèm theo."), a title in capitals ("DANH MỤC NHIỆM VỤ TRỌNG TÂM"):
  // what stands above the table.
  const only = line.pieces.length === 1 ? line.pieces[0]!.text : '';
  if (/\p{L}[.:;]$/u.test(only) || (only.length > 20 && only === only.toUpperCase() && /\p{Lu}/u.test(only))) return false;
  return line.pieces.every((p) => p.text.length <= maxLength && !/\d{4}/.test(p.text));
}

interface Column {
  x: number;
  right: number;
  text: string;
}

interface Header {
  columns: Column[];
  /** The header's lines as printed (see lineKey). */
  keys: Set<string>;
  first: TextLine;
  last: TextLine;
  content: number;
  lead: number;
  marker: number;
  time: number;
}

/**
 * The header one of whose lines (the lead's heading's) starts at `lineStart`, or null; its lines
 * above start at `floor` or after (the lines before were read already).
 */
function headerAt(input: string, lineStart: number, floor: number): Header | null {
  const line = lineAt(input, lineStart);
  if (!headingLine(line)) return null;
  const lines = [line];
  for (let prev = previousLine(input, line.start); prev && prev.start >= floor && lines.length < HEADER_LINES && headingLine(prev); prev = previousLine(input, prev.start)) lines.unshift(prev);
  for (let next = nextLine(input, line); next && lines.length < HEADER_LINES && headingLine(next, MAX_HEADING_BELOW); next = nextLine(input, next)) lines.push(next);
  // The columns: the headings' extents merged over the header's lines, their words in line order.
  // A heading run into the next with a single blank ("Cơ quan chủ Cơ quan phối" over "trì" and "hợp")
  // is first cut where the headings under it part.
  // The headings of the work and of the lead body must be there: most blocks of short lines are none.
  const words = foldText(lines.map((l) => l.pieces.map((p) => p.text).join(' ')).join(' '));
  if (!CONTENT_HEAD.test(words) || !((CHAIR_WORD.test(words) && PRESIDE_WORD.test(words)) || OTHER_LEAD_HEAD.test(words))) return null;
  // The header's lines as printed, before their headings are cut: the header printed again is known by them.
  const keys = new Set(lines.map(lineKey));
  for (const l of lines) {
    const others = lines.filter((o) => o !== l).flatMap((o) => o.pieces);
    l.pieces = l.pieces.flatMap((p) => splitHeading(p, others));
  }
  const columns: Column[] = [];
  for (const piece of lines.flatMap((l) => l.pieces).sort((a, b) => a.x - b.x)) {
    const right = piece.x + piece.text.length;
    const last = columns[columns.length - 1];
    if (last && piece.x < last.right) last.right = Math.max(last.right, right);
    else columns.push({ x: piece.x, right, text: '' });
  }
  if (columns.length < 3 || columns.length > MAX_COLUMNS) return null;
  for (const l of lines) for (const p of l.pieces) {
    const column = columns.find((c) => p.x >= c.x && p.x < c.right)!;
    column.text += ` ${p.text}`;
  }
  const heads = columns.map((c) => foldText(c.text).replace(/\s+/g, ' ').trim());
  const content = heads.findIndex((h) => CONTENT_HEAD.test(h));
  const chairs = heads.findIndex((h, k) => k > content && LEAD_HEAD.test(h));
  const lead = chairs >= 0 ? chairs : heads.findIndex((h, k) => k > content && OTHER_LEAD_HEAD.test(h));
  // A table of targets ("Nội dung | Mục tiêu | Cơ quan chủ trì"): the bodies answer for figures, not duties.
  if (content < 0 || lead < 0 || heads.some((h) => TARGET_HEAD.test(h))) return null;
  const marker = heads.findIndex((h) => MARKER_HEAD.test(h));
  const time = heads.findIndex((h, k) => k > lead && TIME_HEAD.test(h));
  return { columns, keys, first: lines[0]!, last: lines[lines.length - 1]!, content, lead, marker, time };
}

/**
 * `p` cut at its blanks where two headings of other lines under or over it lie apart (a gap between
 * them), at the blank nearest the middle of the gap.
 */
function splitHeading(p: Piece, others: readonly Piece[]): Piece[] {
  const right = p.x + p.text.length;
  const inside = others.filter((o) => o.x >= p.x - 1 && o.x + o.text.length <= right + 1).sort((a, b) => a.x - b.x);
  for (let k = 0; k + 1 < inside.length; k++) {
    const gapFrom = inside[k]!.x + inside[k]!.text.length;
    const gapTo = inside[k + 1]!.x;
    if (gapTo - gapFrom < 2) continue;
    const middle = (gapFrom + gapTo) / 2;
    let cut = -1;
    for (let i = 1; i < p.text.length - 1; i++) if (p.text.charCodeAt(i) === 32 && (cut < 0 || Math.abs(p.x + i - middle) < Math.abs(p.x + cut - middle))) cut = i;
    if (cut < 0 || p.x + cut < gapFrom - 2 || p.x + cut > gapTo + 1) continue;
    return [{ x: p.x, text: p.text.slice(0, cut) }, ...splitHeading({ x: p.x + cut + 1, text: p.text.slice(cut + 1) }, others)];
  }
  return [p];
}

/** A data line's cells: pieces placed in columns, a row number split off the content's piece. */
interface Placed {
  line: TextLine;
  /** Text by column. */
  cells: string[][];
  number: boolean;
  /** The content cell opens here with a capital: a row's text may start on this line. */
  opens: boolean;
}

/**
 * The rows of the table whose header has a line at `lineStart` and where the lines read end (null
 * when it is no header); nothing before `floor` is read.
 */
function readTable(input: string, lineStart: number, floor: number, clean: (s: string) => string): { pieces: TablePiece[]; end: number } | null {
  const header = headerAt(input, lineStart, floor);
  if (!header) return null;
  const { columns } = header;
  const contentX = columns[header.content]!.x;
  // The data lines, up to the table's end. The header printed again at the top of a page is read as
  // a blank line.
  const lines: TextLine[] = [];
  for (let line = nextLine(input, header.last); line && lines.length < MAX_TABLE_LINES; line = nextLine(input, line)) {
    const first = line.pieces[0]?.text ?? '';
    if (TABLE_END.test(first)) break;
    if (line.pieces.length && header.keys.has(lineKey(line))) {
      lines.push({ ...line, pieces: [] });
      continue;
    }
    // Another table's header.
    if (line.pieces.length >= 2 && headingLine(line)) {
      const raw = input.slice(line.start, line.end);
      if (LEAD_NEEDLES.some((n) => raw.includes(n))) break;
    }
    lines.push(line);
  }
  // Prose after the table: a line that is one piece from the left margin running on into the last
  // column, or two in a row running well into the lead column (or one, last before the closing). A
  // section's row across the table opens with its number ("II.5 Thích ứng với …").
  const wide = (l: TextLine | undefined, reach: number) =>
    l !== undefined && l.pieces.length === 1 && l.pieces[0]!.x <= contentX + 2 && l.pieces[0]!.x + l.pieces[0]!.text.length > reach && !ROW_NUMBER_LEAD.test(l.pieces[0]!.text);
  const lastX = columns[columns.length - 1]!.x;
  for (let i = 0; i < lines.length; i++) {
    const intoLead = columns[header.lead]!.x + 10;
    if (wide(lines[i], lastX) || (wide(lines[i], intoLead) && (i + 1 === lines.length || wide(lines[i + 1], intoLead)))) {
      lines.length = i;
      break;
    }
  }
  const read = { pieces: [], end: lines.length ? lines[lines.length - 1]!.end : header.last.end };
  if (lines.length === 0) return read;
  const grid = learnGrid(lines, header);
  const placed = lines.map((line) => place(line, header, grid));
  const rows = groupRows(placed, header);
  if (rows.filter((r) => r.some((p) => p.cells[header.lead]!.length > 0)).length < 2) return read;
  const pieces: TablePiece[] = [];
  const rowLine = (cells: string[]) => `| ${cells.map((c) => clean(c).replace(/\|/g, '/')).join(' | ')} |`;
  // Each row's lines become its line of cells; the blank lines and page numbers after it are dropped,
  // so the rows follow one another as a table of "|" rows does.
  const push = (start: number, end: number, next: number, line: string) => {
    pieces.push([start, end, line]);
    if (next - 1 > end) pieces.push([end, next - 1, '']);
  };
  push(header.first.start, header.last.end, rows[0]![0]!.line.start, rowLine(columns.map((c) => c.text.replace(/\s+/g, ' ').trim())));
  rows.forEach((row, k) => {
    const cells = columns.map((_, c) => row.flatMap((p) => p.cells[c]!).join(' ').replace(/\s+/g, ' ').trim());
    const end = row.reduce((e, p) => (p.cells.some((cell) => cell.length > 0) ? p.line.end : e), row[0]!.line.end);
    push(row[0]!.line.start, end, rows[k + 1]?.[0]!.line.start ?? end, rowLine(cells));
  });
  return { pieces, end: pieces[pieces.length - 1]![1] };
}

/**
 * Where each column's text lies in the data lines, right of the content column (which is read from
 * the left margin): the middle of its pieces (a cell's lines are centred or left-aligned, and drift),
 * where they start at the earliest and typically. Learned by rounds of nearest middles, from the
 * headings' middles.
 */
interface Grid {
  middle: number[];
  low: number[];
  start: number[];
  /** Where the content's lines end, most of them. */
  contentRight: number;
}

function learnGrid(lines: readonly TextLine[], header: Header): Grid {
  const { columns } = header;
  const middle = columns.map((c) => (c.x + c.right) / 2);
  const low = columns.map((c) => c.x);
  const start = columns.map((c) => c.x);
  // Pieces right of the middle between the content's heading and the next one's.
  const contentEnd = (columns[header.content]!.right + columns[header.content + 1]!.x) / 2;
  const pieces = lines.flatMap((l) => l.pieces.filter((p) => p.x > contentEnd && !PAGE_NUMBER.test(p.text)));
  // A piece wider than its column's heading leaves room for (a few characters more) ran into the next
  // column: it tells where neither lies.
  // One that starts nearer the heading before than its own ran in from the column before.
  const fits = (p: Piece, k: number) =>
    (k === columns.length - 1 || p.text.length <= columns[k + 1]!.x - columns[k]!.x + 4) && (k <= header.content + 1 || p.x >= (columns[k - 1]!.x + columns[k]!.x) / 2);
  for (let round = 0; round < 4; round++) {
    const groups: Piece[][] = columns.map(() => []);
    for (const p of pieces) {
      const k = nearest(middle, p.x + p.text.length / 2, header.content);
      if (fits(p, k)) groups[k]!.push(p);
    }
    groups.forEach((g, k) => {
      if (k <= header.content || g.length === 0) return;
      middle[k] = median(g.map((p) => p.x + p.text.length / 2));
      const starts = g.map((p) => p.x).sort((x, y) => x - y);
      low[k] = starts[Math.floor(starts.length / 10)]!;
      start[k] = median(starts);
    });
  }
  // How far the content's text reaches: the right edge most of its pieces at the left margin keep to,
  // of those that stop before where the next column's text typically starts.
  const rights = lines.flatMap((l) => {
    const p = l.pieces[0];
    return p && p.x < contentEnd && p.x + p.text.length <= start[header.content + 1]! ? [p.x + p.text.length] : [];
  }).sort((x, y) => x - y);
  const contentRight = rights.length ? rights[Math.floor(rights.length * 0.9)]! : low[header.content + 1]! - 2;
  return { middle, low, start, contentRight };
}

/** The column whose middle is nearest to `x`, right of the content column. */
function nearest(middle: readonly number[], x: number, content: number): number {
  let best = content + 1;
  for (let k = content + 1; k < middle.length; k++) if (Math.abs(middle[k]! - x) < Math.abs(middle[best]! - x)) best = k;
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function isCapital(c: string): boolean {
  return c !== c.toLowerCase();
}

function isUpperStart(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() || (c >= '0' && c <= '9');
}

/** Places a data line's pieces in the columns. */
function place(line: TextLine, header: Header, grid: Grid): Placed {
  const cells: string[][] = header.columns.map(() => []);
  let number = false;
  let opens = false;
  // A lone page number is no cell.
  if (line.pieces.length === 1 && PAGE_NUMBER.test(line.pieces[0]!.text) && line.pieces[0]!.x > 8) return { line, cells, number, opens };
  const queue: (Piece & { column?: number })[] = [...line.pieces];
  const leftOfLead = grid.low[header.content + 1]! - 4;
  for (let n = 0; n < queue.length; n++) {
    let p = queue[n]!;
    let column: number;
    if (p.column !== undefined) column = p.column;
    else if (p.x < leftOfLead && cells.every((c, k) => k === header.marker || c.length === 0)) {
      // At the left, before any cell but the row number: a row number, the content, or both.
      if (!number && header.marker >= 0 && ROW_NUMBER.test(p.text)) {
        cells[header.marker]!.push(p.text);
        number = true;
        continue;
      }
      const lead = !number && header.marker >= 0 ? ROW_NUMBER_LEAD.exec(p.text) : null;
      if (lead) {
        cells[header.marker]!.push(lead[0]);
        number = true;
        p = { x: p.x + lead[0].length + 1, text: p.text.slice(lead[0].length + 1) };
      }
      column = header.content;
      opens = isUpperStart(p.text);
    } else {
      column = nearest(grid.middle, p.x + p.text.length / 2, header.content);
      // A piece that starts where the column before starts, and runs on into this one ("Đảng ủy HĐND
      // Đồng chí Phan Trung Bá -"): it opens in the column before, and is cut below.
      const before = column - 1;
      if (before > header.content && p.x >= grid.low[before]! - 2 && p.x <= grid.start[before]! + 2 && p.x < grid.low[column]! - 4 && p.x + p.text.length > grid.middle[column]!) column = before;
    }
    // A piece nearest the time column that starts with the column before's text ("Sinh – Tỉnh ủy viên,
    // Phó 2027 - 2030"): that text goes back.
    if (column === header.time && column > 0) {
      const cut = timeCut(p.text);
      if (cut > 0 && !TIME_WORDS.test(foldText(p.text.slice(0, cut)))) {
        cells[column - 1]!.push(p.text.slice(0, cut));
        p = { x: p.x + cut + 1, text: p.text.slice(cut + 1) };
      }
    }
    // A piece that runs into the next column with a single blank: cut where that column's text starts.
    // The time column's value is told by its form ("2026 - 2030", "Trước ngày 15/10/2026"), and may
    // start a few characters before its edge.
    const next = column + 1;
    const toTime = next === header.time;
    // The content stops short of where the lead body's text ever starts; another column's piece runs
    // into the next one when it reaches halfway into that column's usual place.
    const reach = toTime ? grid.low[next]! - 4 : column === header.content ? grid.low[next]! + 2 : (grid.low[next]! + grid.middle[next]!) / 2;
    if (next < header.columns.length && p.x + p.text.length > reach) {
      const cut = toTime ? timeCut(p.text) : cutAt(p, grid, next, column === header.content, column === header.lead, line.pieces.length === 1);
      if (cut === 0) column = next;
      else if (cut > 0) {
        queue.splice(n + 1, 0, { x: p.x + cut + 1, text: p.text.slice(cut + 1), column: next });
        p = { x: p.x, text: p.text.slice(0, cut) };
      }
    }
    cells[column]!.push(p.text);
  }
  return { line, cells, number, opens };
}

/**
 * Where to cut piece `p` that runs into column `next`: at a blank, from a little before where that
 * column's text starts at the earliest. After the content, the last blank before a capital, after a
 * word in small letters, before which the content stays within its usual reach ("… kiện toàn Ban Chỉ
 * đạo | Sở Khoa học", "… cấp tỉnh giai | Đảng ủy UBND"), else as the end says. After another column, the
 * blank nearest where the next column's text typically starts ("Đảng ủy HĐND | Đồng chí …"), not
 * inside the lead body's name, a cut inside another name or before small letters counting farther. -1
 * when there is none.
 */
function cutAt(p: Piece, grid: Grid, next: number, fromContent: boolean, fromLead: boolean, alone: boolean): number {
  let best = -1;
  let bestScore = Infinity;
  let first = -1;
  let nearEdge = -1;
  // The content's text may run a little closer to the lead column than the lead's text ever starts.
  for (let i = Math.max(1, grid.low[next]! - (fromContent ? 8 : 4) - p.x); i < p.text.length - 1; i++) {
    if (p.text.charCodeAt(i) !== 32) continue;
    const at = p.x + i + 1;
    // A body's name opens with a capital letter (figures go to the time column: timeCut); a cell's
    // second line goes on in small letters ("… quốc gia | nghiệp và Môi").
    const capital = isCapital(p.text.charAt(i + 1));
    if (fromContent && at >= grid.low[next]! - 2 && at <= grid.low[next]! + 4 && (nearEdge < 0 || Math.abs(at - grid.low[next]!) < Math.abs(p.x + nearEdge + 1 - grid.low[next]!))) nearEdge = i;
    if (!capital && fromContent) continue;
    // Not inside a name: the word before the blank is no capitalised word ("… điểm | Sở Nông", not "Sở |
    // Nông"); an acronym may end one ("Đảng ủy HĐND | Đồng chí").
    const word = p.text.slice(p.text.lastIndexOf(' ', i - 1) + 1, i);
    const inName = capital && isCapital(word.charAt(0)) && word !== word.toUpperCase();
    if (fromContent) {
      if (first < 0) first = i;
      if (at - 1 <= grid.contentRight + 1 && !inName) best = i;
      continue;
    }
    // Nearest where the next column's text typically starts. Not inside the lead body's name ("UBND các
    // xã, | Sở Công"); in another column's, a cut counts as two characters farther ("Sở Khoa học và Công
    // | Cơ sở dữ liệu", the name going on over the next line); before small letters, four ("dục và Đào |
    // chính; Sở", a cell's second line).
    if (inName && fromLead) continue;
    const score = Math.abs(at - grid.start[next]!) + (!capital ? LOWER_PENALTY : inName ? NAME_PENALTY : 0);
    if (best < 0 || score < bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (!fromContent || best >= 0) return best;
  // After the content, with no capital within its reach: the first capital; with none, the blank nearest
  // where the next column starts, before small letters ("… quốc gia | nghiệp và Môi trường" with no
  // capital after it), when the piece stops within that column and other columns' pieces share its line
  // (a section's title across the table is alone on its line).
  const within = !alone && next + 1 < grid.low.length && p.x + p.text.length <= grid.low[next + 1]!;
  return first >= 0 ? first : within ? nearEdge : -1;
}

/** Where the time column's value starts at the end of `text` (0: it is the whole piece), or -1. */
function timeCut(text: string): number {
  const tail = TIME_TAIL.exec(text);
  if (!tail) return -1;
  return tail[0].startsWith(' ') ? tail.index : 0;
}

/**
 * True when the content line before line `i` ends inside a name that line `i` goes on with ("(qua Sở
 * Công" over "Thương)"): its last word is capitalised, not an acronym, and no mark closes it.
 */
function namesOn(block: readonly Placed[], i: number, content: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const cell = block[j]!.cells[content]!;
    if (cell.length === 0) continue;
    const text = cell[cell.length - 1]!;
    const word = text.slice(text.lastIndexOf(' ') + 1);
    return isCapital(word.charAt(0)) && word !== word.toUpperCase() && !/[.,;:)]$/.test(word);
  }
  return false;
}

/**
 * The data lines grouped into rows. Blank lines part rows. A table whose numbers open their rows
 * (each numbered line's text opens with a capital) starts a row at each number. Otherwise a number
 * sits in the middle of its row's height: between two row numbers with no blank line, the next row's
 * text starts at the line where its content opens with a capital nearest the middle, and the other
 * columns' lines between the two rows' content go to the row whose number is nearer.
 */
function groupRows(placed: Placed[], header: Header): Placed[][] {
  const has = (p: Placed) => p.cells.some((c) => c.length > 0);
  // Blocks of lines with cells, parted by lines without.
  const blocks: Placed[][] = [];
  let block: Placed[] = [];
  for (const p of placed) {
    if (has(p)) block.push(p);
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
  }
  if (block.length) blocks.push(block);
  // Numbers on their rows' first lines: every numbered line's content opens there, with a capital (a
  // number alone on its line, or before words in small letters, sits in its row's middle).
  const numbered = placed.filter((p) => p.number);
  const topAligned = numbered.length >= 2 && numbered.every((p) => p.opens && p.cells[header.content]!.length > 0);
  const rows: Placed[][] = [];
  for (const b of blocks) {
    const numbers = b.map((p, i) => (p.number ? i : -1)).filter((i) => i >= 0);
    if (topAligned && numbers.length > 0) {
      // The lines before the first number go on with the row before (a row over a page break).
      if (numbers[0]! > 0) {
        if (rows.length) rows[rows.length - 1]!.push(...b.slice(0, numbers[0]));
        else rows.push(b.slice(0, numbers[0]));
      }
      numbers.forEach((at, k) => rows.push(b.slice(at, numbers[k + 1] ?? b.length)));
      continue;
    }
    // A block without a number goes on with the row before (a row over a page break) unless it opens one.
    if (numbers.length === 0) {
      const first = b.find((p) => p.cells[header.content]!.length > 0);
      if (rows.length && !(first?.opens ?? false)) rows[rows.length - 1]!.push(...b);
      else rows.push(b);
      // A table without numbers, its cells at the top of their rows: a row starts at a line whose work
      // opens with a capital beside another column's first words (not a name going on from the line before).
      if (numbered.length === 0) {
        const row = rows.pop()!;
        let start = 0;
        for (let i = 1; i < row.length; i++) {
          const p = row[i]!;
          if (!p.opens || namesOn(row, i, header.content) || !p.cells.some((c, k) => k !== header.content && k !== header.marker && c.length > 0)) continue;
          rows.push(row.slice(start, i));
          start = i;
        }
        rows.push(row.slice(start));
      }
      continue;
    }
    let from = 0;
    for (let k = 1; k < numbers.length; k++) {
      const a = numbers[k - 1]!;
      const z = numbers[k]!;
      const middle = (a + z) / 2;
      // The line where the lower row's content opens with a capital nearest the middle (the earlier of two).
      let split = z;
      let best = Infinity;
      for (let i = a + 1; i <= z; i++) {
        if (!b[i]!.opens || Math.abs(i - middle) >= best || namesOn(b, i, header.content)) continue;
        best = Math.abs(i - middle);
        split = i;
      }
      // The other columns' lines between the upper row's last content line and the split go to the row
      // whose number is nearer (the upper on a tie), or all to the lower row when the upper one is a
      // heading (its number and its text only).
      let lastContent = a;
      for (let i = a + 1; i < split; i++) if (b[i]!.cells[header.content]!.length > 0) lastContent = i;
      const heading = b.slice(from, lastContent + 1).every((p) => p.cells.every((c, k) => k === header.marker || k === header.content || c.length === 0));
      const cut = heading ? lastContent + 1 : Math.min(split, Math.max(lastContent + 1, Math.floor((a + z) / 2) + 1));
      rows.push(b.slice(from, cut));
      from = cut;
    }
    rows.push(b.slice(from));
  }
  return rows.filter((r) => r.length > 0);
}
