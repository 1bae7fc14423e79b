import { describe, expect, it } from 'vitest';
import { addDays, groupOf, groupTasks, type TaskGroup } from '../../lib/db';

const TODAY = '2026-01-05';

describe('groupOf', () => {
  it.each<[0 | 1, string | null, TaskGroup]>([
    [0, '2025-12-31', 'overdue'],
    [0, '2026-01-04', 'overdue'],
    [0, '2026-01-05', 'today'],
    [0, '2026-01-06', 'week'],
    [0, '2026-01-12', 'week'],
    [0, '2026-01-13', 'later'],
    [0, null, 'none'],
    [1, '2025-12-31', 'done'],
    [1, null, 'done'],
  ])('done=%i due=%s → %s', (done, due, group) => {
    expect(groupOf({ done, due }, TODAY)).toBe(group);
  });

  it('counts 7 days across months and years', () => {
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2028-02-25', 4)).toBe('2028-02-29');
    expect(groupOf({ done: 0, due: '2026-01-02' }, '2025-12-26')).toBe('week');
  });
});

describe('groupTasks', () => {
  const t = (id: number, due: string | null, dueTime: string | null, createdAt: number, done: 0 | 1 = 0) => ({ id, due, dueTime, createdAt, done });

  it('returns the six groups in order, each sorted by date, time, creation, id', () => {
    const tasks = [
      t(1, '2026-01-10', null, 5),
      t(2, '2026-01-10', '09:00', 9),
      t(3, null, null, 2),
      t(4, '2026-01-05', null, 1),
      t(5, '2026-01-10', null, 1),
      t(6, '2026-01-01', null, 3, 1),
      t(7, '2025-12-01', null, 3),
      t(8, null, null, 1),
      t(9, '2026-03-01', null, 1),
      t(10, '2026-01-10', null, 1),
    ];
    const groups = groupTasks(tasks, TODAY);
    expect(groups.map((g) => [g.group, g.tasks.map((x) => x.id)])).toEqual([
      ['overdue', [7]],
      ['today', [4]],
      ['week', [2, 5, 10, 1]],
      ['later', [9]],
      ['none', [8, 3]],
      ['done', [6]],
    ]);
    expect(tasks[0]!.id).toBe(1); // the input is not reordered
  });

  it('keeps empty groups', () => {
    expect(groupTasks([], TODAY).map((g) => g.tasks.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
