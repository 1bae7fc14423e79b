import { cleanRun, groupLines, type PdfLine, type PositionedText } from './pdf-lines';
import { assemblePages } from './pdf-assemble';
import { dropPageFurniture } from './pdf-furniture';
import { convertLegacyText, detectLegacyEncoding, legacyNote, restoreTcvn3Hyphen } from './legacy-encoding';
import { failures } from './messages';
import { openPdf, type PdfDocument } from './pdf-open';
import type { FileReadLimits, FileReadResult, LoadPdfjs } from './types';


/** Reads the text layer of every page as positioned runs. */
async function readPageRuns(doc: PdfDocument, pageNumber: number): Promise<PositionedText[]> {
  const page = await doc.getPage(pageNumber);
  try {
    // No NFKC from pdf.js: it turns TCVN3's "µ" (à) into a Greek mu; ligatures are undone in cleanRun.
    const content = await page.getTextContent({ disableNormalization: true });
    const runs: PositionedText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, , d, x, y] = item.transform as number[];
      // Rotated text (stamps, margin notes) is not part of the reading flow.
      if (Math.abs(b ?? 0) > Math.abs(a ?? 0) * 0.1) continue;
      runs.push({ str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.abs(d ?? 0) || item.height || 10 });
    }
    return runs;
  } finally {
    page.cleanup();
  }
}

function isPasswordError(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'PasswordException';
}

/**
 * Reads a PDF's text layer (pdf.js) and rebuilds the reading order. Fails as encrypted (password),
 * corrupt (parse failure), too-many-pages, or scanned (almost no text on the pages).
 */
export async function readPdf(bytes: Uint8Array, loadPdfjs: LoadPdfjs, limits: FileReadLimits): Promise<FileReadResult> {
  const opened = await openPdf(loadPdfjs, bytes);
  if (!opened.ok) return opened.encrypted ? failures.encrypted() : failures.corrupt('Tệp PDF');
  const doc = opened.doc;
  try {
    if (doc.numPages > limits.maxPages) return failures.tooManyPages(doc.numPages, limits.maxPages);
    if (doc.numPages === 0) return failures.corrupt('Tệp PDF');
    const runs: PositionedText[][] = [];
    for (let p = 1; p <= doc.numPages; p++) runs.push(await readPageRuns(doc, p));
    const chars = runs.flat().reduce((n, r) => n + r.str.replace(/\s+/g, '').length, 0);
    if (chars / doc.numPages < limits.minCharsPerPage) return failures.scanned(doc.numPages);
    return buildText(runs.map((r, i) => groupLines(r, i + 1)));
  } catch (error) {
    if (isPasswordError(error)) return failures.encrypted();
    return failures.corrupt('Tệp PDF');
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Legacy-encoding conversion, page furniture, columns and paragraphs: the final text. */
function buildText(pages: PdfLine[][]): FileReadResult {
  const encoding = detectLegacyEncoding(pages.flat().map((l) => l.text).join('\n'));
  if (encoding) {
    for (const line of pages.flat()) {
      for (const s of [...line.segments, ...line.cells]) s.text = cleanRun(convertLegacyText(encoding === 'tcvn3' ? restoreTcvn3Hyphen(s.text) : s.text, encoding));
      line.text = line.segments.map((s) => s.text).join(' ');
    }
  }
  const { text, pages: ranges } = assemblePages(dropPageFurniture(pages));
  return { ok: true, kind: 'pdf', text, pages: ranges, ...(encoding ? { note: legacyNote(encoding) } : {}) };
}
