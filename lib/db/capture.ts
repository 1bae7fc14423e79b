import { foldKey } from '../extract/fold';
import type { NhacViecDatabase } from './database';
import { SavedCitationSchema, SavedDocumentSchema, SavedTaskSchema } from './records';
import { searchKey } from './search';
import type { CaptureRecords, TaskDraft } from './types';

/** What `saveCapture` did: saved a new document, or found it already saved. */
export type SaveCaptureResult =
  | { created: true; documentId: number; taskIds: number[] }
  /** `newTasks`: proposed tasks not yet saved for that document (nothing was written). */
  | { created: false; documentId: number; newTasks: TaskDraft[] };

const identity = (task: { title: string; due: string | null }) => `${foldKey(task.title)}|${task.due ?? ''}`;

/** The proposed tasks whose folded title and due date match no saved task. */
function unsaved(saved: readonly { title: string; due: string | null }[], proposed: readonly TaskDraft[]): TaskDraft[] {
  const seen = new Set(saved.map(identity));
  return proposed.filter((t) => !seen.has(identity(t)));
}

/**
 * Saves a capture in one transaction: all of it or, on any error (an invalid record included),
 * nothing. A directive saved before (same `key`) is not duplicated: its id is returned with the
 * tasks the new capture would add, for the user to merge with `mergeTasks`.
 */
export function saveCapture(db: NhacViecDatabase, records: CaptureRecords): Promise<SaveCaptureResult> {
  return db.transaction('rw', db.documents, db.tasks, db.citations, async (): Promise<SaveCaptureResult> => {
    const existing = await db.documents.where('key').equals(records.document.key).first();
    if (existing) {
      const saved = await db.tasks.where('documentId').equals(existing.id).toArray();
      return { created: false, documentId: existing.id, newTasks: unsaved(saved, records.tasks) };
    }
    const documentId = await db.documents.add(SavedDocumentSchema.parse(records.document));
    const tasks = records.tasks.map((t) => SavedTaskSchema.parse({ ...t, documentId }));
    const taskIds = await db.tasks.bulkAdd(tasks, { allKeys: true });
    await db.citations.bulkAdd(records.citations.map((c) => SavedCitationSchema.parse({ ...c, documentId })));
    return { created: true, documentId, taskIds };
  });
}

/**
 * Adds chosen tasks to a saved document, in one transaction; tasks it already has (same folded
 * title and due date) are skipped. Returns the new tasks' ids. Throws if the document is gone.
 */
export function mergeTasks(db: NhacViecDatabase, documentId: number, tasks: readonly TaskDraft[]): Promise<number[]> {
  return db.transaction('rw', db.documents, db.tasks, async () => {
    const document = await db.documents.get(documentId);
    if (!document) throw new Error(`No saved document with id ${documentId}`);
    const saved = await db.tasks.where('documentId').equals(documentId).toArray();
    const rows = unsaved(saved, tasks).map((t) =>
      SavedTaskSchema.parse({ ...t, documentId, search: searchKey(t, document.number) }),
    );
    return db.tasks.bulkAdd(rows, { allKeys: true });
  });
}
