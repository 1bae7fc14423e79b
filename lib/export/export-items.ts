import type { NhacViecDatabase } from '../db/database';
import { compareTasks } from '../db/groups';
import type { StoredDocument, StoredTask } from '../db/types';
import { taskOrigins, taskUid } from './task-origin';

/** One task as the exports write it: with its document and its stable calendar UID. */
export interface ExportItem {
  task: StoredTask;
  /** Null only for a task whose document is missing (never left so by lib/db). */
  document: StoredDocument | null;
  uid: string;
}

/**
 * The tasks to export, with their documents, in list order (`compareTasks`): the ones in `taskIds`
 * (those still saved) or, without it, all of them. Read in one transaction; the UIDs need every
 * task of the documents involved, not only the chosen ones (see `taskOrigins`).
 */
export async function loadExportItems(db: NhacViecDatabase, taskIds?: readonly number[]): Promise<ExportItem[]> {
  const { chosen, documents, siblings } = await db.transaction('r', db.tasks, db.documents, async () => {
    const chosen = taskIds ? (await db.tasks.bulkGet([...taskIds])).filter((t): t is StoredTask => t !== undefined) : await db.tasks.toArray();
    const ids = [...new Set(chosen.map((t) => t.documentId))];
    const documents = (await db.documents.bulkGet(ids)).filter((d): d is StoredDocument => d !== undefined);
    const siblings = taskIds ? await db.tasks.where('documentId').anyOf(ids).toArray() : chosen;
    return { chosen, documents, siblings };
  });
  const byDocument = new Map<number, StoredTask[]>();
  for (const task of siblings) {
    const list = byDocument.get(task.documentId);
    if (list) list.push(task);
    else byDocument.set(task.documentId, [task]);
  }
  const origins = new Map<number, string>();
  for (const tasks of byDocument.values()) taskOrigins(tasks).forEach((origin, i) => origins.set(tasks[i]!.id, origin));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const items = await Promise.all(
    chosen.map(async (task) => {
      const document = documentById.get(task.documentId) ?? null;
      const uid = await taskUid(document?.key ?? `missing:${task.documentId}`, origins.get(task.id)!);
      return { task, document, uid };
    }),
  );
  return items.sort((a, b) => compareTasks(a.task, b.task));
}
