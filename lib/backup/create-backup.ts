import type { NhacViecDatabase } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-schema';

/**
 * Every document, task and citation, read in one transaction so the three agree, as stored (every
 * field, ids included: tasks and citations point at their documents by id).
 */
export async function createBackup(db: NhacViecDatabase, now = Date.now()): Promise<Backup> {
  const [documents, tasks, citations] = await db.transaction('r', db.documents, db.tasks, db.citations, () =>
    Promise.all([db.documents.toArray(), db.tasks.toArray(), db.citations.toArray()]),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    schemaVersion: db.verno,
    documents,
    tasks,
    citations,
  };
}

/** A backup as the file's text: JSON, indented so a person can read it. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}
