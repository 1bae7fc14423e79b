import { blanksEnd, firstOf, isBlankCode } from '../normalize';
import { splitNames } from './agency-phrase';
import type { TaskDraft } from './find-tasks';

/**
 * Tasks from a plan's table (domain.md §5.2: "STT | Nội dung/nhiệm vụ | Cơ quan chủ trì | Cơ quan
 * phối hợp | Thời gian hoàn thành"), as converted documents carry it: HTML `<table>` markup
 * inside the text, or rows of cells split by "|" (Markdown, a table copied from a web page).
 * One task per row that names a lead body; the row is the span, so the deadline in its
 * "thời gian" cell belongs to it.
 */
export interface TableRange {
  start: number;
  end: number;
}

const TABLE = /<table\b[^>]{0,200}>/gi;
// An element's opening tag, tried where its name was found (sticky); its content's longest reach.
const ROW_OPEN = /<tr\b[^>]{0,200}>/iy;
const CELL_OPEN = /<t[dh]\b[^>]{0,200}>/iy;
const MAX_ROW = 20_000;
const MAX_CELL = 8_000;

/**
 * The elements `<tag …>content</tag>` in `[from, to)`, as a lazy pattern finds them (each closed by the
 * first closing tag within `max` of its content's start; one that is not, skipped), in one forward
 * sweep: an opening tag after many unclosed ones does not read the text up to a far closing tag again.
 * Tags are searched for in `folded` (lower case, the same length).
 */
