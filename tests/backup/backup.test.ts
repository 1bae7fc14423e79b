import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRecords, saveCapture, SavedCitationSchema, SavedDocumentSchema, SavedTaskSchema, setDone, updateTask, type NhacViecDatabase } from '../../lib/db';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES } from '../../lib/backup/backup-schema';
import { restoreBackupFile } from '../../lib/backup/backup-file';
import { createBackup, serializeBackup } from '../../lib/backup/create-backup';
import { readBackup } from '../../lib/backup/read-backup';
import { restoreBackup } from '../../lib/backup/restore-backup';
import { CONTEXT, extraction, freshDatabase, NOW, task } from '../db/fixtures';
import { seedTasks } from '../export/fixtures';

const open: NhacViecDatabase[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));
const fresh = () => {
  const db = freshDatabase();
  open.push(db);
  return db;
};

/** Seeds the fixture tasks, with every optional field of a task set on one of them. */
async function seeded() {
  const { db, ids, documentId } = await seedTasks(fresh());
  await db.tasks.update(ids.long, {
    reminder: { days: [5, 2], workingDays: true, overdueDaily: false, off: false },
    snoozedUntil: NOW + 86_400_000,
    recurrenceAnchor: '2026-01-15',
    recurrence: 'monthly',
    nextOccurrenceId: ids.timed,
  });
  // A second directive, without a number (keyed by its text).
  await saveCapture(db, buildRecords(extraction({ number: null }, [task({ title: 'Việc của văn bản thứ hai' })]), { ...CONTEXT, text: 'Văn bản khác', now: NOW + 1 }));
  return { db, ids, documentId };
}

