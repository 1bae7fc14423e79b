import { Dexie } from 'dexie';
import { createUnitMatcher, type Unit, type UnitRole } from '../unit-match';
import type { NhacViecDatabase } from './database';
import { compareTasks } from './groups';
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
  const byId = new Map(documents.map((d) => [d.id, d]));
  const matcher = unit && unit.name.trim() ? createUnitMatcher(unit) : null;
  const test = query.trim() ? createSearchTest(query) : null;
  const items: TaskListItem[] = [];
  for (const task of tasks) {
    if (test && !test(task.search)) continue;
    const document = byId.get(task.documentId) ?? null;
    const role = matcher ? matcher.role(task, document?.recipients ?? []) : null;
    if (filter === 'mine' && !role) continue;
    items.push({ task, document, role });
  }
  return items.sort((a, b) => compareTasks(a.task, b.task));
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
