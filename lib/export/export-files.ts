import type { NhacViecDatabase } from '../db/database';
import { localDateOf, systemTimeZone } from '../reminders/zoned-time';
import type { Language } from '../i18n';
import type { ReminderSettings } from '../reminders/reminder-settings';
import { buildCsv } from './csv';
import type { DownloadFile } from './download';
import { loadExportItems } from './export-items';
import { buildIcs, type CalendarComponent } from './ics';

/** What to put in a calendar file. */
export interface IcsFileOptions {
  component: CalendarComponent;
  includeDone: boolean;
  language: Language;
  /** Only these tasks (e.g. the list as filtered in the side panel); all without it. */
  taskIds?: readonly number[];
  /** The user's reminder settings, whose ladder the alarms follow. */
  reminders?: ReminderSettings;
}

/** A file to download, with how many tasks it holds and how many were left out. */
export interface ExportResult {
  file: DownloadFile;
  count: number;
  skipped: number;
}

/** The user's calendar day, for file names. */
const day = (now: number) => localDateOf(now, systemTimeZone());

/** The saved tasks (or the chosen ones) as an iCalendar file. */
export async function createIcsFile(db: NhacViecDatabase, options: IcsFileOptions, now = Date.now()): Promise<ExportResult> {
  const items = (await loadExportItems(db, options.taskIds)).filter((item) => options.includeDone || item.task.done === 0);
  const { text, count, skipped } = buildIcs(items, { component: options.component, now, language: options.language, reminders: options.reminders });
  return { file: { name: `nhac-viec-${day(now)}.ics`, type: 'text/calendar', text }, count, skipped };
}

/** All saved tasks (or the chosen ones), done ones included, as a CSV table. */
export async function createCsvFile(db: NhacViecDatabase, language: Language, taskIds?: readonly number[], now = Date.now()): Promise<ExportResult> {
  const items = await loadExportItems(db, taskIds);
  return { file: { name: `nhac-viec-${day(now)}.csv`, type: 'text/csv', text: buildCsv(items, language) }, count: items.length, skipped: 0 };
}
