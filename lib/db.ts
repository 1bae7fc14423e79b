/**
 * The one Dexie module: schema versions and upgrades (db/versions.ts), record building, writes in
 * single transactions, and the list's queries. Every record is validated (db/records.ts) before
 * it is written; nothing here ever deletes the database.
 */
export { createDatabase, NhacViecDatabase } from './db/database';
export { STORES_V1, STORES_V2, upgradeTaskV1 } from './db/versions';
export * from './db/records';
export type * from './db/types';
export { documentKey } from './db/document-key';
export { searchKey, matchesSearch, createSearchTest, searchWords, narrowsSearch } from './db/search';
export { buildRecords, type CaptureContext } from './db/build-records';
export { saveCapture, mergeTasks, type SaveCaptureResult } from './db/capture';
export { setDone, updateTask, deleteTask, restoreTask, type TaskPatch } from './db/task-edits';
export { deleteDocument, restoreDocument, type DeletedDocument } from './db/document-edits';
export { TASK_GROUPS, addDays, groupOf, grouperFor, groupTasks, compareTasks, type TaskGroup } from './db/groups';
export { listTasks, listFirstTasks, listDocuments, listDueTasks, type ListHead, type ListOptions, type TaskListItem } from './db/list-tasks';
export { findDocumentByCitation, taskDetails, type LinkedCitation, type TaskDetails } from './db/details';
export { watchTasks, watchTaskDetails, watchDocuments } from './db/live';
