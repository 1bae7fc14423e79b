import type { SavedTask } from './records';

/** List sections, in display order: Quá hạn · Hôm nay · 7 ngày tới · Sau đó · Không có hạn · Đã xong. */
export const TASK_GROUPS = ['overdue', 'today', 'week', 'later', 'none', 'done'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

type Groupable = Pick<SavedTask, 'done' | 'due' | 'dueTime' | 'createdAt'> & { id?: number };

/** `iso` (`YYYY-MM-DD`) plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The section of a task on `today` (a local `YYYY-MM-DD`); "7 ngày tới" is the 7 days after today. */
export function groupOf(task: Pick<SavedTask, 'done' | 'due'>, today: string): TaskGroup {
  return grouperFor(today)(task);
}

/** `groupOf` for one day, with the end of its week worked out once (the list groups 10,000 tasks a keystroke). */
export function grouperFor(today: string): (task: Pick<SavedTask, 'done' | 'due'>) => TaskGroup {
  const weekEnd = addDays(today, 7);
  return (task) => {
    if (task.done) return 'done';
    if (!task.due) return 'none';
    if (task.due < today) return 'overdue';
    if (task.due === today) return 'today';
    return task.due <= weekEnd ? 'week' : 'later';
  };
}

/** List order: due date ascending (undated last), then time (untimed last), then creation, then id. */
export function compareTasks(a: Groupable, b: Groupable): number {
  if (a.due !== b.due) return !a.due ? 1 : !b.due ? -1 : a.due < b.due ? -1 : 1;
  if (a.dueTime !== b.dueTime) return !a.dueTime ? 1 : !b.dueTime ? -1 : a.dueTime < b.dueTime ? -1 : 1;
  return a.createdAt - b.createdAt || (a.id ?? 0) - (b.id ?? 0);
}

/** Splits tasks into the six sections (all present, possibly empty), each sorted by `compareTasks`. */
export function groupTasks<T extends Groupable>(tasks: readonly T[], today: string): { group: TaskGroup; tasks: T[] }[] {
  const sections = new Map<TaskGroup, T[]>(TASK_GROUPS.map((g) => [g, []]));
  const groupOfTask = grouperFor(today);
  for (const task of [...tasks].sort(compareTasks)) sections.get(groupOfTask(task))!.push(task);
  return TASK_GROUPS.map((group) => ({ group, tasks: sections.get(group)! }));
}
