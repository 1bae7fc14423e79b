import { foldText } from '../../extract/fold';
import { CONTENT_HEAD, MARKER_HEAD } from '../../extract/segment/layout-table';
import type { PdfLine, Segment } from './pdf-lines';

/**
 * A plan's table of duties in a PDF ("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
 * hợp | Thời gian hoàn thành", domain.md §5.2). Its text layer is only runs at positions: read as
 * lines, the cells of a row interleave with the wrapped lines of its neighbours. Here the table is
 * found by its header row, its columns by where its runs lie (a cell border lies between two
 * columns, which no run crosses), and its rows by the wider gap between rows (cell padding) or the
 * numbers of the "STT" column. Each row comes out as one line of "|" cells, which
 * lib/extract/tasks/table-tasks.ts reads as a task.
 */
export interface PdfTable {
  /** Index of the table's first line (its header) among the page's lines. */
  start: number;
  /** Index past its last line. */
  end: number;
  /** The header and data rows, each "| a | b | c |". */
  rows: string[];
  /** The columns at the end of the table, for a table going on over the next page. */
  grid: Grid;
  /** True for the rest of a table from the previous page (no header row of its own). */
  continued: boolean;
  /** Index of the row-number column, or -1. */
  marker: number;
}

interface Column {
  x: number;
  right: number;
}

const LEAD_HEAD = /chu tri|thuc hien|don vi|co quan|trach nhiem/;
/** A row number: "1", "12.", "IV", "a)". */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}|[a-zđ])[.)]?$/u;
/** Most lines a header may take ("Cơ quan" over "chủ trì"). */
const HEADER_LINES = 3;
/** A table ends at a vertical gap wider than this many font sizes. */
const MAX_GAP_EM = 3;
/** Without row numbers, a gap this many times the table's closest line pitch starts a row. */
const ROW_GAP = 1.35;

const overlap = (a: Column, b: Segment) => Math.min(a.right, b.right) - Math.max(a.x, b.x);

/** Sorted, non-overlapping intervals covering `cells`. */
function mergeColumns(cells: readonly Segment[]): Column[] {
  const sorted = [...cells].sort((a, b) => a.x - b.x);
  const out: Column[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.x <= last.right + 1) last.right = Math.max(last.right, c.right);
    else out.push({ x: c.x, right: c.right });
  }
  return out;
}

/**
 * The columns of a table: its headings' extents, and where each border between two columns may
 * lie (`lo[k]`…`hi[k]` for the border after column k): between the headings at first, narrowed
 * by the cells placed in the columns.
 */
export class Grid {
  readonly lo: number[];
  readonly hi: number[];

  constructor(readonly heads: readonly Column[]) {
    this.lo = heads.slice(0, -1).map((h) => h.right);
    this.hi = heads.slice(1).map((h) => h.x);
  }

  clone(): Grid {
    const g = new Grid(this.heads);
    g.lo.splice(0, g.lo.length, ...this.lo);
    g.hi.splice(0, g.hi.length, ...this.hi);
    return g;
  }

  private fits(k: number, cell: Segment): boolean {
    return (k === 0 || cell.x >= this.lo[k - 1]!) && (k === this.heads.length - 1 || cell.right <= this.hi[k]!);
  }

  /**
   * The column of `cell`, or -1 when it fits none (a row across the table, or text past it). A
   * cell under its heading belongs to that column; one between two headings to the column it
   * fits, the right-hand one when both (cells are left-aligned, headings centred).
   */
  columnOf(cell: Segment): number {
    let under = -1;
    for (let k = 0; k < this.heads.length; k++) {
      if (overlap(this.heads[k]!, cell) > 0) {
        if (under >= 0) return this.fitsAny(cell);
        under = k;
      }
    }
    if (under >= 0 && this.fits(under, cell)) return under;
    return this.fitsAny(cell);
  }

  private fitsAny(cell: Segment): number {
    for (let k = this.heads.length - 1; k >= 0; k--) if (this.fits(k, cell)) return k;
    return -1;
  }

  /** Narrows the borders around column `k` to hold `cell`. */
  place(k: number, cell: Segment): void {
    if (k > 0) this.hi[k - 1] = Math.min(this.hi[k - 1]!, cell.x);
    if (k < this.heads.length - 1) this.lo[k] = Math.max(this.lo[k]!, cell.right);
  }

  /** True when every cell of `line` has a column. */
  fitsLine(line: PdfLine): boolean {
    return line.cells.every((c) => this.columnOf(c) >= 0);
  }
}

/** Cell texts of `lines` by column: the lines' cells in order, joined by a space. */
function rowCells(lines: readonly PdfLine[], grid: Grid): string[] {
  const texts = grid.heads.map(() => [] as string[]);
  for (const line of lines) {
    for (const cell of line.cells) {
      const k = grid.columnOf(cell);
      // A cell across columns (a section heading row) is read in the column it starts in.
      const at = k >= 0 ? k : Math.max(0, grid.heads.findIndex((h) => h.right >= cell.x));
      texts[at]!.push(cell.text);
    }
  }
  return texts.map((t) => t.join(' ').replace(/\s+/g, ' ').replace(/\|/g, '/').trim());
}

