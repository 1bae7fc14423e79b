import { afterEach, describe, expect, it } from 'vitest';
import {
  buildRecords, deleteDocument, deleteTask, matchesSearch, restoreDocument, restoreTask, saveCapture, setDone, updateTask,
  type NhacViecDatabase,
} from '../../lib/db';
import { CONTEXT, extraction, freshDatabase, NOW } from './fixtures';

let db: NhacViecDatabase;
afterEach(() => db?.close());

async function saved() {
  db = freshDatabase();
  const result = await saveCapture(db, buildRecords(extraction(), CONTEXT));
  if (!result.created) throw new Error('expected a new document');
  return result;
}

describe('task edits', () => {
  it('marks done and open again', async () => {
    const { taskIds: [id] } = await saved();
    expect(await setDone(db, id!, true, NOW + 5)).toBe(true);
    expect(await db.tasks.get(id!)).toMatchObject({ done: 1, doneAt: NOW + 5, updatedAt: NOW + 5 });
    expect(await setDone(db, id!, false, NOW + 6)).toBe(true);
    expect(await db.tasks.get(id!)).toMatchObject({ done: 0, doneAt: null, updatedAt: NOW + 6 });
    expect(await setDone(db, 999, true, NOW)).toBe(false);
  });

  it('edits title, deadline and parties, recomputing the search key', async () => {
    const { taskIds: [id] } = await saved();
    const task = await updateTask(db, id!, { title: 'Báo cáo Đảng ủy', due: '2026-02-01', dueTime: '09:30', assignees: ['Sở Nội vụ'] }, NOW + 9);
    expect(task).toMatchObject({ title: 'Báo cáo Đảng ủy', due: '2026-02-01', dueTime: '09:30', dueImplied: false, assignees: ['Sở Nội vụ'], updatedAt: NOW + 9 });
    expect(await db.tasks.get(id!)).toEqual(task);
    expect(matchesSearch(task!, 'dang uy noi vu 45/ubnd')).toBe(true);
    expect(matchesSearch(task!, 'trien khai')).toBe(false);

    // Clearing the date clears the time.
    expect(await updateTask(db, id!, { due: null })).toMatchObject({ due: null, dueTime: null });
    expect(await updateTask(db, 999, { title: 'x' })).toBeUndefined();
  });

  it('rejects an invalid edit and keeps the task as it was', async () => {
    const { taskIds: [id] } = await saved();
    const before = await db.tasks.get(id!);
    await expect(updateTask(db, id!, { due: '2026-2-1' })).rejects.toThrow();
    await expect(updateTask(db, id!, { title: '' })).rejects.toThrow();
    expect(await db.tasks.get(id!)).toEqual(before);
  });

  it('deletes a task and restores it with its id', async () => {
    const { taskIds: [id] } = await saved();
    const deleted = await deleteTask(db, id!);
    expect(deleted?.id).toBe(id);
    expect(await db.tasks.get(id!)).toBeUndefined();
    expect(await deleteTask(db, id!)).toBeUndefined();
    await restoreTask(db, deleted!);
    expect(await db.tasks.get(id!)).toEqual(deleted);
  });
});

describe('document edits', () => {
  it('deletes a document with its tasks and citations, and restores all of it', async () => {
    const { documentId } = await saved();
    const before = { documents: await db.documents.toArray(), tasks: await db.tasks.toArray(), citations: await db.citations.toArray() };
    const deleted = await deleteDocument(db, documentId);
    expect(deleted?.tasks).toHaveLength(2);
    expect([await db.documents.count(), await db.tasks.count(), await db.citations.count()]).toEqual([0, 0, 0]);
    // A task of a deleted document cannot come back alone.
    await expect(restoreTask(db, deleted!.tasks[0]!)).rejects.toThrow(/No saved document/);

    await restoreDocument(db, deleted!);
    expect({ documents: await db.documents.toArray(), tasks: await db.tasks.toArray(), citations: await db.citations.toArray() }).toEqual(before);
    expect(await deleteDocument(db, 999)).toBeUndefined();
  });

  it('restores nothing if the directive was captured again meanwhile', async () => {
    const { documentId } = await saved();
    const deleted = await deleteDocument(db, documentId);
    await saveCapture(db, buildRecords(extraction(), CONTEXT));
    await expect(restoreDocument(db, deleted!)).rejects.toThrow();
    expect([await db.documents.count(), await db.tasks.count(), await db.citations.count()]).toEqual([1, 2, 2]);
  });
});
