import type { Dexie, Transaction } from 'dexie';
import { searchKey } from './search';

/**
 * Schema history. Never edit a released version: add one, with an upgrade and a test that opens
 * a database of the old shape (tests/db/upgrade.test.ts). Never delete a database to recover.
 *
 * Version 1: tasks had `done` as a boolean (not indexable) and no `search`; tasks were indexed by
 * `due` for reminders, documents by `number`.
 */
export const STORES_V1 = {
  documents: '++id, &key, number',
  tasks: '++id, documentId, due',
  citations: '++id, documentId, key',
};

/**
 * Version 2 (current). Indexes, each with the query that uses it:
 * - documents `&key`: `saveCapture` (same directive captured again), `findDocumentByCitation` (key prefix);
 * - tasks `documentId`: a document's tasks (`taskDetails`, `saveCapture`, `deleteDocument`, list filter);
 * - tasks `[done+due]`: open tasks due by a date (`listDueTasks`, for reminders); tasks without a date
 *   are not in it, as IndexedDB skips rows whose key has a null part;
 * - citations `documentId`: a document's citations; `key`: the documents citing a number (`citedBy`).
 *
 * The reminder fields of tasks (`reminder`, `snoozedUntil`, `recurrenceAnchor`, `nextOccurrenceId`,
 * see records.ts) came later without a version: they are not indexed (the reminders read open
 * tasks through `[done+due]`), and a row without them means "defaults, not snoozed, no series yet".
 */
export const STORES_V2 = {
  documents: '++id, &key',
  tasks: '++id, documentId, [done+due]',
  citations: '++id, documentId, key',
};

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * A version 1 task row as version 2 keeps it: `done` 0/1, `doneAt` set, `search` filled.
 * Lenient on purpose: a field it cannot read gets a neutral value; nothing is dropped.
 */
export function upgradeTaskV1(row: Record<string, unknown>, documentNumber: string | null): Record<string, unknown> {
  const done = row.done === true || row.done === 1 ? 1 : 0;
  const title = typeof row.title === 'string' ? row.title : '';
  const assignees = list(row.assignees);
  const coordinators = list(row.coordinators);
  return {
    ...row,
    done,
    doneAt: typeof row.doneAt === 'number' ? row.doneAt : null,
    search: searchKey({ title, assignees, coordinators }, documentNumber),
  };
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  const numbers = new Map<unknown, string | null>();
  await tx.table('documents').each((doc: { id: number; number?: unknown }) => {
    numbers.set(doc.id, typeof doc.number === 'string' ? doc.number : null);
  });
  await tx.table('tasks').toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
    ref.value = upgradeTaskV1(row, numbers.get(row.documentId) ?? null);
  });
}

/** Declares every schema version on `db`, oldest first. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
}
