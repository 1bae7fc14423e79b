import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, listDueTasks, listTasks, SavedTaskSchema, upgradeTaskV1 } from '../../lib/db';

/** Version 1 exactly as released; the shape rows had then. */
const V1 = {
  documents: '++id, &key, number',
  tasks: '++id, documentId, due',
  citations: '++id, documentId, key',
};

const v1Document = (id: number, number: string | null) => ({
  id, key: `${number ?? 'text:' + id}|2025-01-0${id}|ubnd`, number, kind: 'Công văn', date: `2025-01-0${id}`, issuer: 'UBND tỉnh',
  subject: null, signer: null, recipients: ['Sở Y tế'], url: null, pageTitle: null, capturedAt: 1000 + id,
});

const v1Task = (id: number, documentId: number, title: string, done: boolean, due: string | null) => ({
  id, documentId, title, source: `${title}.`, assignees: ['Sở TT&TT'], coordinators: ['Sở Y tế'], due, dueTime: null,
  deadlineText: null, dueImplied: false, recurrence: null, done, doneAt: done ? 5000 : null, createdAt: 2000 + id,
  updatedAt: 3000 + id, tags: ['assign-cue'],
});

async function writeV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1);
  await old.table('documents').bulkAdd([v1Document(1, '1008-CV/BTGTU'), v1Document(2, null)]);
  const tasks = [
    v1Task(1, 1, 'Báo cáo công tác Đảng', false, '2025-02-01'),
    v1Task(2, 1, 'Tuyên truyền', true, '2025-01-20'),
    v1Task(3, 2, 'Theo dõi', false, null),
  ];
  await old.table('tasks').bulkAdd(tasks);
  await old.table('citations').bulkAdd([{ id: 1, documentId: 1, key: '49-NQ/TU', number: '49-NQ/TU', kind: null, date: null, issuer: null }]);
  old.close();
  return tasks;
}

describe('schema upgrade', () => {
  it('opens a version 1 database and upgrades every row to version 2', async () => {
    const name = `upgrade-${Date.now()}`;
    const before = await writeV1(name);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);

    const tasks = await db.tasks.orderBy('id').toArray();
    expect(tasks).toHaveLength(before.length);
    tasks.forEach((task, i) => {
      const old = before[i]!;
      // Every v1 field survives; done becomes a number; search is filled.
      expect(task).toEqual({ ...old, done: old.done ? 1 : 0, search: expect.any(String) });
      expect(SavedTaskSchema.safeParse(task).success).toBe(true);
    });
    expect(await db.documents.count()).toBe(2);
    expect(await db.citations.count()).toBe(1);

    // The new search key and the new index work on upgraded rows.
    expect((await listTasks(db, { filter: 'all', query: 'dang 1008' })).map((i) => i.task.id)).toEqual([1]);
    expect((await listTasks(db, { filter: 'all', query: 'so tt' })).map((i) => i.task.id)).toEqual([2, 1, 3]);
    expect((await listDueTasks(db, '2025-12-31')).map((t) => t.id)).toEqual([1]);
    db.close();

    // Opening again does not run the upgrade twice or change anything.
    const again = createDatabase(name);
    expect(await again.tasks.orderBy('id').toArray()).toEqual(tasks);
    again.close();
  });

  it('upgrades a damaged row without dropping anything', () => {
    const row = { id: 9, documentId: 1, title: 42, assignees: 'Sở Y tế', extra: 'kept' };
    expect(upgradeTaskV1(row, null)).toEqual({ ...row, done: 0, doneAt: null, search: '' });
  });

  it('opens a database written by a newer version (after a downgrade) without resetting it', async () => {
    const name = `newer-${Date.now()}`;
    const future = new Dexie(name);
    future.version(3).stores({ documents: '++id, &key', tasks: '++id, documentId, [done+due], updatedAt', citations: '++id, documentId, key' });
    await future.table('tasks').add({ title: 'kept' });
    future.close();

    // Dexie 4 opens the newer database as it is; nothing is deleted or downgraded.
    const db = createDatabase(name);
    expect(await db.tasks.toArray()).toEqual([{ id: 1, title: 'kept' }]);
    db.close();
    const check = new Dexie(name);
    await check.open();
    expect(check.verno).toBe(3);
    expect(await check.table('tasks').toArray()).toEqual([{ id: 1, title: 'kept' }]);
    check.close();
  });

  it('reads a version 2 task written before the reminder fields as "defaults, not snoozed"', async () => {
    const name = `v2-reminders-${Date.now()}`;
    const old = new Dexie(name);
    old.version(2).stores({ documents: '++id, &key', tasks: '++id, documentId, [done+due]', citations: '++id, documentId, key' });
    const row = { ...v1Task(1, 1, 'Báo cáo', false, '2025-02-01'), done: 0, search: 'bao cao' };
    await old.table('documents').add(v1Document(1, '1/UBND'));
    await old.table('tasks').add(row);
    old.close();
    const db = createDatabase(name);
    const [task] = await listDueTasks(db, '2025-12-31');
    expect(task).toEqual(row);
    // Valid as it is; every later write keeps the shape and adds nothing it was not given.
    expect(SavedTaskSchema.parse(task)).toEqual({ ...row, id: 1 });
    db.close();
  });
});
