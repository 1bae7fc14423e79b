import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { deadlineDate } from './compare';
import type { CorpusDocument } from './corpus';
import type { GoldFile } from './gold';
import type { CorpusRun } from './run-corpus';
import { createTotals, scoreDocument, summarizeTotals, type CorpusScore, type DocumentNotes, type ScoreTotals } from './score';

// The PDF route of `npm run bench`: gold quotes located in text read back from a PDF, the corpus
// scored on that text, and `pdftotext` (poppler-utils) timed as the yardstick for pdf.js.

/** `text` with every whitespace run collapsed to one space, and where each kept char came from. */
export function collapseWhitespace(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      gap = out.length > 0;
      continue;
    }
    if (gap) {
      out += ' ';
      from.push(i - 1);
      gap = false;
    }
    out += ch;
    from.push(i);
  }
  return { text: out, from };
}

/**
 * The exact slice of `text` that holds `quote` once whitespace runs are collapsed on both sides
 * (NFC assumed on both), its first occurrence; `null` when it is not there.
 */
export function locateQuote(text: string, quote: string): string | null {
  if (text.includes(quote)) return quote;
  const hay = collapseWhitespace(text);
  const needle = collapseWhitespace(quote).text;
  if (!needle) return null;
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  return text.slice(hay.from[at]!, hay.from[at + needle.length - 1]! + 1);
}

/** Gold labels whose quotes are rewritten to their slice of `text`; `lost` lists the quotes not found. */
export function relocateGold(text: string, gold: GoldFile): { gold: GoldFile; lost: NonNullable<GoldFile['tasks']> } {
  const tasks: NonNullable<GoldFile['tasks']> = [];
  const lost: NonNullable<GoldFile['tasks']> = [];
  for (const task of gold.tasks ?? []) {
    const quote = locateQuote(text, task.quote);
    if (quote === null) lost.push(task);
    else tasks.push({ ...task, quote });
  }
  return { gold: { ...gold, tasks }, lost };
}

/**
 * Scores documents whose text is the one read from a PDF: quotes are relocated in that text; a
 * gold task whose quote is not found counts as missed (it stays in the gold counts, matches nothing).
 */
export function scoreReadBack(docs: readonly CorpusDocument[], runs: readonly CorpusRun[]): { score: CorpusScore; lost: { stem: string; quote: string }[] } {
  const totals = createTotals();
  const perDoc: DocumentNotes[] = [];
  const lostAll: { stem: string; quote: string }[] = [];
  docs.forEach((doc, i) => {
    const { gold, lost } = relocateGold(doc.text, doc.gold);
    const scored = scoreDocument({ stem: doc.stem, text: doc.text, gold, output: runs[i]!.output });
    for (const task of lost) {
      scored.totals.task.ng++;
      if (deadlineDate(task.deadline)) scored.totals.dl.ng++;
      scored.notes.notes.push(`task missed (quote not in PDF text): "${task.quote}"`);
      lostAll.push({ stem: doc.stem, quote: task.quote });
    }
    addInto(totals, scored.totals);
    perDoc.push(scored.notes);
  });
  return { score: { summary: summarizeTotals(totals, perDoc), perDoc }, lost: lostAll };
}

function addInto(sum: ScoreTotals, add: ScoreTotals): void {
  for (const group of Object.keys(sum) as (keyof ScoreTotals)[]) {
    const target = sum[group] as Record<string, number>;
    const source = add[group] as Record<string, number>;
    for (const key of Object.keys(target)) target[key] = target[key]! + source[key]!;
  }
}

/** The `pdftotext` command on PATH, or `null`. */
export function hasPdftotext(): boolean {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  return !probe.error;
}

/** Tries `apt-get install -y poppler-utils` when running as root with apt-get; true when it then works. */
export function installPdftotext(): boolean {
  if (process.getuid?.() !== 0) return false;
  if (spawnSync('apt-get', ['--version']).error) return false;
  const run = spawnSync('apt-get', ['install', '-y', 'poppler-utils'], { stdio: 'ignore' });
  return run.status === 0 && hasPdftotext();
}

/** `pdftotext FILE -` (plain mode, UTF-8) over the files, once; the time includes each spawn. */
export function runPdftotext(files: readonly string[]): string[] {
  return files.map((file) => {
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`pdftotext ${file}: ${run.stderr || run.error?.message || `exit ${run.status}`}`);
    return run.stdout;
  });
}

/**
 * Times two extractors over the same files: `warmup` untimed passes, then `reps` timed passes,
 * taking turns (the order flips every pass). Returns the total ms of each pass, per extractor.
 */
export async function timeExtractors(fns: readonly (() => Promise<unknown> | unknown)[], warmup: number, reps: number): Promise<number[][]> {
  for (let w = 0; w < warmup; w++) for (const fn of fns) await fn();
  const totals = fns.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    const order = fns.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const f of order) {
      const start = performance.now();
      await fns[f]!();
      totals[f]!.push(performance.now() - start);
    }
  }
  return totals;
}
