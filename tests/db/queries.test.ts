import { afterEach, describe, expect, it } from 'vitest';
import {
  buildRecords, findDocumentByCitation, listDocuments, listDueTasks, listTasks, saveCapture, searchKey, setDone, taskDetails,
  type NhacViecDatabase,
} from '../../lib/db';
import type { Unit } from '../../lib/unit-match';
import { CONTEXT, extraction, freshDatabase, NOW, task } from './fixtures';

let db: NhacViecDatabase;
afterEach(() => db?.close());

const STTTT: Unit = { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT'] };

async function capture(overrides: Parameters<typeof extraction>[0], tasks?: Parameters<typeof extraction>[1], now = NOW) {
  const result = await saveCapture(db, buildRecords(extraction(overrides, tasks), { ...CONTEXT, now }));
  if (!result.created) throw new Error('expected a new document');
  return result;
}

describe('listTasks', () => {
  async function seed() {
    db = freshDatabase();
    const a = await capture({});
    const b = await capture({ number: '1008-CV/BTGTU', issuer: 'Ban Tuyên giáo Tỉnh ủy', recipients: ['Sở Y tế'] }, [
      task({ title: 'Tuyên truyền Nghị quyết Đảng bộ', assignees: ['Sở Y tế'], coordinators: ['các cơ quan, đơn vị'], deadline: null }),
      task({ title: 'Phối hợp tuyên truyền', assignees: ['Sở Y tế'], coordinators: ['Sở TT&TT'] }),
    ]);
    return { a, b };
  }

  it('lists all tasks with their document, sorted by due date', async () => {
    const { a, b } = await seed();
    const items = await listTasks(db, { filter: 'all' });
    expect(items.map((i) => [i.task.title, i.document?.number])).toEqual([
      ['Triển khai ứng dụng', '45/UBND-KT'],
      ['Phối hợp tuyên truyền', '1008-CV/BTGTU'],
      ['Tổ chức tuyên truyền', '45/UBND-KT'],
      ['Tuyên truyền Nghị quyết Đảng bộ', '1008-CV/BTGTU'],
    ]);
    expect(items[0]!.document).toMatchObject({ id: a.documentId, date: '2026-01-05', url: CONTEXT.url });
    expect((await listTasks(db, { filter: 'all', documentId: b.documentId })).map((i) => i.task.documentId)).toEqual([b.documentId, b.documentId]);
  });

  it('keeps "my" tasks with the role, through names, aliases and collectives', async () => {
    await seed();
    const mine = await listTasks(db, { filter: 'mine', unit: STTTT });
    expect(mine.map((i) => [i.task.title, i.role])).toEqual([
      ['Triển khai ứng dụng', 'chu-tri'],
      ['Phối hợp tuyên truyền', 'phoi-hop'],
      ['Tổ chức tuyên truyền', 'chu-tri'], // "Các sở, ban, ngành"
      // Not "Tuyên truyền Nghị quyết": "các cơ quan, đơn vị" of a directive not addressed to the unit.
    ]);
    expect(await listTasks(db, { filter: 'mine', unit: null })).toEqual([]);
    const all = await listTasks(db, { filter: 'all', unit: STTTT });
    expect(all.map((i) => i.role)).toEqual(['chu-tri', 'phoi-hop', 'chu-tri', null]);
  });

  it.each([
    ['dang', ['Tuyên truyền Nghị quyết Đảng bộ']],
    ['so tt', ['Triển khai ứng dụng', 'Phối hợp tuyên truyền']],
    ['1008', ['Phối hợp tuyên truyền', 'Tuyên truyền Nghị quyết Đảng bộ']],
    ['TUYÊN TRUYỀN 1008', ['Phối hợp tuyên truyền', 'Tuyên truyền Nghị quyết Đảng bộ']],
    ['sở, ban', ['Tổ chức tuyên truyền']],
    ['khong co', []],
  ])('searches %j', async (query, titles) => {
    await seed();
    expect((await listTasks(db, { filter: 'all', query })).map((i) => i.task.title)).toEqual(titles);
  });

  it('lists 10,000 tasks', async () => {
    db = freshDatabase();
    const docs = Array.from({ length: 100 }, (_, d) => buildRecords(extraction({ number: `${d + 1}/UBND-KT` }), { ...CONTEXT, now: NOW + d }));
    const ids = await db.documents.bulkAdd(docs.map((r) => r.document), { allKeys: true });
    const template = docs[0]!.tasks;
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      ...template[i % 2]!,
      documentId: ids[i % 100]!,
      title: `Việc số ${i}`,
      search: searchKey({ ...template[i % 2]!, title: `Việc số ${i}` }, `${(i % 100) + 1}/UBND-KT`),
      due: i % 7 === 0 ? null : `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      done: (i % 5 === 0 ? 1 : 0) as 0 | 1,
    }));
    await db.tasks.bulkAdd(rows);

    const time = async <T>(label: string, run: () => Promise<T>) => {
      const start = performance.now();
      const result = await run();
      console.info(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
      return result;
    };
    const all = await time('listTasks all (10,000)', () => listTasks(db, { filter: 'all' }));
    expect(all).toHaveLength(10_000);
    const mine = await time('listTasks mine (10,000)', () => listTasks(db, { filter: 'mine', unit: STTTT }));
    expect(mine).toHaveLength(10_000); // every task names the unit or "các sở, ban, ngành"
    const found = await time('listTasks query (10,000)', () => listTasks(db, { filter: 'all', query: 'VIỆC SỐ 9998 99/ubnd' }));
    expect(found.map((i) => i.task.title)).toEqual(['Việc số 9998']);
    const due = await time('listDueTasks (10,000)', () => listDueTasks(db, '2026-01-31'));
    expect(due.length).toBe(rows.filter((r) => r.done === 0 && r.due !== null && r.due <= '2026-01-31').length);
  });
});

describe('listDueTasks and listDocuments', () => {
  it('lists open tasks due by a date, soonest first, through the [done+due] index', async () => {
    db = freshDatabase();
    const { taskIds } = await capture({}, [
      task({ title: 'A', deadline: { ...task().deadline!, date: '2026-01-20' } }),
      task({ title: 'B', deadline: { ...task().deadline!, date: '2026-01-10' } }),
      task({ title: 'C', deadline: null }),
      task({ title: 'D', deadline: { ...task().deadline!, date: '2026-01-09' } }),
    ]);
    await setDone(db, taskIds[3]!, true, NOW);
    expect((await listDueTasks(db, '2026-01-15')).map((t) => t.title)).toEqual(['B']);
    expect((await listDueTasks(db, '2026-12-31')).map((t) => t.title)).toEqual(['B', 'A']);
  });

  it('lists documents newest first', async () => {
    db = freshDatabase();
    await capture({ number: '1/A' }, undefined, NOW);
    await capture({ number: '2/A' }, undefined, NOW + 10);
    expect((await listDocuments(db)).map((d) => d.number)).toEqual(['2/A', '1/A']);
  });
});

describe('citations and details', () => {
  async function seed() {
    db = freshDatabase();
    // The plan cited by 45/UBND-KT ("02-KH/TU" dated 2025-11-13), saved twice: this year's and last year's.
    const plan = await capture({ kind: 'Kế hoạch', number: '02-KH/TU', date: '2025-11-13', issuer: 'Tỉnh ủy Lạng Sơn' }, [], NOW);
    const old = await capture({ kind: 'Kế hoạch', number: '02-KH/TU', date: '2024-03-01', issuer: 'Tỉnh ủy Lạng Sơn' }, [], NOW + 1);
    const letter = await capture({}, undefined, NOW + 2);
    return { plan, old, letter };
  }

  it('finds the saved document a citation refers to', async () => {
    const { plan, old } = await seed();
    expect((await findDocumentByCitation(db, '02-KH/TU', '2025-11-13'))?.id).toBe(plan.documentId);
    expect((await findDocumentByCitation(db, '02-KH/TU', '2024-03-01'))?.id).toBe(old.documentId);
    expect(await findDocumentByCitation(db, '02-KH/TU', '2023-01-01')).toBeUndefined();
    expect((await findDocumentByCitation(db, '02-KH/TU'))?.id).toBe(old.documentId); // latest captured
    expect(await findDocumentByCitation(db, '02-KH/T')).toBeUndefined(); // a key, not a text prefix
    expect(await findDocumentByCitation(db, '')).toBeUndefined();
  });

  it('gives a task with its source, document, linked citations and backlinks', async () => {
    const { plan, letter } = await seed();
    const details = await taskDetails(db, letter.taskIds[0]!);
    expect(details?.task.source).toContain('Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Y tế');
    expect(details?.document).toMatchObject({ id: letter.documentId, url: CONTEXT.url, number: '45/UBND-KT' });
    expect(details?.citations.map((c) => [c.citation.number, c.documentId])).toEqual([
      ['02-KH/TU', plan.documentId],
      ['13/2023/NĐ-CP', null],
    ]);
    expect(details?.citedBy).toEqual([]);
    expect(await taskDetails(db, 999)).toBeUndefined();
  });

  it('lists the saved documents citing a document', async () => {
    const { letter } = await seed();
    const citing = await capture({ number: '7/STTTT', issuer: 'Sở TT&TT' }, [task({ title: 'X' })], NOW + 3);
    await db.citations.add({ documentId: citing.documentId, key: '45/UBND-KT', number: '45/UBND-KT', kind: 'Công văn', date: '2026-01-05', issuer: null });
    const details = await taskDetails(db, letter.taskIds[0]!);
    expect(details?.citedBy.map((d) => d.number)).toEqual(['7/STTTT']);
  });
});
