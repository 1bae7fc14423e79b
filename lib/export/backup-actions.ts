import type { RestoreOutcome } from '../backup/backup-file';
import type { NhacViecDatabase } from '../db/database';
import type { Language } from '../i18n';
import type { ReminderSettings } from '../reminders/reminder-settings';
import { downloadFile, type DownloadFile } from './download';
import type { ExportResult } from './export-files';
import type { CalendarComponent } from './ics';

/** What the export and backup buttons do (the options page passes `createBackupActions`; tests, fakes). */
export interface BackupActions {
  exportIcs(options: { component: CalendarComponent; includeDone: boolean; language: Language; reminders?: ReminderSettings }): Promise<ExportResult>;
  exportCsv(language: Language): Promise<ExportResult>;
  backup(): Promise<{ file: DownloadFile; count: number }>;
  restore(file: File): Promise<RestoreOutcome>;
  download(file: DownloadFile): void;
}

/** The extension's database, opened (with its module loaded) on the first call only. */
function databaseOnce(): () => Promise<NhacViecDatabase> {
  let database: Promise<NhacViecDatabase> | undefined;
  return () => (database ??= import('../db/database').then(({ createDatabase }) => createDatabase()));
}

/**
 * The export and backup actions on the database `db` gives (the extension's by default). Each
 * loads its code when first used, so the options page opens without the `ics` package, the CSV
 * writer, Dexie or Zod.
 */
export function createBackupActions(db: () => Promise<NhacViecDatabase> = databaseOnce()): BackupActions {
  return {
    exportIcs: async (options) => (await import('./export-files')).createIcsFile(await db(), options),
    exportCsv: async (language) => (await import('./export-files')).createCsvFile(await db(), language),
    backup: async () => (await import('../backup/backup-file')).createBackupFile(await db()),
    restore: async (file) => (await import('../backup/backup-file')).restoreBackupFile(await db(), file),
    download: (file) => downloadFile(file),
  };
}
