import type { PdfLine } from './pdf-lines';

// "2", "- 2 -", "Trang 2", "2/5", "Trang 2 / 5", "2 trên 5".
const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?[-–—\s]*$/iu;

/** How many lines at the top and at the bottom of a page may be page furniture. */
const EDGE_LINES = 2;

function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Drops page numbers and running headers/footers: a bare page number among the first or last
 * lines of a page (when there is more than one page), and a line repeated at the same edge of at
 * least half of the pages (three or more).
 */
export function dropPageFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  if (pages.length < 2) return pages.map((p) => [...p]);
  const edges = pages.map((lines) => edgeLines(lines));
  const counts = new Map<string, number>();
  for (const edge of edges) for (const key of new Set(edge.map((l) => edgeKey(l, edge)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (key: string) => pages.length >= 3 && (counts.get(key) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, i) => {
    const edge = edges[i]!;
    return lines.filter((line) => !edge.includes(line) || !(PAGE_NUMBER.test(line.text) || repeated(edgeKey(line, edge))));
  });
}

function edgeLines(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length <= EDGE_LINES * 2) return [...lines];
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/** The same text at the same edge (top or bottom) of the page. */
function edgeKey(line: PdfLine, edge: readonly PdfLine[]): string {
  const top = edge.indexOf(line) < EDGE_LINES;
  return `${top ? 'top' : 'bottom'}|${shape(line.text)}`;
}
