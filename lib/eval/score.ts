import { citationKey, deadlineDate, isDeadlineRight, sameName, scoreF1, type F1Score } from './compare';
import type { GoldFile, ScoredOutput } from './gold';

// The project's scorer: the rules of tests/corpus/LABELS.md, computed exactly as the corpus's
// reference scorer (score.mjs) computes them, so both print the same figures for the same outputs.

/** One document to score: its text as read (BOM removed), its gold labels, the extractor's output. */
export interface ScoreEntry {
  stem: string;
  text: string;
  gold: GoldFile;
  /** `null` when the extractor produced no (readable) output for this document. */
  output: ScoredOutput | null;
}

/** What went wrong in one document, one line per miss or mismatch. */
export interface DocumentNotes {
  stem: string;
  missing: boolean;
  notes: string[];
}

/** Raw counts, summed over documents. */
export interface ScoreTotals {
  cite: { tp: number; np: number; ng: number; dateOk: number };
  task: { tp: number; np: number; ng: number; assigneeOk: number; deadlineOk: number };
  dl: { tp: number; np: number; ng: number };
  header: { ok: number; n: number };
}

/** The corpus-wide figures, with the same keys as the reference scorer's `--json` summary. */
export interface ScoreSummary {
  documents: number;
  missingOutputs: string[];
  citations: F1Score & { citationDateAccuracy: number } & ScoreTotals['cite'];
  tasks: F1Score & { assigneeAccuracy: number; deadlineAccuracy: number } & ScoreTotals['task'];
  deadlines: F1Score & ScoreTotals['dl'];
  header: number;
}

export interface CorpusScore {
  summary: ScoreSummary;
  perDoc: DocumentNotes[];
}

/** Counts of nothing, to add documents to. */
export function createTotals(): ScoreTotals {
  return {
    cite: { tp: 0, np: 0, ng: 0, dateOk: 0 },
    task: { tp: 0, np: 0, ng: 0, assigneeOk: 0, deadlineOk: 0 },
    dl: { tp: 0, np: 0, ng: 0 },
    header: { ok: 0, n: 0 },
  };
}

/**
 * Scores one document: header, citations (keyed by `citationKey`, duplicates collapsed, the last
 * one kept), tasks (each gold quote, in document order, takes the smallest unused predicted span
 * containing its first occurrence), and dated tasks. Throws when a gold quote is not in the text.
 */
export function scoreDocument(entry: ScoreEntry): { totals: ScoreTotals; notes: DocumentNotes } {
  const { stem, text, gold } = entry;
  const out: ScoredOutput = entry.output ?? { document: {}, citations: [], tasks: [] };
  const totals = createTotals();
  const doc: DocumentNotes = { stem, missing: entry.output === null, notes: [] };

  const gd = gold.document ?? {};
  const od = out.document ?? {};
  totals.header.n++;
  if (citationKey(gd.number) === citationKey(od.number) && (gd.date ?? null) === (od.date ?? null)) totals.header.ok++;
  else doc.notes.push(`header: want ${gd.number} ${gd.date}, got ${od.number} ${od.date}`);

  scoreCitations(gold, out, totals, doc.notes);
  scoreTasks(text, stem, gold, out, totals, doc.notes);
  return { totals, notes: doc };
}

function scoreCitations(gold: GoldFile, out: ScoredOutput, totals: ScoreTotals, notes: string[]): void {
  const goldCites = new Map<string, { number?: string | null; date?: string | null }>();
  for (const c of gold.citations ?? []) if (citationKey(c.number)) goldCites.set(citationKey(c.number), c);
  const predCites = new Map<string, { number?: string | null; date?: string | null }>();
  for (const c of out.citations ?? []) if (citationKey(c.number)) predCites.set(citationKey(c.number), c);
  for (const [key, c] of predCites) {
    const g = goldCites.get(key);
    if (!g) {
      notes.push(`citation extra: ${c.number}`);
      continue;
    }
    totals.cite.tp++;
    if ((g.date ?? null) === (c.date ?? null)) totals.cite.dateOk++;
    else notes.push(`citation ${g.number} date: want ${g.date}, got ${c.date}`);
  }
  for (const [key, g] of goldCites) if (!predCites.has(key)) notes.push(`citation missed: ${g.number}`);
  totals.cite.np += predCites.size;
  totals.cite.ng += goldCites.size;
}

