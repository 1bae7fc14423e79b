import { Dexie } from 'dexie';
import { createUnitMatcher, type Unit, type UnitRole } from '../unit-match';
import type { NhacViecDatabase } from './database';
import { addDays, compareTasks, grouperFor, type TaskGroup } from './groups';
import { createSearchTest } from './search';
import type { StoredDocument, StoredTask } from './types';

/** What the list shows. */
export interface ListOptions {
  /** `mine`: tasks where the unit is chủ trì or phối hợp (none when no unit is set). */
  filter: 'mine' | 'all';
  /** Only this document's tasks. */
  documentId?: number;
  /** Diacritic- and case-insensitive; every word must match (see `matchesSearch`). */
  query?: string;
  unit?: Unit | null;
}

/** A task with its document and the unit's role in it. */
export interface TaskListItem {
  task: StoredTask;
  /** Null only for a task whose document is missing (never left so by this module). */
  document: StoredDocument | null;
  role: UnitRole | null;
}

/**
 * The tasks to show, sorted by `compareTasks` (group them with `groupTasks`). Reads all tasks
 * (or one document's, through its index) and filters in memory: documents are few, and folding
 * was done at write time, so 10,000 tasks take one table read and a pass of substring tests.
 */
export async function listTasks(db: NhacViecDatabase, options: ListOptions): Promise<TaskListItem[]> {
  const { filter, documentId, query = '', unit = null } = options;
  if (filter === 'mine' && !unit) return [];
  const [tasks, documents] = await db.transaction('r', db.tasks, db.documents, () =>
    Promise.all([
      documentId === undefined ? db.tasks.toArray() : db.tasks.where('documentId').equals(documentId).toArray(),
      documentId === undefined ? db.documents.toArray() : db.documents.where('id').equals(documentId).toArray(),
    ]),
  );
  const test = query.trim() ? createSearchTest(query) : null;
  const items = toItems(test ? tasks.filter((task) => test(task.search)) : tasks, documents, unit);
  return (filter === 'mine' ? items.filter((item) => item.role) : items).sort((a, b) => compareTasks(a.task, b.task));
}

/** Tasks with their documents and the unit's role in each, in the order given. */
function toItems(tasks: readonly StoredTask[], documents: readonly StoredDocument[], unit: Unit | null): TaskListItem[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const matcher = unit && unit.name.trim() ? createUnitMatcher(unit) : null;
  return tasks.map((task) => {
    const document = byId.get(task.documentId) ?? null;
    return { task, document, role: matcher ? matcher.role(task, document?.recipients ?? []) : null };
  });
}

/** The start of the whole list, with the size of the groups it reaches into: see `listFirstTasks`. */
export interface ListHead {
  /** The first tasks of the list as shown: `listTasks(db, { filter: 'all', unit })` in its groups. */
  items: TaskListItem[];
  /** The exact number of tasks in each group `items` reaches into (the last one is usually cut). */
  counts: Partial<Record<TaskGroup, number>>;
}

/** `[done+due]` bounds (and whether each is included) of the open tasks of a dated group on `today`. */
function openGroupRange(group: TaskGroup, today: string): [lower: unknown[], upper: unknown[], withLower: boolean, withUpper: boolean] | null {
  const weekEnd = addDays(today, 7);
  if (group === 'overdue') return [[0, Dexie.minKey], [0, today], true, false];
  if (group === 'today') return [[0, today], [0, today], true, true];
  if (group === 'week') return [[0, today], [0, weekEnd], false, true];
  if (group === 'later') return [[0, weekEnd], [0, Dexie.maxKey], false, true];
  return null;
}

/**
 * The first `limit` tasks (or a few more) of the list as shown — `listTasks(db, { filter: 'all',
 * unit })` split into its groups (`groupTasks`) — and the size of each group they fall in, read
 * through the `[done+due]` index instead of the whole table: a panel with 10,000 tasks shows its
 * first screen without waiting for all of them. The open dated tasks come first (overdue, today,
 * the next 7 days, later) and the index keeps them in due order; tasks due the same day as the
 * last one are all read, since their order (time, creation) is not the index's. Null when there
 * are fewer than `limit` open dated tasks: the head would reach the undated and done groups, which
 * the index cannot list in order; read the whole list then.
 */
export function listFirstTasks(db: NhacViecDatabase, { limit, today, unit = null }: { limit: number; today: string; unit?: Unit | null }): Promise<ListHead | null> {
  // Few rows but several requests: each is sent as soon as what it needs is known, since on a
  // page a request's round trip costs more than reading a few dozen rows; and only the documents
  // of the tasks read (the whole table takes longer than all the rest).
  return db.transaction('r', db.tasks, db.documents, async () => {
    const open = () => db.tasks.where('[done+due]');
    const first = await open().between([0, Dexie.minKey], [0, Dexie.maxKey], true, true).limit(limit).toArray();
    if (first.length < Math.max(1, limit)) return null;
    const lastDue = first[first.length - 1]!.due!;
    const groupOfTask = grouperFor(today);
    const lastGroup = groupOfTask(first[first.length - 1]!);
    const range = openGroupRange(lastGroup, today);
    const [lastDay, lastGroupCount, documents] = await Promise.all([
      // The order of tasks due the same day (time, creation) is not the index's: take the whole day.
      open().equals([0, lastDue]).toArray(),
      // Every group before the last one is complete in the head; the last one goes on past it.
      range ? open().between(...range).count() : null,
      readDocuments(db, first),
    ]);
    // Tasks of that day past the first read may belong to documents not read yet.
    documents.push(...(await readDocuments(db, lastDay, documents)));
    const tasks = [...first.filter((t) => t.due! < lastDue), ...lastDay].sort(compareTasks);
    const counts: Partial<Record<TaskGroup, number>> = {};
    for (const task of tasks) {
      const group = groupOfTask(task);
      counts[group] = (counts[group] ?? 0) + 1;
    }
    if (lastGroupCount !== null) counts[lastGroup] = lastGroupCount;
    return { items: toItems(tasks, documents, unit), counts };
  });
}

/** The documents of `tasks` not in `known` (one request, none when nothing is missing). */
async function readDocuments(db: NhacViecDatabase, tasks: readonly StoredTask[], known: readonly StoredDocument[] = []): Promise<StoredDocument[]> {
  const have = new Set(known.map((d) => d.id));
  const ids = [...new Set(tasks.map((t) => t.documentId))].filter((id) => !have.has(id));
  if (ids.length === 0) return [];
  return (await db.documents.bulkGet(ids)).filter((d): d is StoredDocument => d !== undefined);
}

/** Saved documents, newest capture first (for the "by document" filter). */
export async function listDocuments(db: NhacViecDatabase): Promise<StoredDocument[]> {
  const documents = await db.documents.toArray();
  return documents.sort((a, b) => b.capturedAt - a.capturedAt || b.id - a.id);
}

/** Open tasks due on or before `until` (`YYYY-MM-DD`), soonest first: for reminders and badges. */
export function listDueTasks(db: NhacViecDatabase, until: string): Promise<StoredTask[]> {
  return db.tasks.where('[done+due]').between([0, Dexie.minKey], [0, until], true, true).toArray();
}
