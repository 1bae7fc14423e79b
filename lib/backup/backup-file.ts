import type { NhacViecDatabase } from '../db/database';
import { localDateOf, systemTimeZone } from '../reminders/zoned-time';
import type { DownloadFile } from '../export/download';
import { MAX_BACKUP_BYTES } from './backup-schema';
import { createBackup, serializeBackup } from './create-backup';
import { readBackup, type BackupProblem } from './read-backup';
import { restoreBackup, type RestoreSummary } from './restore-backup';

/** What restoring a file did: its summary, or why nothing was changed. */
export type RestoreOutcome = { ok: true; summary: RestoreSummary } | { ok: false; problem: BackupProblem | 'failed'; detail: string };

/** The user's calendar day, for file names. */
const day = (now: number) => localDateOf(now, systemTimeZone());

/** The whole database as a backup file to download, and how many tasks it holds. */
export async function createBackupFile(db: NhacViecDatabase, now = Date.now()): Promise<{ file: DownloadFile; count: number }> {
  const backup = await createBackup(db, now);
  const file = { name: `nhac-viec-sao-luu-${day(now)}.json`, type: 'application/json', text: serializeBackup(backup) };
  return { file, count: backup.tasks.length };
}

/**
 * Restores a backup file chosen by the user: its size is checked before it is read, the whole of
 * it is checked before anything is written (`readBackup`), then it is merged in one transaction
 * (`restoreBackup`). When the outcome is not ok, the database is as it was.
 */
export async function restoreBackupFile(db: NhacViecDatabase, file: Blob): Promise<RestoreOutcome> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large', detail: '' };
  // `Blob.text()` decodes UTF-8 and drops a byte order mark.
  const text = await file.text();
  await db.open();
  const read = readBackup(text, db.verno);
  if (!read.ok) return read;
  try {
    return { ok: true, summary: await restoreBackup(db, read.backup) };
  } catch (error) {
    return { ok: false, problem: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
