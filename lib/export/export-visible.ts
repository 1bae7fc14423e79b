import type { NhacViecDatabase } from '../db/database';
import { createTranslator, type Language } from '../i18n';
import { getSettings } from '../settings';
import { downloadFile } from './download';
import { createIcsFile } from './export-files';
import { exportMessage } from './export-message';

/**
 * The side panel's "Xuất danh sách đang xem": the tasks the list shows (done ones too) as calendar
 * events with the user's reminder ladder, downloaded when there is any. Returns the message.
 */
export async function exportTasksAsIcs(db: NhacViecDatabase, taskIds: readonly number[], language: Language): Promise<string> {
  const { reminders } = await getSettings();
  const result = await createIcsFile(db, { component: 'VEVENT', includeDone: true, language, taskIds, reminders });
  if (result.count > 0) downloadFile(result.file);
  return exportMessage(createTranslator(language), result);
}
