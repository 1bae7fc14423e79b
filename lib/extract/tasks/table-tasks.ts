import { splitNames } from './agency-phrase';
import type { TaskDraft } from './find-tasks';

/**
 * Tasks from a plan's table (domain.md §5.2: "STT | Nội dung/nhiệm vụ | Cơ quan chủ trì | Cơ quan
 * phối hợp | Thời gian hoàn thành"), as converted documents carry it: HTML `<table>` markup
 * inside the text. One task per row that names a lead body; the row is the span, so the
 * deadline in its "thời gian" cell belongs to it.
 */
export interface TableRange {
  start: number;
  end: number;
}

const TABLE = /<table\b[^>]{0,200}>/gi;
const ROW = /<tr\b[^>]{0,200}>([\s\S]{0,20000}?)<\/tr>/gi;
const CELL = /<t[dh]\b[^>]{0,200}>([\s\S]{0,8000}?)<\/t[dh]>/gi;

interface Cell {
  text: string;
  start: number;
  end: number;
}

function cellsOf(row: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  for (const m of row.matchAll(CELL)) {
    const inner = m[1]!;
    const at = offset + m.index + m[0].indexOf(inner);
    cells.push({ text: inner.replace(/<[^>]{0,200}>/g, ' ').replace(/&[a-z#0-9]{1,8};/gi, ' ').replace(/\s+/g, ' ').trim(), start: at, end: at + inner.length });
  }
  return cells;
}

/** Column indexes of a task table's header row, or null when the row is not one. */
function columnsOf(folded: string[]): { content: number; lead: number; support: number } | null {
  const find = (re: RegExp) => folded.findIndex((c) => re.test(c));
  const lead = find(/chu tri|don vi thuc hien|co quan thuc hien/);
  const content = find(/noi dung|nhiem vu|cong viec/);
  if (lead < 0 || content < 0 || lead === content) return null;
  return { content, lead, support: find(/phoi hop/) };
}

/** Finds the task tables of `text` and the tasks of their rows. */
export function findTableTasks(text: string, folded: string): { tasks: TaskDraft[]; tables: TableRange[] } {
  const tasks: TaskDraft[] = [];
  const tables: TableRange[] = [];
  // Plain text has no markup: one native search saves a regex run over the whole text.
  if (!text.includes('<')) return { tasks, tables };
  for (const t of text.matchAll(TABLE)) {
    const close = text.indexOf('</table>', t.index);
    const end = close < 0 ? text.length : close + '</table>'.length;
    tables.push({ start: t.index, end });
    let columns: ReturnType<typeof columnsOf> = null;
    const body = text.slice(t.index, end);
    for (const r of body.matchAll(ROW)) {
      const rowStart = t.index + r.index;
      const cells = cellsOf(r[0], rowStart);
      if (!columns) {
        columns = columnsOf(cells.map((c) => folded.slice(c.start, c.end)));
        continue;
      }
      if (cells.length <= Math.max(columns.content, columns.lead)) continue;
      const content = cells[columns.content]!;
      const lead = cells[columns.lead]!;
      if (content.text.length < 3 || lead.text.length < 2) continue;
      const support = columns.support >= 0 ? cells[columns.support] : undefined;
      tasks.push({
        start: content.start,
        end: rowStart + r[0].length,
        actionAt: content.start,
        actionEnd: content.end,
        assignees: splitNames(lead.text),
        coordinators: support && support.text ? splitNames(support.text) : [],
        tags: ['table-row'],
      });
    }
  }
  return { tasks, tables };
}
