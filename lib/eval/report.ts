import type { CorpusScore, DocumentNotes, ScoreSummary } from './score';

const fmt = (x: number) => x.toFixed(3);

/** The closing line: `citations F1 x · tasks F1 y · deadlines F1 z · header w`. */
export function formatHeadline(summary: ScoreSummary): string {
  const { citations: c, tasks: t, deadlines: d } = summary;
  return `citations F1 ${fmt(c.f1)} · tasks F1 ${fmt(t.f1)} · deadlines F1 ${fmt(d.f1)} · header ${fmt(summary.header)}`;
}

/** The summary lines, word for word as the corpus's score.mjs prints them. */
export function formatSummaryLines(summary: ScoreSummary): string[] {
  const { citations: c, tasks: t, deadlines: d } = summary;
  return [
    `documents ${summary.documents} · outputs missing ${summary.missingOutputs.length}`,
    `citations P ${fmt(c.p)} R ${fmt(c.r)} · dates right ${fmt(c.citationDateAccuracy)}`,
    `tasks P ${fmt(t.p)} R ${fmt(t.r)} · assignees right ${fmt(t.assigneeAccuracy)} · deadlines right ${fmt(t.deadlineAccuracy)}`,
    `deadlines P ${fmt(d.p)} R ${fmt(d.r)}`,
    formatHeadline(summary),
  ];
}

/** Per-document notes (documents with nothing to say are left out), as score.mjs `--verbose`. */
export function formatDocumentNotes(perDoc: readonly DocumentNotes[]): string[] {
  return perDoc
    .filter((x) => x.notes.length || x.missing)
    .map((x) => `${x.stem}${x.missing ? ' (no output)' : ''}\n  ${x.notes.join('\n  ')}`);
}

/** The whole report: notes first when `verbose`, then the summary lines. */
export function formatScoreReport(score: CorpusScore, options: { verbose?: boolean } = {}): string {
  return [...(options.verbose ? formatDocumentNotes(score.perDoc) : []), ...formatSummaryLines(score.summary)].join('\n');
}
