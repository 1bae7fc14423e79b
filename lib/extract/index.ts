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
  const citations = findCitations(text, { ownNumber: own?.number ?? null, folded });
  // A document cannot cite one issued after it: the latest cited date bounds the issue date.
  const latestCited = citations.reduce<string | null>((max, c) => (c.date && (!max || c.date > max) ? c.date : max), null);
  const header = readHeader(text, lines, zones, latestCited, { folded, own });
  let document = header.document;
  // A header lost in conversion: the appendix names the text it is attached to, with its date (the
  // text's own date when it has one; its date when it has none, but its kind's title).
  const attachedTo = document.number === null && (document.date !== null || document.kind !== null) ? ownNumberInAppendix(folded, citations, document) : -1;
  if (attachedTo >= 0) {
    document = { ...document, number: citations[attachedTo]!.number, date: document.date ?? citations[attachedTo]!.date };
    citations.splice(attachedTo, 1);
  }

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
    // A letter copied without its header table: "Kính gửi: Cục Thuế …" and the documents it answers.
    (zones.recipients !== null && citations.length >= 1) ||
    drafts.filter((d) => d.tags.includes('table-row')).length >= 2 ||
    // A notice copied from a web page without its header, with a duty, a cited text and the official
    // end mark of a body of text ("./."): "Thực hiện Thông báo số 31/TB-UBND …, 2. Chủ tịch Ủy ban nhân dân
    // các xã có trách nhiệm … ./.".
    (drafts.length >= 1 && citations.length >= 1 && ENDS_OFFICIALLY.test(text));
  if (!looksLikeDirective) return { document: EMPTY_DOCUMENT, citations: [], tasks: [] };

  // Deadlines only ever go to tasks: only the duties' stretches are searched for them.
  const within = drafts.map((d): [number, number] => [d.start, d.end]);
  const deadlines = drafts.length
    ? outsideRanges(findDeadlines(text, { documentDate: document.date, reference, year: document.date ? null : header.year, within, folded }), mergeRanges([...findQuotedTitles(text), ...citedSubjects(folded, citations)]))
    : [];
  const tasks = drafts.map((d) => toTask(norm, d, deadlines));
  return {
    document,
    citations: citations.map((c): Citation => ({ ...c, span: mapSpan(norm, c.span[0], c.span[1]) })),
    tasks,
  };
}

// The mark that ends the body of an official text, at the end of its line: "… thực hiện./.".
const ENDS_OFFICIALLY = /\.\/\.[ \t]*(?:\r?\n|$)/;

// "(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 14 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh)".
const ATTACHED_TO = /kem\s{1,3}theo\s{1,3}(?:[a-z ]{2,24}?\s{1,3}so\s{0,3}:?\s{0,3})?$/;
// "(Kèm theo Nghị quyết số …", "(Ban hành kèm theo Quyết định số …" opening its line (folded).
const APPENDIX_LINE = /(?:^|\n)[ \t*_]{0,4}\((?:ban\s{1,3}hanh\s{1,3})?kem\s{1,3}theo\s{1,3}(?:[a-z ]{2,24}?\s{1,3}so\s{0,3}:?\s{0,3})?$/;

/**
 * Index of the citation that an appendix says it is attached to, of this text's kind and date (of its
 * kind, dated, when the text has no date); -1 if none.
 */
function ownNumberInAppendix(folded: string, citations: readonly Citation[], document: Extraction['document']): number {
  const attached = (c: Citation) => ATTACHED_TO.test(folded.slice(Math.max(0, c.span[0] - 48), c.span[0]));
  // Undated, only an appendix's own line names the text: "(Kèm theo Nghị quyết số 394/NQ-CP ngày …)", not
  // "… Quy chế ban hành kèm theo Quyết định số 12/2020/QĐ-TTg" in the body.
  if (document.date === null) return citations.findIndex((c) => c.date !== null && c.kind === document.kind && APPENDIX_LINE.test(folded.slice(Math.max(0, c.span[0] - 48), c.span[0])));
  return citations.findIndex((c) => c.date === document.date && (c.kind === null || c.kind === document.kind) && attached(c));
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

// "… tại Công điện số 48/CĐ-TTg ngày 22/4/2025 về đẩy nhanh tiến độ … để hoàn thành 3.000 km
// đường bộ cao tốc trong năm 2025, trong đó lưu ý:": the subject of a cited document, to the end
// of its clause.
const CITED_SUBJECT = /^[\s,]{0,3}(?:ve viec|ve|v\/v)\s/;
const CLAUSE_END = /^(?:[.;:\n]|, (?:trong do|yeu cau|de nghi|trinh|bao cao|hoan thanh|gui ve|gui bo|xong))/;

/** Where the texts cited documents are about run ("… số 48/CĐ-TTg … về …"): their periods are theirs. */
function citedSubjects(folded: string, citations: readonly Citation[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of citations) {
    const at = c.span[1];
    const head = CITED_SUBJECT.exec(folded.slice(at, at + 12));
    if (!head) continue;
    const rest = folded.slice(at + head[0].length, at + head[0].length + 300);
    // A line break inside the subject is a wrapped line when the next one goes on in lower case.
    let end = -1;
    for (let i = 0; i < rest.length && end < 0; i++) {
      const ch = rest[i]!;
      if (ch !== '.' && ch !== ';' && ch !== ':' && ch !== '\n' && ch !== ',') continue;
      if (ch === '\n' && /^[ \t]{0,8}[a-z0-9]/.test(rest.slice(i + 1, i + 10))) continue;
      // "3.000 km", "1,5 tỷ": a point or comma inside a number ends nothing.
      if ((ch === '.' || ch === ',') && /[0-9]/.test(rest[i + 1] ?? '')) continue;
      if (CLAUSE_END.test(rest.slice(i, i + 12))) end = i;
    }
    out.push([at, at + head[0].length + (end < 0 ? rest.length : end)]);
  }
  return out;
}

/** `ranges` sorted and merged. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
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
