import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRecords, mergeTasks, saveCapture, type NhacViecDatabase } from '../../lib/db';
import { CONTEXT, extraction, freshDatabase, task } from './fixtures';

let db: NhacViecDatabase;
afterEach(() => db?.close());

const counts = async () => [await db.documents.count(), await db.tasks.count(), await db.citations.count()];

describe('saveCapture', () => {
  it('saves the document, its tasks and citations', async () => {
    db = freshDatabase();
    const result = await saveCapture(db, buildRecords(extraction(), CONTEXT));
    expect(result.created).toBe(true);
    if (!result.created) return;
    expect(result.taskIds).toHaveLength(2);
    expect(await counts()).toEqual([1, 2, 2]);
    const tasks = await db.tasks.where('documentId').equals(result.documentId).toArray();
    expect(tasks.map((t) => t.id)).toEqual(result.taskIds);
  });

  it('does not duplicate a directive captured again, and proposes only the new tasks', async () => {
    db = freshDatabase();
    const first = await saveCapture(db, buildRecords(extraction(), CONTEXT));
    const again = extraction({}, [
      task({ title: 'TRIỂN KHAI ỨNG DỤNG' }), // same folded title and due date: already saved
      task({ title: 'Triển khai ứng dụng', deadline: null }), // same title, another due date: new
      task({ title: 'Báo cáo kết quả' }),
    ]);
    const second = await saveCapture(db, buildRecords(again, { ...CONTEXT, url: 'https://other.example/45', now: CONTEXT.now + 1000 }));
    expect(second).toMatchObject({ created: false, documentId: first.documentId });
    if (second.created) return;
    expect(second.newTasks.map((t) => [t.title, t.due])).toEqual([['Triển khai ứng dụng', null], ['Báo cáo kết quả', '2026-01-15']]);
    // Nothing written: the saved document keeps its first capture.
    expect(await counts()).toEqual([1, 2, 2]);
    expect((await db.documents.get(first.documentId))!.url).toBe(CONTEXT.url);

    const ids = await mergeTasks(db, second.documentId, second.newTasks);
    expect(ids).toHaveLength(2);
    expect(await db.tasks.count()).toBe(4);
    // Merging again adds nothing.
    expect(await mergeTasks(db, second.documentId, second.newTasks)).toEqual([]);
    expect(await db.tasks.count()).toBe(4);
  });

  it('writes nothing when a task is invalid (the document was already added in the transaction)', async () => {
    db = freshDatabase();
    const records = buildRecords(extraction(), CONTEXT);
    records.tasks[1] = { ...records.tasks[1]!, due: '15/01/2026' };
    await expect(saveCapture(db, records)).rejects.toThrow();
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('writes nothing when the last write of the transaction fails', async () => {
    db = freshDatabase();
    const spy = vi.spyOn(db.citations, 'bulkAdd').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(saveCapture(db, buildRecords(extraction(), CONTEXT))).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await counts()).toEqual([0, 0, 0]);
    // The database still works afterwards, and nothing was reset.
    expect((await saveCapture(db, buildRecords(extraction(), CONTEXT))).created).toBe(true);
    expect(await counts()).toEqual([1, 2, 2]);
  });

  it('rejects an invalid document', async () => {
    db = freshDatabase();
    const records = buildRecords(extraction(), CONTEXT);
    await expect(saveCapture(db, { ...records, document: { ...records.document, key: '' } })).rejects.toThrow();
    expect(await counts()).toEqual([0, 0, 0]);
  });
});

describe('mergeTasks', () => {
  it('writes nothing when one of the tasks is invalid', async () => {
    db = freshDatabase();
    const { documentId } = await saveCapture(db, buildRecords(extraction(), CONTEXT));
    const [good] = buildRecords(extraction({}, [task({ title: 'Việc mới' })]), CONTEXT).tasks;
    await expect(mergeTasks(db, documentId, [good!, { ...good!, title: 'Khác', dueTime: '3pm' }])).rejects.toThrow();
    expect(await db.tasks.count()).toBe(2);
  });

  it('refuses a document that is gone', async () => {
    db = freshDatabase();
    const [draft] = buildRecords(extraction(), CONTEXT).tasks;
    await expect(mergeTasks(db, 99, [draft!])).rejects.toThrow(/No saved document/);
    expect(await db.tasks.count()).toBe(0);
  });
});
