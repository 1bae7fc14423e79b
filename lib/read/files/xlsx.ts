import { failures } from './messages';
import type { FileReadResult } from './types';

type CellValue = string | number | boolean | Date | null;

/** A date cell as an official writes it: "30/06/2026" (Excel dates are read as UTC midnights). */
function dateText(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  return String(value).replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
}

/**
 * A sheet as text: its name, then each row with a value as a line of "|"-separated cells ("| 1 |
 * Số hóa hồ sơ | Sở Nội vụ |  | 30/09/2026 |"), so a plan's table of duties kept in a workbook
 * (a phụ lục) gives its tasks. A row with a single value is a line of its own (a title, a closing
 * paragraph), except between two rows of the table, where it heads a section of the table.
 */
function sheetText(name: string, rows: readonly (readonly CellValue[])[]): string[] {
  const kept = rows
    .map((row) => {
      const cells = row.map(cellText);
      // Trailing empty columns are the sheet's width, not the row's.
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      return cells;
    })
    .filter((cells) => cells.some((c) => c !== ''));
  const wide = (cells: string[]) => cells.filter((c) => c !== '').length > 1;
  const first = kept.findIndex(wide);
  const last = kept.length - 1 - [...kept].reverse().findIndex(wide);
  const width = Math.max(0, ...kept.filter(wide).map((c) => c.length));
  const lines = kept.flatMap((cells, i) => {
    // A blank line after the table: the text below is a paragraph of its own, not the last row's.
    const after = i === last && i < kept.length - 1 ? [''] : [];
    if (wide(cells)) return [`| ${cells.join(' | ')} |`, ...after];
    const value = cells.find((c) => c !== '')!;
    if (first < 0 || i < first || i > last) return [value];
    return [`| ${[value, ...Array<string>(Math.max(0, width - 1)).fill('')].join(' | ')} |`, ...after];
  });
  return lines.length ? [name, ...lines] : [];
}

/**
 * Reads an Excel workbook (.xlsx) with read-excel-file: every sheet, its rows as "|" lines. Dates
 * come out day first; the text is NFC.
 */
export async function readXlsx(bytes: Uint8Array): Promise<FileReadResult> {
  const { default: readWorkbook } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: CellValue[][] }[];
  try {
    sheets = (await readWorkbook(bytes.slice().buffer)) as { sheet: string; data: CellValue[][] }[];
  } catch {
    return failures.corrupt('Tệp Excel (.xlsx)');
  }
  const text = sheets
    .flatMap((s, i) => [...(i > 0 ? [''] : []), ...sheetText(s.sheet, s.data)])
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .normalize('NFC');
  if (!text.trim()) return failures.empty('Tệp Excel (.xlsx)');
  return { ok: true, kind: 'xlsx', text };
}