type PredictedTask = NonNullable<ScoredOutput['tasks']>[number] & { span: [number, number] };

function scoreTasks(text: string, stem: string, gold: GoldFile, out: ScoredOutput, totals: ScoreTotals, notes: string[]): void {
  const goldTasks = (gold.tasks ?? []).map((t) => {
    const at = text.indexOf(t.quote);
    if (at < 0) throw new Error(`${stem}: gold quote not found: ${t.quote}`);
    return { ...t, at };
  });
  const predTasks = (out.tasks ?? []).filter((t): t is PredictedTask => Array.isArray(t.span));
  const used = new Set<number>();
  const length = (t: PredictedTask) => t.span[1] - t.span[0];
  for (const g of goldTasks.sort((a, b) => a.at - b.at)) {
    let best = -1;
    for (let i = 0; i < predTasks.length; i++) {
      if (used.has(i)) continue;
      const [s, e] = predTasks[i]!.span;
      if (s <= g.at && g.at < e && (best < 0 || e - s < length(predTasks[best]!))) best = i;
    }
    if (best < 0) {
      notes.push(`task missed: "${g.quote}"`);
      continue;
    }
    used.add(best);
    totals.task.tp++;
    const p = predTasks[best]!;
    const ga = g.assignees ?? [];
    const pa = p.assignees ?? [];
    const assigneeOk = ga.length === 0 ? pa.length === 0 : ga.every((a) => pa.some((b) => sameName(a, b)));
    if (assigneeOk) totals.task.assigneeOk++;
    else notes.push(`task "${g.quote}" assignees: want ${JSON.stringify(ga)}, got ${JSON.stringify(pa)}`);
    const gdate = deadlineDate(g.deadline);
    const pdate = deadlineDate(p.deadline);
    const right = isDeadlineRight(g.deadline, pdate);
    if (right) totals.task.deadlineOk++;
    else notes.push(`task "${g.quote}" deadline: want ${gdate}, got ${pdate}`);
    if (gdate && pdate && right) totals.dl.tp++;
  }
  predTasks.forEach((p, i) => {
    if (!used.has(i)) notes.push(`task extra: "${text.slice(p.span[0], Math.min(p.span[1], p.span[0] + 60))}"`);
  });
  totals.task.np += predTasks.length;
  totals.task.ng += goldTasks.length;
  totals.dl.np += predTasks.filter((t) => deadlineDate(t.deadline)).length;
  totals.dl.ng += goldTasks.filter((t) => deadlineDate(t.deadline)).length;
}

function addTotals(sum: ScoreTotals, add: ScoreTotals): void {
  for (const group of Object.keys(sum) as (keyof ScoreTotals)[]) {
    const target = sum[group] as Record<string, number>;
    const source = add[group] as Record<string, number>;
    for (const key of Object.keys(target)) target[key] = target[key]! + source[key]!;
  }
}

/** Turns summed counts into the corpus figures. */
export function summarizeTotals(totals: ScoreTotals, perDoc: readonly DocumentNotes[]): ScoreSummary {
  const share = (ok: number, n: number) => (n ? ok / n : 0);
  return {
    documents: perDoc.length,
    missingOutputs: perDoc.filter((x) => x.missing).map((x) => x.stem),
    citations: { ...scoreF1(totals.cite.tp, totals.cite.np, totals.cite.ng), citationDateAccuracy: share(totals.cite.dateOk, totals.cite.tp), ...totals.cite },
    tasks: {
      ...scoreF1(totals.task.tp, totals.task.np, totals.task.ng),
      assigneeAccuracy: share(totals.task.assigneeOk, totals.task.tp),
      deadlineAccuracy: share(totals.task.deadlineOk, totals.task.tp),
      ...totals.task,
    },
    deadlines: { ...scoreF1(totals.dl.tp, totals.dl.np, totals.dl.ng), ...totals.dl },
    header: share(totals.header.ok, totals.header.n),
  };
}

/** Scores every document (in the order given) and sums the figures over the corpus. */
export function scoreCorpus(entries: readonly ScoreEntry[]): CorpusScore {
  const totals = createTotals();
  const perDoc: DocumentNotes[] = [];
  for (const entry of entries) {
    const scored = scoreDocument(entry);
    addTotals(totals, scored.totals);
    perDoc.push(scored.notes);
  }
  return { summary: summarizeTotals(totals, perDoc), perDoc };
}
