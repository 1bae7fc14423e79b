// The list's head (`listFirstTasks`): the side panel's first screen, read through the [done+due]
// index, must be exactly the start of the list as shown (`listTasks` in groups) with the true size
// of each group it shows.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, buildRecords, groupTasks, listFirstTasks, listTasks, searchKey, type NhacViecDatabase, type TaskListItem } from '../../lib/db';
import type { Unit } from '../../lib/unit-match';
import { CONTEXT, extraction, freshDatabase, NOW } from './fixtures';

let db: NhacViecDatabase;
afterEach(() => db?.close());

const TODAY = '2026-01-05';
const STTTT: Unit = { name: 'Sở Thông tin và Truyền thông', aliases: [] };

/** `count` tasks over 10 documents: due from 30 days ago on (several a day, some at a time), some undated or done. */
async function seed(count: number, { dueFrom = -30 }: { dueFrom?: number } = {}) {
  db = freshDatabase();
  const docs = Array.from({ length: 10 }, (_, d) => buildRecords(extraction({ number: `${d + 1}/UBND-KT` }), { ...CONTEXT, now: NOW + d }));
  const ids = await db.documents.bulkAdd(docs.map((r) => r.document), { allKeys: true });
  const template = docs[0]!.tasks;
  const rows = Array.from({ length: count }, (_, i) => {
    const base = template[i % 2]!;
    const title = `Việc số ${i}`;
    return {
      ...base,
      documentId: ids[i % 10]!,
      title,
      search: searchKey({ ...base, title }, `${(i % 10) + 1}/UBND-KT`),
      due: i % 9 === 0 ? null : addDays(TODAY, dueFrom + Math.floor(i / 3)),
      dueTime: i % 4 === 0 ? '08:00' : null,
      // Created in an order the index does not follow, to check same-day order.
      createdAt: NOW + ((i * 7919) % count),
      done: (i % 11 === 0 ? 1 : 0) as 0 | 1,
    };
  });
  await db.tasks.bulkAdd(rows);
}

describe('listFirstTasks', () => {
  it.each([
    ['overdue', -30, 40],
    ['today', -4, 10],
    ['week', -4, 20],
    ['later', 8, 40],
  ] as const)('is the start of the list as shown, with true group sizes, when it ends in %s', async (last, dueFrom, limit) => {
    await seed(600, { dueFrom });
    const head = await listFirstTasks(db, { limit, today: TODAY, unit: STTTT });
    const all = await listTasks(db, { filter: 'all', unit: STTTT });
    const groups = groupTasks(all.map((item) => ({ ...item.task, item })), TODAY);
    const shownInOrder: TaskListItem[] = groups.flatMap(({ tasks }) => tasks.map((t) => t.item));
    expect(head).not.toBeNull();
    expect(head!.items.length).toBeGreaterThanOrEqual(limit);
    expect(groupTasks([head!.items.at(-1)!.task], TODAY).find((g) => g.tasks.length)!.group).toBe(last);
    expect(head!.items).toEqual(shownInOrder.slice(0, head!.items.length));
    const sizes = Object.fromEntries(groups.map(({ group, tasks }) => [group, tasks.length]));
    const shown = new Set(groupTasks(head!.items.map((i) => i.task), TODAY).filter((g) => g.tasks.length).map((g) => g.group));
    expect(Object.keys(head!.counts).sort()).toEqual([...shown].sort());
    for (const group of shown) expect(head!.counts[group]).toBe(sizes[group]);
  });

  it('gives roles when told the unit, none otherwise', async () => {
    await seed(100);
    expect((await listFirstTasks(db, { limit: 10, today: TODAY, unit: STTTT }))!.items.every((i) => i.role !== null)).toBe(true);
    expect((await listFirstTasks(db, { limit: 10, today: TODAY }))!.items.every((i) => i.role === null)).toBe(true);
  });

  it('is null when the open dated tasks do not fill it (the whole list is short)', async () => {
    await seed(30);
    expect(await listFirstTasks(db, { limit: 64, today: TODAY })).toBeNull();
    db.close();
    db = freshDatabase();
    expect(await listFirstTasks(db, { limit: 64, today: TODAY })).toBeNull();
  });
});
