// mammoth's HTML of a DOCX turned into the engine's text: one paragraph a line, and each table
// row a line of cells between "|" ("| 1 | Số hóa hồ sơ | Sở Nội vụ | | Tháng 9/2026 |"), so a
// plan's table of duties keeps its columns (lib/extract/tasks/table-tasks.ts reads such rows).
// mammoth writes a small, well-formed subset of HTML (p, h1–h6, ul/ol/li, table/tr/td/th, strong,
// em, a, br, img, sup/sub) with text escaped, so a tag scanner is enough: no DOM is needed, and
// the reader runs the same in Node and in the extension's pages.

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b([^<>]{0,2000})>/g;
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'div']);
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Most cells a row may span: a corrupt `colspan="100000"` must not build a huge row. */
const MAX_SPAN = 64;

function decode(text: string): string {
  return text.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function spanOf(attributes: string, name: string): number {
  const m = new RegExp(`\\b${name}="(\\d{1,6})"`).exec(attributes);
  return m ? Math.min(MAX_SPAN, Math.max(1, Number(m[1]))) : 1;
}

interface Cell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

interface Table {
  rows: Cell[][];
  /** The cell being filled, if any. */
  cell: Cell | null;
}

/** A cell's text on one line: its paragraphs joined by a space, bars that would split it replaced. */
function cellText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
}

/**
 * The table as lines of "|"-separated cells. A cell spanning columns leaves empty cells after it;
 * one spanning rows is repeated in the rows below, as a reader sees it ("Sở Nội vụ" leading
 * several duties).
 */
function tableLines(table: Table): string[] {
  const lines: string[] = [];
  // Per column: a cell from a row above still spanning down, and how many rows it has left.
  const carried: ({ text: string; left: number } | undefined)[] = [];
  for (const row of table.rows) {
    const out: string[] = [];
    let k = 0;
    const takeCarried = () => {
      while (carried[out.length] && carried[out.length]!.left > 0) {
        const c = carried[out.length]!;
        c.left--;
        out.push(c.text);
      }
    };
    takeCarried();
    for (; k < row.length; k++) {
      const cell = row[k]!;
      const text = cellText(cell.text);
      for (let s = 0; s < cell.colSpan; s++) {
        const column = out.length;
        out.push(s === 0 ? text : '');
        carried[column] = cell.rowSpan > 1 ? { text: s === 0 ? text : '', left: cell.rowSpan - 1 } : undefined;
      }
      takeCarried();
    }
    if (out.some((c) => c !== '')) lines.push(`| ${out.join(' | ')} |`);
  }
  return lines;
}

/** Text of mammoth's HTML: paragraphs and list items a line each, tables as "|" rows. */
export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const tables: Table[] = [];
  const flush = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  const append = (text: string) => {
    const table = tables[tables.length - 1];
    if (table) {
      if (table.cell) table.cell.text += text;
    } else line += text;
  };
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    append(decode(html.slice(last, m.index)));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const table = tables[tables.length - 1];
    if (name === 'table') {
      if (!closing) {
        if (!table) flush();
        tables.push({ rows: [], cell: null });
      } else if (table) {
        tables.pop();
        const rows = tableLines(table);
        const outer = tables[tables.length - 1];
        // A table inside a cell is read as that cell's text.
        if (outer) append(` ${rows.map((r) => r.replace(/^\| | \|$/g, '')).join(' ')} `);
        else lines.push(...rows);
      }
    } else if (table && name === 'tr' && !closing) table.rows.push([]);
    else if (table && (name === 'td' || name === 'th') && !closing) {
      const cell: Cell = { text: '', colSpan: spanOf(m[3]!, 'colspan'), rowSpan: spanOf(m[3]!, 'rowspan') };
      if (!table.rows.length) table.rows.push([]);
      table.rows[table.rows.length - 1]!.push(cell);
      table.cell = cell;
    } else if (table && (name === 'td' || name === 'th') && closing) table.cell = null;
    else if (name === 'br') {
      if (table) append(' ');
      else flush();
    } else if (BLOCK.has(name)) {
      if (table) append(' ');
      else flush();
    }
  }
  append(decode(html.slice(last)));
  // An unclosed table (a cut file) still gives its rows.
  while (tables.length) {
    const table = tables.pop()!;
    if (tables.length) continue;
    flush();
    lines.push(...tableLines(table));
  }
  flush();
  return lines.join('\n');
}
