import { buildRecords } from '../db/build-records';
import { addDays } from '../db/groups';
import type { CaptureRecords } from '../db/types';
import { foldKey } from '../extract/fold';
import type { Extraction, Task } from '../extract/schema';
import { createRng, randomInt } from './fuzz';

// A saved list the size of a busy office's, to time the side panel on: the engine's own tasks from
// the corpus, spread over many directives, with deadlines around today and some tasks done.
// Deterministic for a seed and a day.

/** One corpus document as the engine read it. */
export interface ExtractedSource {
  text: string;
  extraction: Extraction;
}

export interface PanelFixtureOptions {
  documents: number;
  tasks: number;
  seed: number;
  /** Local `YYYY-MM-DD` the deadlines are spread around. */
  today: string;
  /** Capture time of the newest document (epoch ms). */
  now: number;
  /** Keystrokes of the search query. */
  queryLength: number;
}

/** What to write and what to search for. */
export interface PanelFixture {
  /** One `buildRecords` result per document, ready for `saveCapture`. */
  captures: CaptureRecords[];
  taskCount: number;
  /**
   * What an official types to find their unit's tasks, without diacritics: the start of the most
   * frequent assignee name at least `queryLength` characters long (folded).
   */
  query: string;
}

/** Today on this machine's calendar, `YYYY-MM-DD` (the list groups by the official's own day). */
export function localIsoDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A task with the sentence it came from, to be placed in a new document's text. */
interface PooledTask {
  task: Task;
  sentence: string;
}

/** Number part of a document number: "9533/VPCP-CN" keeps "/VPCP-CN", a number without one gets "/UBND-VP". */
function numberSuffix(number: string | null): string {
  const slash = number?.indexOf('/') ?? -1;
  return number && slash >= 0 ? number.slice(slash).replace(/\s+/g, '') : '/UBND-VP';
}

/** `total` split into `parts` counts around the mean (each at least 1), summing to `total`. */
function splitCounts(total: number, parts: number, rng: () => number): number[] {
  const base = Math.floor(total / parts);
  const counts = Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
  // Move tasks between neighbours so documents differ in size, keeping the sum.
  for (let i = 0; i + 1 < parts; i += 2) {
    const shift = randomInt(rng, 0, Math.max(0, Math.min(counts[i]!, counts[i + 1]!) - 1));
    counts[i]! -= shift;
    counts[i + 1]! += shift;
  }
  return counts;
}

/**
 * Builds `documents` directives holding `tasks` tasks in all, from the tasks the engine found in
 * `sources`: each directive takes a source's header (with a number of its own), a share of the
 * task pool in order, and a text made of those tasks' sentences. Dated tasks get a due date from
 * 45 days before `today` to 120 days after (their deadline phrase stays as written); about one
 * task in eight is done.
 */
export function createPanelFixture(sources: readonly ExtractedSource[], options: PanelFixtureOptions): PanelFixture {
  const pool: PooledTask[] = sources.flatMap(({ text, extraction }) =>
    extraction.tasks
      .map((task) => ({ task, sentence: text.slice(task.span[0], task.span[1]) }))
      // `buildRecords` drops a task with nothing to call it by; the count must hold.
      .filter(({ task, sentence }) => `${task.title}${task.action}${sentence}`.trim() !== ''),
  );
  const headers = sources.filter((s) => s.extraction.tasks.length > 0).map((s) => s.extraction.document);
  if (pool.length === 0 || headers.length === 0) throw new Error('No task found in the corpus to build the list from.');
  const rng = createRng(options.seed);
  const counts = splitCounts(options.tasks, options.documents, rng);
  const captures: CaptureRecords[] = [];
  const assignees = new Map<string, number>();
  let next = 0;
  for (let d = 0; d < options.documents; d++) {
    const header = headers[d % headers.length]!;
    const number = `${101 + d}${numberSuffix(header.number)}`;
    const tasks: Task[] = [];
    const sentences: string[] = [];
    let offset = 0;
    for (let t = 0; t < counts[d]!; t++) {
      const { task, sentence } = pool[next++ % pool.length]!;
      const span: [number, number] = [offset, offset + sentence.length];
      sentences.push(sentence);
      offset += sentence.length + 1;
      const deadline = task.deadline && { ...task.deadline, span };
      if (deadline?.date) deadline.date = addDays(options.today, randomInt(rng, -45, 120));
      tasks.push({ ...task, span, deadline });
      for (const name of task.assignees) assignees.set(foldKey(name), (assignees.get(foldKey(name)) ?? 0) + 1);
    }
    const now = options.now - (options.documents - d) * 3_600_000;
    const extraction: Extraction = { document: { ...header, number }, citations: [], tasks };
    const records = buildRecords(extraction, { url: `https://vanban.example.gov.vn/vb/${101 + d}`, pageTitle: number, text: sentences.join('\n'), now });
    for (const task of records.tasks) {
      if (rng() < 0.125) Object.assign(task, { done: 1, doneAt: now });
    }
    captures.push(records);
  }
  const byFrequency = [...assignees].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const name = byFrequency.find((n) => n.length >= options.queryLength) ?? byFrequency[0] ?? '';
  return { captures, taskCount: captures.reduce((sum, c) => sum + c.tasks.length, 0), query: name.slice(0, options.queryLength).trimEnd() };
}