function elementsIn(text: string, folded: string, from: number, to: number, open: RegExp, opens: readonly string[], closes: readonly string[], max: number): Cell[] {
  const out: Cell[] = [];
  // Searched within `[from, to)` only: a tag missing from it is not looked for in the rest of the text.
  const hay = folded.slice(from, to);
  let close = firstOf(hay, closes, 0);
  for (let at = firstOf(hay, opens, 0); at >= 0; ) {
    open.lastIndex = from + at;
    const tag = open.exec(text);
    if (!tag) {
      at = firstOf(hay, opens, at + 1);
      continue;
    }
    const start = at + tag[0].length;
    if (close >= 0 && close < start) close = firstOf(hay, closes, start);
    const closeEnd = close < 0 ? -1 : hay.indexOf('>', close) + 1;
    if (close < 0 || close - start > max || closeEnd <= 0) {
      at = firstOf(hay, opens, at + 1);
      continue;
    }
    out.push({ text: text.slice(from + at, from + closeEnd), start: from + start, end: from + close });
    at = firstOf(hay, opens, closeEnd);
  }
  return out;
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(text: string, folded: string, row: Cell): Cell[] {
  return elementsIn(text, folded, row.start, row.end, CELL_OPEN, ['<td', '<th'], ['</td>', '</th>'], MAX_CELL).map((cell) => {
    const inner = text.slice(cell.start, cell.end);
    return { text: inner.replace(/<[^>]{0,200}>/g, ' ').replace(/&[a-z#0-9]{1,8};/gi, ' ').replace(/\s+/g, ' ').trim(), start: cell.start, end: cell.end };
  });
}

/** Column indexes of a task table's header row, or null when the row is not one. */
function columnsOf(folded: string[]): { content: number; lead: number; support: number } | null {
  const find = (re: RegExp) => folded.findIndex((c) => re.test(c));
  const lead = find(/chu tri|don vi thuc hien|co quan thuc hien/);
  const content = find(/noi dung|nhiem vu|cong viec/);
  if (lead < 0 || content < 0 || lead === content) return null;
  // "phối hợ p": a PDF's spacing may split the word.
  return { content, lead, support: folded.findIndex((c) => c.replace(/\s+/g, '').includes('phoihop')) };
}

/** One task of a data row, or null when the row names no content or lead body. */
function rowTask(cells: Cell[], columns: NonNullable<ReturnType<typeof columnsOf>>, end: number): TaskDraft | null {
  if (cells.length <= Math.max(columns.content, columns.lead)) return null;
  const content = cells[columns.content]!;
  const lead = cells[columns.lead]!;
  if (content.text.length < 3 || lead.text.length < 2) return null;
  const support = columns.support >= 0 ? cells[columns.support] : undefined;
  return {
    start: content.start,
    end,
    actionAt: content.start,
    actionEnd: content.end,
    assignees: splitNames(lead.text),
    coordinators: support && support.text ? splitNames(support.text) : [],
    tags: ['table-row'],
  };
}

/** A line's cells split by "|" (outer bars dropped), or null for a line with fewer than three. */
function pipeCells(text: string, start: number, end: number): Cell[] | null {
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 124 /* | */) continue;
    let a = from;
    let b = i;
    a = blanksEnd(text, a, b);
    while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--;
    cells.push({ text: text.slice(a, b).replace(/\s+/g, ' '), start: a, end: b });
    from = i + 1;
  }
  // "| a | b |": the empty cells before the first bar and after the last are not columns.
  if (cells.length && cells[0]!.text === '' && text.charCodeAt(cells[0]!.end) === 124) cells.shift();
  if (cells.length && cells[cells.length - 1]!.text === '') cells.pop();
  return cells.length >= 3 ? cells : null;
}

// A Markdown rule row: "|---|:---:|".
const RULE_ROW = /^[\s|:\-–]+$/;
// Lines with three or more bars: searched for only when the text has any.
const MIN_BARS = 2;

/** Tables of rows split by "|": consecutive lines of cells whose first row heads a task table. */
function findPipeTables(text: string, folded: string, tasks: TaskDraft[], tables: TableRange[]): void {
  let columns: ReturnType<typeof columnsOf> = null;
  let table: TableRange | null = null;
  // The next bar at or after the line: searched again only once passed, so lines without bars
  // before a far one do not each read the text up to it.
  let nextBar = text.indexOf('|');
  for (let start = 0; start < text.length; ) {
    if (nextBar >= 0 && nextBar < start) nextBar = text.indexOf('|', start);
    if (nextBar < 0) break;
    // Lines with no bar hold no cells: they end any table, and the next line with a bar is read.
    const barLine = text.lastIndexOf('\n', nextBar) + 1;
    if (barLine > start) {
      columns = null;
      table = null;
      start = barLine;
    }
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let bars = 0;
    for (let i = nextBar; i >= 0 && i < end && bars <= MIN_BARS; i = text.indexOf('|', i + 1)) bars++;
    const cells = bars >= MIN_BARS ? pipeCells(text, start, end) : null;
    if (!cells) {
      columns = null;
      table = null;
    } else if (!columns) {
      columns = columnsOf(cells.map((c) => folded.slice(c.start, c.end)));
      if (columns) {
        table = { start, end };
        tables.push(table);
      }
    } else if (table) {
      table.end = end;
      if (!RULE_ROW.test(text.slice(start, end))) {
        const task = rowTask(cells, columns, end);
        if (task) tasks.push(task);
      }
    }
    start = end + 1;
  }
}

/** Finds the task tables of `text` and the tasks of their rows. */
export function findTableTasks(text: string, folded: string): { tasks: TaskDraft[]; tables: TableRange[] } {
  const tasks: TaskDraft[] = [];
  const tables: TableRange[] = [];
  if (text.includes('|')) findPipeTables(text, folded, tasks, tables);
  // Plain text has no markup: one native search saves a regex run over the whole text.
  if (!text.includes('<')) return { tasks, tables };
  const starts = [...text.matchAll(TABLE)].map((t) => t.index);
  // The next "</table>" at or after a table's start: searched for again only once passed.
  let close = folded.indexOf('</table>');
  starts.forEach((start, k) => {
    if (close >= 0 && close < start) close = folded.indexOf('</table>', start);
    // A table ends at its closing tag, or where the next one opens when it is left unclosed.
    const next = starts[k + 1] ?? text.length;
    const end = close >= 0 && close < next ? close + '</table>'.length : next;
    tables.push({ start, end });
    let columns: ReturnType<typeof columnsOf> = null;
    for (const row of elementsIn(text, folded, start, end, ROW_OPEN, ['<tr'], ['</tr>'], MAX_ROW)) {
      const cells = cellsOf(text, folded, row);
      if (!columns) {
        columns = columnsOf(cells.map((c) => folded.slice(c.start, c.end)));
        continue;
      }
      const task = rowTask(cells, columns, row.end + '</tr>'.length);
      if (task) tasks.push(task);
    }
  });
  return { tasks, tables };
}
