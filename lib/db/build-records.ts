import { citationKey } from '../extract/citations';
import type { Extraction, Task } from '../extract/schema';
import { documentKey } from './document-key';
import { searchKey } from './search';
import type { CaptureRecords, CitationDraft, TaskDraft } from './types';

/** Where and when an extraction was captured. */
export interface CaptureContext {
  /** The page's address; kept only for http(s), the one kind the panel may open. */
  url: string | null;
  pageTitle: string | null;
  /** The text given to `extractDirective` (spans are offsets into it). */
  text: string;
  /** Capture time, epoch milliseconds. */
  now: number;
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

function httpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A table row's cells as the panel shows them: "Số hóa hồ sơ | Sở Nội vụ |  | Tháng 9/2026 |" →
 * "Số hóa hồ sơ · Sở Nội vụ · Tháng 9/2026" (empty cells left out).
 */
function rowSource(row: string): string {
  return row
    .split('|')
    .map(collapse)
    .filter(Boolean)
    .join(' · ');
}

function taskDraft(task: Task, text: string, number: string | null, now: number): TaskDraft | null {
  const quote = text.slice(task.span[0], task.span[1]);
  const source = task.tags.includes('table-row') ? rowSource(quote) : collapse(quote);
  const title = collapse(task.title) || collapse(task.action).slice(0, 120) || source.slice(0, 120);
  if (!title) return null;
  const deadline = task.deadline;
  const due = deadline?.date ?? null;
  return {
    title,
    source,
    assignees: task.assignees,
    coordinators: task.coordinators,
    due,
    dueTime: due ? (deadline?.time ?? null) : null,
    deadlineText: deadline?.text ?? null,
    dueImplied: deadline ? !deadline.stated : false,
    recurrence: deadline?.recurrence ?? null,
    done: 0,
    doneAt: null,
    createdAt: now,
    updatedAt: now,
    search: searchKey({ title, assignees: task.assignees, coordinators: task.coordinators }, number),
    tags: task.tags,
  };
}

/**
 * The records one capture writes: the document (keyed by `documentKey`), its tasks (each with its
 * source sentence, deadline and search key) and the documents it cites (one per citation key).
 * Pure: validation happens when `saveCapture` writes them.
 */
export function buildRecords(extraction: Extraction, context: CaptureContext): CaptureRecords {
  const doc = extraction.document;
  const document = {
    key: documentKey(doc, context.text),
    number: doc.number,
    kind: doc.kind,
    date: doc.date,
    issuer: doc.issuer,
    subject: doc.subject,
    signer: doc.signer,
    recipients: doc.recipients,
    url: httpUrl(context.url),
    pageTitle: context.pageTitle,
    capturedAt: context.now,
  };
  const tasks = extraction.tasks.flatMap((t) => taskDraft(t, context.text, doc.number, context.now) ?? []);
  const byKey = new Map<string, CitationDraft>();
  for (const c of extraction.citations) {
    const key = citationKey(c.number);
    if (key && !byKey.has(key)) byKey.set(key, { key, number: c.number, kind: c.kind, date: c.date, issuer: c.issuer });
  }
  return { document, tasks, citations: [...byKey.values()] };
}