const rowLine = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** A task table's header starting at line `i`: its columns and the line after it. */
function headerAt(lines: readonly PdfLine[], i: number): { grid: Grid; end: number; marker: number; text: string } | null {
  if (lines[i]!.cells.length < 2) return null;
  for (let h = 1; h <= HEADER_LINES && i + h <= lines.length; h++) {
    if (h > 1 && !continuesHeader(lines[i + h - 2]!, lines[i + h - 1]!)) break;
    const columns = mergeColumns(lines.slice(i, i + h).flatMap((l) => l.cells));
    if (columns.length < 3) continue;
    const heads = rowCells(lines.slice(i, i + h), new Grid(columns)).map((t) => foldText(t).replace(/\s+/g, ' ').trim());
    const content = heads.findIndex((t) => CONTENT_HEAD.test(t));
    const lead = heads.findIndex((t, k) => k !== content && LEAD_HEAD.test(t));
    if (content < 0 || lead < 0) continue;
    // Headings wrapped over more lines ("Cơ quan" over "chủ trì") belong to the header too.
    let end = i + h;
    while (end < lines.length && end < i + HEADER_LINES && continuesHeader(lines[end - 1]!, lines[end]!)) end++;
    const part = lines.slice(i, end);
    const grid = new Grid(mergeColumns(part.flatMap((l) => l.cells)));
    const texts = rowCells(part, grid);
    return { grid, end, marker: texts.findIndex((t) => MARKER_HEAD.test(foldText(t).trim())), text: rowLine(texts) };
  }
  return null;
}

/** True when `next` reads as the wrapped rest of header line `line`: right below it, short headings only. */
function continuesHeader(line: PdfLine, next: PdfLine): boolean {
  if (line.y - next.y > 1.6 * next.size) return false;
  return next.cells.every((c) => c.text.length <= 30 && !/\d/.test(c.text));
}

/**
 * The table's lines from `from` on and its rows. The borders are first narrowed by the cells of
 * the lines holding several cells (data rows), then lines are taken while their cells fit the
 * columns; a line across columns is taken only when the next line fits them again (a section
 * heading row inside the table).
 */
function growTable(lines: readonly PdfLine[], from: number, grid: Grid, marker: number): { end: number; rows: string[] } {
  // Lines close enough to be the table's.
  let reach = from;
  while (reach < lines.length && (reach === from || lines[reach - 1]!.y - lines[reach]!.y <= MAX_GAP_EM * lines[reach]!.size)) reach++;
  for (let j = from; j < reach; j++) {
    const line = lines[j]!;
    if (line.cells.length < 2) continue;
    const placed = line.cells.map((c) => grid.columnOf(c));
    if (placed.some((k) => k < 0)) break;
    line.cells.forEach((c, n) => grid.place(placed[n]!, c));
  }
  let end = from;
  for (let j = from; j < reach; j++) {
    const line = lines[j]!;
    if (!grid.fitsLine(line)) {
      const next = lines[j + 1];
      if (!(j + 1 < reach && next && next.cells.length >= 2 && grid.fitsLine(next))) break;
    }
    end = j + 1;
  }
  const taken = lines.slice(from, end);
  if (taken.length === 0) return { end, rows: [] };
  // Group the lines into rows.
  // Line pitch: the closest two lines (a raised mark grouped as a line of its own is no pitch).
  const pitches = taken.slice(1).map((l, k) => taken[k]!.y - l.y).filter((g, k) => g > 0.5 * taken[k + 1]!.size);
  const pitch = pitches.length ? Math.min(...pitches) : 0;
  // Every gap alike: rows of one line each, unless row numbers tell otherwise.
  const evenly = pitches.length > 0 && Math.max(...pitches) <= 1.15 * pitch;
  const groups: PdfLine[][] = [];
  const across = (line: PdfLine) => !grid.fitsLine(line);
  const numbered = (line: PdfLine) => marker >= 0 && line.cells.some((c) => grid.columnOf(c) === marker && ROW_NUMBER.test(c.text));
  taken.forEach((line, k) => {
    const gap = k > 0 ? taken[k - 1]!.y - line.y : 0;
    const previous = groups[groups.length - 1];
    // A row starts after the wider gap between rows, or at a row number when the row going on
    // already has one (no gap: cells without padding). A number centred in its row's height
    // then stays with the lines above it.
    const byGap = evenly ? marker < 0 : gap > ROW_GAP * pitch;
    const startsRow = !previous || across(line) || previous.some(across) || byGap || (numbered(line) && previous.some(numbered));
    if (startsRow) groups.push([line]);
    else previous.push(line);
  });
  return { end, rows: groups.map((g) => rowLine(rowCells(g, grid))) };
}

/**
 * The task tables among a page's lines, in order. `carried` is a table that ran to the end of the
 * previous page: lines at the top of this page that fit its columns go on with it.
 */
export function findTables(lines: readonly PdfLine[], carried?: Pick<PdfTable, 'grid' | 'marker'>): PdfTable[] {
  const tables: PdfTable[] = [];
  let i = 0;
  if (carried && lines.length && !headerAt(lines, 0)) {
    const grid = carried.grid.clone();
    const grown = growTable(lines, 0, grid, carried.marker);
    if (grown.rows.length && lines.slice(0, grown.end).some((l) => l.cells.length >= 2)) {
      tables.push({ start: 0, end: grown.end, rows: grown.rows, grid, marker: carried.marker, continued: true });
      i = grown.end;
    }
  }
  while (i < lines.length) {
    const header = headerAt(lines, i);
    if (!header) {
      i++;
      continue;
    }
    const grown = growTable(lines, header.end, header.grid, header.marker);
    if (grown.rows.length === 0) {
      i++;
      continue;
    }
    tables.push({ start: i, end: grown.end, rows: [header.text, ...grown.rows], grid: header.grid, marker: header.marker, continued: false });
    i = grown.end;
  }
  return tables;
}
