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

/**
 * Tells the background that tasks were written, so it rebuilds the reminders and the badge at once
 * (a database write does not wake the worker; a message does). Never throws: the restore is done.
 */
function notifyTasksChanged(): void {
  void import('../messages')
    .then(({ sendMessage }) => sendMessage('tasksChanged', {}))
    .catch((error: unknown) => console.warn('Nhắc Việc: không báo được thay đổi cho nền.', error));
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
    restore: async (file) => {
      const outcome = await (await import('../backup/backup-file')).restoreBackupFile(await db(), file);
      if (outcome.ok && outcome.summary.restored + outcome.summary.updated > 0) notifyTasksChanged();
      return outcome;
    },
    download: (file) => downloadFile(file),
  };
}
