import { describe, expect, it } from 'vitest';
import { buildRecords, saveCapture, setDone } from '../../lib/db';
import { nextOccurrence, occurrence } from '../../lib/reminders/next-occurrence';
import { spawnNextOccurrences } from '../../lib/reminders/spawn-occurrences';
import { extraction, freshDatabase, NOW, task, TEXT } from '../db/fixtures';

describe('nextOccurrence', () => {
  it.each([
    // "trước ngày 20 hằng tháng": done early or on time → next month's 20th.
    ['monthly', '2026-01-20', '2026-01-20', '2026-01-18', '2026-02-20'],
    // The 31st comes back on the 31st after a short month (counted from the anchor).
    ['monthly', '2026-01-31', '2026-02-28', '2026-02-20', '2026-03-31'],
    ['monthly', '2026-01-31', '2026-01-31', '2026-01-31', '2026-02-28'],
    // "định kỳ hằng quý": the quarter's last day, three months on.
    ['quarterly', '2026-03-31', '2026-03-31', '2026-03-30', '2026-06-30'],
    ['quarterly', '2026-03-15', '2026-06-15', '2026-06-01', '2026-09-15'],
    ['yearly', '2026-12-15', '2026-12-15', '2026-12-01', '2027-12-15'],
    // "định kỳ 6 tháng (trước ngày 15/6)": six months on.
    ['half-yearly', '2026-06-15', '2026-06-15', '2026-06-10', '2026-12-15'],
    ['half-yearly', '2026-06-30', '2026-06-30', '2027-02-01', '2027-06-30'],
    ['weekly', '2026-01-02', '2026-01-02', '2026-01-01', '2026-01-09'],
    ['daily', '2026-01-02', '2026-01-02', '2026-01-02', '2026-01-03'],
    // Passed unseen for months: the next one not before today, the missed periods skipped.
    ['monthly', '2026-01-20', '2026-01-20', '2026-05-03', '2026-05-20'],
    ['monthly', '2026-01-20', '2026-01-20', '2026-05-20', '2026-05-20'],
    ['monthly', '2026-01-20', '2026-01-20', '2026-05-21', '2026-06-20'],
    ['daily', '2026-01-02', '2026-01-02', '2026-03-10', '2026-03-10'],
    ['weekly', '2026-01-02', '2026-01-02', '2026-03-10', '2026-03-13'],
    ['quarterly', '2026-03-31', '2026-03-31', '2027-01-05', '2027-03-31'],
  ] as const)('%s from %s, occurrence %s, on %s → %s', (recurrence, anchor, due, today, expected) => {
    expect(nextOccurrence(anchor, recurrence, due, today)).toBe(expected);
  });

  it('counts occurrences from the anchor', () => {
    expect([1, 2, 3, 4].map((k) => occurrence('2026-01-31', 'monthly', k))).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });
});

const recurring = () =>
  extraction({}, [
    task({ title: 'Báo cáo tháng', deadline: { date: '2026-01-20', time: null, text: 'trước ngày 20 hằng tháng', recurrence: 'monthly', stated: false, kind: 'recurring', span: [0, 0] } }),
    task({ title: 'Việc một lần' }),
  ]);

async function seed() {
  const db = freshDatabase();
  const saved = await saveCapture(db, buildRecords(recurring(), { url: null, pageTitle: null, text: TEXT, now: NOW }));
  if (!saved.created) throw new Error('not saved');
  return { db, ids: saved.taskIds };
}

describe('spawnNextOccurrences', () => {
  it('makes the next occurrence of a done recurring duty, once', async () => {
    const { db, ids } = await seed();
    await setDone(db, ids[0]!, true, NOW + 1000);
    const created = await spawnNextOccurrences(db, '2026-01-10', NOW + 2000);
    expect(created).toHaveLength(1);
    const next = (await db.tasks.get(created[0]!))!;
    expect(next).toMatchObject({ title: 'Báo cáo tháng', due: '2026-02-20', done: 0, doneAt: null, recurrence: 'monthly', recurrenceAnchor: '2026-01-20', createdAt: NOW + 2000, documentId: 1 });
    expect((await db.tasks.get(ids[0]!))!).toMatchObject({ done: 1, nextOccurrenceId: created[0], recurrenceAnchor: '2026-01-20' });
    // A second run (another start, another change) makes nothing more; a one-off task never repeats.
    expect(await spawnNextOccurrences(db, '2026-01-10', NOW + 3000)).toEqual([]);
    expect(await db.tasks.count()).toBe(3);
  });

  it('makes the next occurrence when the date passes undone; the passed one stays open', async () => {
    const { db, ids } = await seed();
    expect(await spawnNextOccurrences(db, '2026-01-20', NOW)).toEqual([]);
    const created = await spawnNextOccurrences(db, '2026-01-21', NOW);
    expect((await db.tasks.get(created[0]!))!.due).toBe('2026-02-20');
    expect((await db.tasks.get(ids[0]!))!).toMatchObject({ done: 0, due: '2026-01-20' });
    // The new occurrence passes in turn: counted from the anchor, on the 20th again.
    const third = await spawnNextOccurrences(db, '2026-04-02', NOW);
    expect((await db.tasks.get(third[0]!))!.due).toBe('2026-04-20');
  });

  it('links an occurrence already saved (a restored backup lost the link) instead of doubling it', async () => {
    const { db, ids } = await seed();
    const first = await spawnNextOccurrences(db, '2026-01-21', NOW);
    // As a restore without the link would leave it: the next occurrence is there, unlinked.
    await db.tasks.update(ids[0]!, { nextOccurrenceId: null });
    expect(await spawnNextOccurrences(db, '2026-01-21', NOW)).toEqual([]);
    expect((await db.tasks.get(ids[0]!))!.nextOccurrenceId).toBe(first[0]);
    expect(await db.tasks.count()).toBe(3);
  });

  it('keeps the reminder fields through edits (every write parses the record)', async () => {
    const { db, ids } = await seed();
    await db.tasks.update(ids[1]!, { snoozedUntil: 123, reminder: { days: [2] } });
    await setDone(db, ids[1]!, true, NOW);
    expect(await db.tasks.get(ids[1]!)).toMatchObject({ snoozedUntil: 123, reminder: { days: [2] }, done: 1 });
  });
});
