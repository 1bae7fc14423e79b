/** One run of text as pdf.js gives it, in page coordinates (y grows upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

/** Text on one line separated from the rest by a wide gap (a column of a header or footer). */
export interface Segment {
  x: number;
  right: number;
  text: string;
}

/** A line of a page: its runs grouped by baseline and ordered left to right. */
export interface PdfLine {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  segments: Segment[];
  /**
   * The runs split at any gap wider than a word space's few times (`CELL_GAP_EM`): the cells of a
   * table row, which `segments` may join when their gap is narrower than a column gap.
   */
  cells: Segment[];
  /** The segments joined by a space. */
  text: string;
}

/** A gap wider than this many font sizes separates two columns. */
const COLUMN_GAP_EM = 2.5;
/** A gap wider than this many font sizes separates two cells of a table row. */
const CELL_GAP_EM = 0.9;
/** A gap wider than this many font sizes is a space between words. */
const SPACE_GAP_EM = 0.12;
const COMBINING = /^[\u0300-\u036f]/u;

/**
 * Groups a page's runs into lines: same baseline within a tolerance, then left to right.
 * Whitespace-only runs carry no position we trust (pdf.js stretches them across column gaps);
 * spaces are rebuilt from the gaps between the other runs.
 */
export function groupLines(items: readonly PositionedText[], page: number): PdfLine[] {
  const runs = items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const run of runs) {
    // Only the last few lines can share a baseline with a run sorted after them.
    const group = groups.slice(-3).find((g) => Math.abs(g[0]!.y - run.y) <= 0.45 * Math.min(g[0]!.size, run.size));
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups.map((g) => toLine(g.sort((a, b) => a.x - b.x), page)).sort((a, b) => b.y - a.y);
}

/** Joins runs into segments wherever the gap to the next run is at most `maxGap`. */
function joinRuns(runs: readonly PositionedText[], maxGap: (size: number) => number, size: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const run of runs) {
    const gap = current ? run.x - current.right : 0;
    if (!current || gap > maxGap(size)) {
      current = { x: run.x, right: run.x + run.width, text: run.str.trim() };
      segments.push(current);
      continue;
    }
    const space = gap > SPACE_GAP_EM * size && !COMBINING.test(run.str) && !/\s$/.test(current.text) && !/^\s/.test(run.str);
    current.text += (space ? ' ' : '') + run.str;
    current.right = Math.max(current.right, run.x + run.width);
  }
  for (const s of segments) s.text = cleanRun(s.text);
  return segments;
}

function toLine(runs: PositionedText[], page: number): PdfLine {
  const size = Math.max(...runs.map((r) => r.size));
  const segments = joinRuns(runs, (em) => Math.max(COLUMN_GAP_EM * em, 24), size);
  const cells = joinRuns(runs, (em) => Math.max(CELL_GAP_EM * em, 6), size);
  return {
    page,
    y: runs[0]!.y,
    x: segments[0]!.x,
    right: Math.max(...segments.map((s) => s.right)),
    size,
    segments,
    cells,
    text: segments.map((s) => s.text).join(' '),
  };
}

/**
 * Cleans one run of text: invisible characters, spaces before a combining mark ("Vie ̣t"),
 * ligatures, repeated spaces; then NFC. U+00AD is kept: in TCVN3 text it is the letter "ư".
 */
export function cleanRun(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\s+(?=[\u0300-\u036f])/gu, '')
    .replace(/[\ufb00-\ufb06]/g, (lig) => lig.normalize('NFKC'))
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}