/** The database's records without their ids, references shown by what they point at. */
async function contents(db: NhacViecDatabase) {
  const documents = await db.documents.toArray();
  const tasks = await db.tasks.toArray();
  const keyOf = new Map(documents.map((d) => [d.id, d.key]));
  const titleOf = new Map(tasks.map((t) => [t.id, t.title]));
  const strip = <T extends { id: number }>({ id: _, ...rest }: T) => rest;
  return {
    documents: documents.map(strip).sort((a, b) => a.key.localeCompare(b.key)),
    tasks: tasks
      .map(({ id: _, documentId, nextOccurrenceId, ...rest }) => ({
        ...rest,
        document: keyOf.get(documentId),
        next: nextOccurrenceId == null ? nextOccurrenceId : titleOf.get(nextOccurrenceId),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    citations: (await db.citations.toArray()).map(({ id: _, documentId, ...rest }) => ({ ...rest, document: keyOf.get(documentId) })).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Every row exactly as stored, ids included: to show that nothing changed. */
const dump = async (db: NhacViecDatabase) => [await db.documents.toArray(), await db.tasks.toArray(), await db.citations.toArray()];

const fileOf = (text: string) => new Blob([text], { type: 'application/json' });

describe('backup and restore', () => {
  it('backs up every field of every record, and restores them into an empty database', async () => {
    const { db } = await seeded();
    const text = serializeBackup(await createBackup(db, NOW));
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-01-05T08:00:00.000Z', schemaVersion: db.verno });
    expect([json.documents.length, json.tasks.length, json.citations.length]).toEqual([2, 5, 4]);
    // The fixture sets every field the records have, so a field added to a record without a
    // backup of it fails here.
    const fields = (rows: Record<string, unknown>[]) => new Set(rows.flatMap((r) => Object.keys(r)));
    expect(fields(json.tasks)).toEqual(new Set(Object.keys(SavedTaskSchema.shape)));
    expect(fields(json.documents)).toEqual(new Set(Object.keys(SavedDocumentSchema.shape)));
    expect(fields(json.citations)).toEqual(new Set(Object.keys(SavedCitationSchema.shape)));

    const target = fresh();
    await target.tasks.add({ ...json.tasks[0], id: undefined, documentId: 1, title: 'giữ chỗ' }); // an id the file also uses
    await target.tasks.clear();
    const outcome = await restoreBackupFile(target, fileOf(text));
    expect(outcome).toEqual({ ok: true, summary: { documents: 2, restored: 5, updated: 0, skipped: 0, citations: 4 } });
    expect(await contents(target)).toEqual(await contents(db));
    // The reference between tasks follows the new ids.
    const restored = await target.tasks.toArray();
    const long = restored.find((t) => t.recurrenceAnchor)!;
    expect(restored.find((t) => t.id === long.nextOccurrenceId)!.title).toBe('Gửi báo cáo về Văn phòng');
    expect(long.id).not.toBe(json.tasks.find((t: { recurrenceAnchor?: string }) => t.recurrenceAnchor).id);
  });

  it('restores the same file twice without duplicates', async () => {
    const { db } = await seeded();
    const text = serializeBackup(await createBackup(db, NOW));
    const before = await dump(db);
    const outcome = await restoreBackupFile(db, fileOf(text));
    expect(outcome).toEqual({ ok: true, summary: { documents: 0, restored: 0, updated: 0, skipped: 5, citations: 0 } });
    expect(await dump(db)).toEqual(before);
  });

  it('merges: the later edit wins, saved-only tasks stay, new tasks are added, the same duty captured elsewhere is not duplicated', async () => {
    const { db, ids } = await seeded();
    const backup = await createBackup(db, NOW);
    // After the backup: one task edited here (newer than the file), one deleted here.
    await updateTask(db, ids.long, { title: 'Sửa sau khi sao lưu' }, NOW + 10_000);
    await db.tasks.delete(ids.undated);
    // In the file: the timed task was marked done later than anything here.
    const timed = backup.tasks.find((t) => t.id === ids.timed)!;
    Object.assign(timed, { done: 1, doneAt: NOW + 20_000, updatedAt: NOW + 20_000 });
    // Another browser captured the same directive: other capture time, same titles and due dates.
    const elsewhere = fresh();
    await saveCapture(elsewhere, buildRecords(extraction({}, [task({ title: 'Gửi báo cáo về Văn phòng', deadline: { date: '2026-01-16', time: '17:00', text: 'x', recurrence: null, stated: true, kind: 'date', span: [0, 0] } }), task({ title: 'Việc chỉ có ở máy kia' })]), { ...CONTEXT, now: NOW + 50_000 }));
    await setDone(elsewhere, (await elsewhere.tasks.toArray())[1]!.id, true, NOW + 60_000);

    expect(await restoreBackup(db, backup)).toEqual({ documents: 0, restored: 1, updated: 1, skipped: 3, citations: 0 });
    const tasks = await db.tasks.toArray();
    expect(tasks.find((t) => t.id === ids.long)!.title).toBe('Sửa sau khi sao lưu');
    expect(tasks.find((t) => t.id === ids.timed)).toMatchObject({ done: 1, doneAt: NOW + 20_000 });
    expect(tasks.filter((t) => t.title === 'Tổ chức tuyên truyền')).toHaveLength(1);
    expect(tasks).toHaveLength(5);

    expect(await restoreBackup(db, await createBackup(elsewhere, NOW))).toEqual({ documents: 0, restored: 1, updated: 0, skipped: 1, citations: 0 });
    const merged = await db.tasks.toArray();
    expect(merged.map((t) => t.title).filter((t) => t === 'Gửi báo cáo về Văn phòng')).toHaveLength(1);
    expect(merged.find((t) => t.title === 'Việc chỉ có ở máy kia')).toMatchObject({ done: 1, documentId: tasks[0]!.documentId });
  });
});

describe('merge rules', () => {
  it('takes the done state of an older copy without losing the later edit, and never reopens a task', async () => {
    const { db, ids } = await seeded();
    const backup = await createBackup(db, NOW);
    const copy = backup.tasks.find((t) => t.id === ids.long)!;
    Object.assign(copy, { done: 1, doneAt: NOW + 5_000, updatedAt: NOW + 5_000 });
    await updateTask(db, ids.long, { title: 'Sửa ở đây, sau đó' }, NOW + 9_000);
    const reopened = backup.tasks.find((t) => t.id === ids.done)!;
    Object.assign(reopened, { done: 0, doneAt: null, updatedAt: NOW + 99_000_000 });

    expect(await restoreBackup(db, backup)).toMatchObject({ restored: 0, updated: 1, skipped: 4 });
    expect(await db.tasks.get(ids.long)).toMatchObject({ title: 'Sửa ở đây, sau đó', done: 1, doneAt: NOW + 5_000, updatedAt: NOW + 9_000 });
    expect(await db.tasks.get(ids.done)).toMatchObject({ done: 1 });
  });

  it('clears a reference to a task that is neither saved nor in the file', async () => {
    const { db } = await seeded();
    const backup = await createBackup(db, NOW);
    backup.tasks[0]!.nextOccurrenceId = 4242;
    const target = fresh();
    await restoreBackup(target, backup);
    const restored = await target.tasks.toArray();
    expect(restored.find((t) => t.title === backup.tasks[0]!.title)!.nextOccurrenceId).toBeNull();
  });
});

describe('invalid restores change nothing', () => {
  const valid = async () => serializeBackup(await createBackup((await seeded()).db, NOW));
  const edit = (text: string, change: (json: Record<string, any>) => void) => {
    const json = JSON.parse(text);
    change(json);
    return JSON.stringify(json);
  };

  it.each([
    ['a text file', () => Promise.resolve('Kính gửi: Sở Y tế'), 'foreign', ''],
    ['another JSON file', () => Promise.resolve('{"tasks": [], "documents": []}'), 'foreign', ''],
    ['a JSON array', () => Promise.resolve('[1, 2]'), 'foreign', ''],
    ['a cut-off backup', async () => (await valid()).slice(0, 500), 'corrupt', 'JSON'],
    ['a task with a bad date', async () => edit(await valid(), (j) => (j.tasks[2].due = '15/01/2026')), 'corrupt', 'tasks[2].due'],
    ['a task of no document', async () => edit(await valid(), (j) => (j.tasks[0].documentId = 99)), 'corrupt', 'tasks[0].documentId: no document 99'],
    ['two documents with one key', async () => edit(await valid(), (j) => (j.documents[1].key = j.documents[0].key)), 'corrupt', 'documents[1].key'],
    ['a missing table', async () => edit(await valid(), (j) => delete j.citations), 'corrupt', 'citations'],
    ['a newer layout', async () => edit(await valid(), (j) => (j.version = 2)), 'newer', 'version 2'],
    ['a newer database', async () => edit(await valid(), (j) => (j.schemaVersion = 99)), 'newer', 'schemaVersion 99'],
  ])('%s', async (_, make, problem, detail) => {
    const text = await make();
    const { db } = await seeded();
    const before = await dump(db);
    const outcome = await restoreBackupFile(db, fileOf(text));
    expect(outcome).toMatchObject({ ok: false, problem });
    if (!outcome.ok) expect(outcome.detail).toContain(detail);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const { db } = await seeded();
    const before = await dump(db);
    const huge = { size: MAX_BACKUP_BYTES + 1, text: vi.fn() } as unknown as Blob;
    expect(await restoreBackupFile(db, huge)).toEqual({ ok: false, problem: 'too-large', detail: '' });
    expect(huge.text).not.toHaveBeenCalled();
    expect(readBackup('x'.repeat(MAX_BACKUP_BYTES + 1), 2)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await dump(db)).toEqual(before);
  });

  it('writes nothing when the merge fails half-way', async () => {
    const text = await valid();
    const target = fresh();
    vi.spyOn(target.citations, 'add').mockRejectedValueOnce(new Error('disk full'));
    const outcome = await restoreBackupFile(target, fileOf(text));
    expect(outcome).toEqual({ ok: false, problem: 'failed', detail: 'disk full' });
    expect(await dump(target)).toEqual([[], [], []]);
  });
});
