import { findCitations } from './citations';
import { findDeadlines } from './deadline';
import { foldKey, foldText } from './fold';
import { findHeaderNumber, readHeader } from './header';
import { normalizeText, type Normalized } from './normalize';
import { attachDeadline } from './refiners/attach-deadlines';
import { cleanText, makeTitleOfClean } from './refiners/make-title';
import { ExtractOptionsSchema, type Citation, type Deadline, type ExtractOptions, type Extraction, type Span, type Task } from './schema';
import { buildItems } from './segment/items';
import { splitLines } from './segment/lines';
import { findZones } from './segment/zones';
import { findTaskDrafts, type TaskDraft } from './tasks/find-tasks';

export * from './schema';

/** Longest input read; the rest of a huge page is ignored (a directive is a few pages). */
export const MAX_INPUT = 400_000;

const EMPTY_DOCUMENT: Extraction['document'] = {
  kind: null, number: null, date: null, place: null, issuer: null, subject: null,
  recipients: [], signer: null, signerTitle: [], authority: null, system: null,
};

function mapSpan(norm: Normalized, start: number, end: number): Span {
  return [norm.toInput(start), norm.toInputEnd(end)];
}

/**
 * Extracts the header, cited documents and tasks of a Vietnamese directive.
 * Spans are offsets into `input`. Text that is not a directive yields an empty extraction.
 */
export function extractDirective(input: string, options: ExtractOptions = {}): Extraction {
  const { reference } = ExtractOptionsSchema.parse(options);
  const norm = normalizeText(input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input);
  const text = norm.text;
  const folded = foldText(text);
  const lines = splitLines(text);
  const zones = findZones(lines, folded);

  const own = findHeaderNumber(lines, zones);
  const citations = findCitations(text, { ownNumber: own?.number ?? null });
  // A document cannot cite one issued after it: the latest cited date bounds the issue date.
  const latestCited = citations.reduce<string | null>((max, c) => (c.date && (!max || c.date > max) ? c.date : max), null);
  const header = readHeader(text, lines, zones, latestCited, { folded, own });
  const document = header.document;

  const root = buildItems(lines, zones.body.from, zones.body.to);
  const drafts = findTaskDrafts(
    { text, folded, recipients: document.recipients, issuerKey: document.issuer ? foldKey(document.issuer) : null },
    root,
  );

  // A directive shows its header, or hands out duties by name; anything else is not one.
  // A plan's table naming a lead body on two rows or more hands out duties too (an appendix alone).
  const looksLikeDirective =
    header.signals >= 2 ||
    drafts.some((d) => d.tags.includes('assign-cue')) ||
    (drafts.length >= 2 && citations.length >= 1) ||
    drafts.filter((d) => d.tags.includes('table-row')).length >= 2;
  if (!looksLikeDirective) return { document: EMPTY_DOCUMENT, citations: [], tasks: [] };

  // Deadlines only ever go to tasks: only the duties' stretches are searched for them.
  const within = drafts.map((d): [number, number] => [d.start, d.end]);
  const deadlines = drafts.length
    ? outsideRanges(findDeadlines(text, { documentDate: document.date, reference, within }), findQuotedTitles(text))
    : [];
  const tasks = drafts.map((d) => toTask(norm, d, deadlines));
  return {
    document,
    citations: citations.map((c): Citation => ({ ...c, span: mapSpan(norm, c.span[0], c.span[1]) })),
    tasks,
  };
}

const QUOTED_TITLE = /[“"][^”"\n]{3,200}(?:\n[^”"\n]{0,200}){0,3}[”"]/gu;

/**
 * Short quotations on one or two lines are titles ("Chuyển đổi số tỉnh Lạng Sơn đến năm 2025,
 * định hướng đến năm 2030"): the periods they name are not deadlines.
 */
function findQuotedTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  // An exec loop on a regex compiled once (matches are never empty): `matchAll` would copy it.
  QUOTED_TITLE.lastIndex = 0;
  for (let m = QUOTED_TITLE.exec(text); m; m = QUOTED_TITLE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The deadlines not inside any of `ranges` (both in text order: one sweep, no quadratic scan). */
function outsideRanges(deadlines: Deadline[], ranges: [number, number][]): Deadline[] {
  let r = 0;
  return deadlines.filter((d) => {
    while (r < ranges.length && ranges[r]![1] <= d.span[0]) r++;
    const range = ranges[r];
    return !(range && d.span[0] >= range[0] && d.span[1] <= range[1]);
  });
}

function toTask(norm: Normalized, d: TaskDraft, deadlines: readonly Deadline[]): Task {
  const action = cleanText(norm.text.slice(d.actionAt, Math.min(d.actionEnd ?? d.end, d.actionAt + 2400))).slice(0, 2000);
  const deadline = attachDeadline(d, deadlines);
  return {
    title: makeTitleOfClean(action),
    action,
    assignees: d.assignees,
    coordinators: d.coordinators.filter((c) => !d.assignees.includes(c)),
    deadline: deadline ? { ...deadline, span: mapSpan(norm, deadline.span[0], deadline.span[1]) } : null,
    span: mapSpan(norm, d.start, d.end),
    tags: d.tags,
  };
}
