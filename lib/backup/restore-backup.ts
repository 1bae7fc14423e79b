import type { NhacViecDatabase } from '../db/database';
import { foldKey } from '../extract/fold';
import { SavedCitationSchema, SavedDocumentSchema, SavedTaskSchema } from '../db/records';
import { searchKey } from '../db/search';
import type { StoredTask } from '../db/types';
import { taskOrigins } from '../export/task-origin';
import type { Backup } from './backup-schema';

/** What a restore did. */
export interface RestoreSummary {
  /** Documents added (the others were already saved). */
  documents: number;
  /** Tasks added. */
  restored: number;
  /** Saved tasks replaced by the file's copy, edited later. */
  updated: number;
  /** Tasks already saved, as recent as the file's copy or more. */
  skipped: number;
  /** Citations added. */
  citations: number;
}

type BackupTask = Backup['tasks'][number];

/** How `saveCapture` tells a task already saved: folded title and due date. */
const captureIdentity = (task: { title: string; due: string | null }) => `${foldKey(task.title)}|${task.due ?? ''}`;

// `Map.groupBy` would do, but Node 20 (which runs the tests) does not have it.
function groupByDocument<T extends { documentId: number }>(records: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const record of records) {
    const group = groups.get(record.documentId);
    if (group) group.push(record);
    else groups.set(record.documentId, [record]);
  }
  return groups;
}

/**
 * Pairs each task of the file with the saved task of the same document it is a copy of, each saved
 * task used once: first by origin (same capture time and source sentence, see `taskOrigins`: the
 * same record, edited or not), then as `saveCapture` would (same folded title and due date: the
 * same duty captured in another browser).
 */
function matchTasks(incoming: readonly BackupTask[], saved: readonly StoredTask[]): Map<BackupTask, StoredTask> {
  const matches = new Map<BackupTask, StoredTask>();
  const used = new Set<number>();
  const byOrigin = new Map(taskOrigins(saved).map((origin, i) => [origin, saved[i]!]));
  taskOrigins(incoming).forEach((origin, i) => {
    const found = byOrigin.get(origin);
    if (found) {
      matches.set(incoming[i]!, found);
      used.add(found.id);
    }
  });
  for (const task of incoming) {
    if (matches.has(task)) continue;
    const found = saved.find((s) => !used.has(s.id) && captureIdentity(s) === captureIdentity(task));
    if (found) {
      matches.set(task, found);
      used.add(found.id);
    }
  }
  return matches;
}

/** True when the file's copy replaces the saved task: it changed later, and does not reopen a task done here. */
const copyWins = (saved: StoredTask, copy: BackupTask) => copy.updatedAt > saved.updatedAt && !(saved.done === 1 && copy.done === 0);

/** True when the saved task stays but takes the done state of its copy: done wins over open. */
const copyDone = (saved: StoredTask, copy: BackupTask) => copy.done === 1 && saved.done === 0;

/**
 * Merges a checked backup (see `readBackup`) into the database, in one transaction: all of it or,
 * on any error, nothing. Rules:
 * - a document is matched by its `key`; one already saved keeps its record, others are added;
 * - a task of a document already saved that matches a saved task (`matchTasks`) is merged into it
 *   (`copyWins`: the later edit wins; `copyDone`: done wins over open), keeping the saved id, or
 *   skipped when the saved one is as recent. Nothing is ever deleted;
 * - citations are matched by key within their document; missing ones are added;
 * - new records get new ids; references between tasks (`nextOccurrenceId`) follow them, or are
 *   cleared when they point at a task neither saved nor in the file;
 * - search keys are recomputed from the task and its (saved) document.
 */
export function restoreBackup(db: NhacViecDatabase, backup: Backup): Promise<RestoreSummary> {
  return db.transaction('rw', db.documents, db.tasks, db.citations, async () => {
    const summary: RestoreSummary = { documents: 0, restored: 0, updated: 0, skipped: 0, citations: 0 };
    const saved = await db.documents.where('key').anyOf(backup.documents.map((d) => d.key)).toArray();
    const savedByKey = new Map(saved.map((d) => [d.key, d]));
    const tasksByDocument = groupByDocument(backup.tasks);
    const citationsByDocument = groupByDocument(backup.citations);
    // File task id → database task id, and the rows whose next occurrence must be pointed anew.
    const taskIds = new Map<number, number>();
    const pending: { id: number; next: number | null }[] = [];

    for (const { id: fileId, ...document } of backup.documents) {
      const existing = savedByKey.get(document.key);
      const documentId = existing?.id ?? (await db.documents.add(SavedDocumentSchema.parse(document)));
      if (!existing) summary.documents++;
      const number = existing ? existing.number : document.number;
      const incoming = tasksByDocument.get(fileId) ?? [];
      const savedTasks = existing ? await db.tasks.where('documentId').equals(documentId).toArray() : [];
      const matches = matchTasks(incoming, savedTasks);
      for (const task of incoming) {
        const { id: fileTaskId, nextOccurrenceId: fileNext, ...copy } = task;
        const match = matches.get(task);
        const takeCopy = !match || copyWins(match, task);
        if (match && !takeCopy && !copyDone(match, task)) {
          taskIds.set(fileTaskId, match.id);
          summary.skipped++;
          continue;
        }
        const fields = takeCopy
          ? { ...copy, ...(match?.nextOccurrenceId == null ? {} : { nextOccurrenceId: match.nextOccurrenceId }) }
          : { ...match!, done: 1 as const, doneAt: task.doneAt, updatedAt: Math.max(match!.updatedAt, task.updatedAt) };
        const row = SavedTaskSchema.parse({ ...fields, documentId, search: searchKey(fields, number) });
        const id = match ? await db.tasks.put({ ...row, id: match.id }) : await db.tasks.add(row);
        taskIds.set(fileTaskId, id);
        // The file's reference is to one of its own ids: pointed anew once every task has its id.
        if (takeCopy && fileNext !== undefined) pending.push({ id, next: fileNext });
        summary[match ? 'updated' : 'restored']++;
      }
      const citationKeys = new Set(existing ? (await db.citations.where('documentId').equals(documentId).toArray()).map((c) => c.key) : []);
      for (const { id: _, ...citation } of citationsByDocument.get(fileId) ?? []) {
        if (citationKeys.has(citation.key)) continue;
        citationKeys.add(citation.key);
        await db.citations.add(SavedCitationSchema.parse({ ...citation, documentId }));
        summary.citations++;
      }
    }
    for (const { id, next } of pending) await db.tasks.update(id, { nextOccurrenceId: next === null ? null : (taskIds.get(next) ?? null) });
    return summary;
  });
}
