import { findFooterZone, findHeaderZone, type ColumnZone } from './pdf-columns';
import { findTables, type PdfTable } from './pdf-tables';
import type { PdfLine } from './pdf-lines';
import { joinLines, measureBody, trimHyphen } from './pdf-paragraphs';
import type { PageRange } from './types';

type Entry = { kind: 'zone'; page: number; lines: string[] } | { kind: 'body'; line: PdfLine };

const NOI_NHAN = /^Nơi\s+nhận/iu;

/**
 * Orders each page: header zone (first page), body lines, footer zone (last page or "Nơi nhận").
 * A plan's table of duties in the body comes out as one "|" line per row (pdf-tables.ts); the
 * footer is looked for below it only.
 */
function orderEntries(pages: readonly PdfLine[][]): Entry[] {
  const entries: Entry[] = [];
  let carried: PdfTable | undefined;
  let lastTable: Extract<Entry, { kind: 'zone' }> | undefined;
  pages.forEach((lines, i) => {
    const header = i === 0 ? findHeaderZone(lines) : null;
    const from = header?.end ?? 0;
    const tables = findTables(lines.slice(from), carried).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
    const last = tables[tables.length - 1];
    const afterTables = last?.end ?? from;
    const hasFooter = i === pages.length - 1 || lines.some((l) => NOI_NHAN.test(l.text));
    const footer = hasFooter ? findFooterZone(lines, afterTables) : null;
    const bodyEnd = footer?.start ?? lines.length;
    // A table running to the page's last body line may go on over the next page.
    carried = last && last.end >= bodyEnd ? last : undefined;
    const zoneEntry = (z: ColumnZone): Entry => ({ kind: 'zone', page: i + 1, lines: [...z.left, ...z.right, ...z.tail] });
    if (header) entries.push(zoneEntry(header));
    let t = 0;
    for (let k = from; k < bodyEnd; k++) {
      const table = tables[t];
      if (table && k === table.start) {
        // The rest of a table from the previous page follows its rows there, without a blank line.
        if (table.continued && lastTable?.lines[lastTable.lines.length - 1] === '') lastTable.lines.pop();
        // A blank line after the rows: the text below is a paragraph of its own, not the last row's.
        lastTable = { kind: 'zone', page: i + 1, lines: [...table.rows, ''] };
        entries.push(lastTable);
        k = table.end - 1;
        t++;
        continue;
      }
      entries.push({ kind: 'body', line: lines[k]! });
    }
    if (footer) entries.push(zoneEntry(footer));
  });
  return entries;
}

/** Builds the text, recording where each page's content starts and ends. */
class PagedText {
  text = '';
  private readonly ranges = new Map<number, PageRange>();

  add(content: string, page: number): void {
    if (!content) return;
    const range = this.ranges.get(page) ?? { page, start: this.text.length, end: this.text.length };
    this.text += content;
    range.end = this.text.length;
    this.ranges.set(page, range);
  }

  separate(sep: string): void {
    if (this.text && !this.text.endsWith('\n')) this.text += sep;
  }

  pageRanges(pageCount: number): PageRange[] {
    const out: PageRange[] = [];
    let last = 0;
    for (let page = 1; page <= pageCount; page++) {
      const r = this.ranges.get(page) ?? { page, start: last, end: last };
      out.push(r);
      last = r.end;
    }
    return out;
  }
}

/**
 * Turns the lines of every page into text in reading order: the header and footer columns one
 * after the other, body lines joined into paragraphs (one a line), page breaks inside a paragraph
 * joined as well.
 */
export function assemblePages(pages: readonly PdfLine[][]): { text: string; pages: PageRange[] } {
  const entries = orderEntries(pages);
  const metrics = measureBody(
    entries.flatMap((e) => (e.kind === 'body' ? [e.line] : [])),
    pages.flat(),
  );
  const out = new PagedText();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.kind === 'zone') {
      out.separate('\n');
      for (const line of entry.lines) {
        out.add(line, entry.page);
        out.text += '\n';
      }
      continue;
    }
    const next = entries[i + 1];
    const join = next?.kind === 'body' ? joinLines(entry.line, next.line, metrics) : 'break';
    out.add(join === 'none' ? trimHyphen(entry.line.text, next?.kind === 'body' ? next.line.text : '') : entry.line.text, entry.line.page);
    if (join === 'space') out.text += ' ';
    else if (join === 'break') out.text += '\n';
  }
  return { text: out.text.replace(/\n+$/, ''), pages: out.pageRanges(pages.length) };
}
