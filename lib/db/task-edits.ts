import type { NhacViecDatabase } from './database';
import { SavedTaskSchema, type SavedTask } from './records';
import { searchKey } from './search';
import type { StoredTask } from './types';

/** The fields a user may edit on a task. */
export type TaskPatch = Partial<Pick<SavedTask, 'title' | 'due' | 'dueTime' | 'assignees' | 'coordinators'>>;

const EDITABLE = ['title', 'due', 'dueTime', 'assignees', 'coordinators'] as const;

/** Marks a task done (with `doneAt = now`) or open again. Returns false when there is no such task. */
export function setDone(db: NhacViecDatabase, id: number, done: boolean, now: number): Promise<boolean> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) return false;
    const next = { ...task, done: done ? 1 : 0, doneAt: done ? now : null, updatedAt: now };
    await db.tasks.put({ ...SavedTaskSchema.parse(next), id });
    return true;
  });
}

/**
 * Applies a user's edit, validated, with the search key recomputed. A changed due date becomes a
 * stated one (`dueImplied = false`); clearing it clears the time. Returns the saved task, or
 * undefined when there is no such task; throws (writing nothing) when the result is invalid.
 */
export function updateTask(db: NhacViecDatabase, id: number, patch: TaskPatch, now = Date.now()): Promise<StoredTask | undefined> {
  return db.transaction('rw', db.tasks, db.documents, async () => {
    const task = await db.tasks.get(id);
    if (!task) return undefined;
    const next: StoredTask = { ...task, updatedAt: now };
    for (const field of EDITABLE) if (patch[field] !== undefined) Object.assign(next, { [field]: patch[field] });
    if (next.due !== task.due) next.dueImplied = false;
    if (next.due === null) next.dueTime = null;
    const document = await db.documents.get(task.documentId);
    next.search = searchKey(next, document?.number ?? null);
    const saved = { ...SavedTaskSchema.parse(next), id };
    await db.tasks.put(saved);
    return saved;
  });
}

/** Deletes a task and returns it (for `restoreTask`), or undefined when there was none. */
export function deleteTask(db: NhacViecDatabase, id: number): Promise<StoredTask | undefined> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (task) await db.tasks.delete(id);
    return task;
  });
}

/** Undo of `deleteTask`: puts the record back with its id. Throws if its document is gone. */
export function restoreTask(db: NhacViecDatabase, record: StoredTask): Promise<number> {
  return db.transaction('rw', db.tasks, db.documents, async () => {
    if (!(await db.documents.get(record.documentId))) throw new Error(`No saved document with id ${record.documentId}`);
    return db.tasks.put({ ...SavedTaskSchema.parse(record), id: record.id });
  });
}
