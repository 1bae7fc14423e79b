import { liveQuery, type Observable } from 'dexie';
import type { NhacViecDatabase } from './database';
import { taskDetails, type TaskDetails } from './details';
import { listDocuments, listTasks, type ListOptions, type TaskListItem } from './list-tasks';
import type { StoredDocument } from './types';

/**
 * Live versions of the queries: each emits the result now and again after every write that
 * touches what it read, from any context (side panel, background, another tab).
 */

/** `listTasks` as an Observable. */
export function watchTasks(db: NhacViecDatabase, options: ListOptions): Observable<TaskListItem[]> {
  return liveQuery(() => listTasks(db, options));
}

/** `taskDetails` as an Observable (emits undefined once the task is deleted). */
export function watchTaskDetails(db: NhacViecDatabase, id: number): Observable<TaskDetails | undefined> {
  return liveQuery(() => taskDetails(db, id));
}

/** `listDocuments` as an Observable. */
export function watchDocuments(db: NhacViecDatabase): Observable<StoredDocument[]> {
  return liveQuery(() => listDocuments(db));
}
