import { stringify } from 'csv-stringify/sync';
import { createTranslator, formatDate, type Language, type MessageKey } from '../i18n';
import { localDateOf } from '../reminders/zoned-time';
import { EXPORT_TIME_ZONE } from './alarm-ladder';
import type { ExportItem } from './export-items';

/** The columns, in order: header (i18n key) and how a task fills it. */
const COLUMNS: [MessageKey, (item: ExportItem, language: Language) => string][] = [
  ['csvNumber', ({ document }) => document?.number ?? ''],
  ['csvDocumentDate', ({ document }, language) => showDate(document?.date ?? null, language)],
  ['issuer', ({ document }) => document?.issuer ?? ''],
  ['subject', ({ document }) => document?.subject ?? ''],
  ['csvTask', ({ task }) => task.title],
  ['assignees', ({ task }) => task.assignees.join('; ')],
  ['coordinators', ({ task }) => task.coordinators.join('; ')],
  ['deadline', ({ task }, language) => showDate(task.due, language)],
  ['csvDueTime', ({ task }) => task.dueTime ?? ''],
  ['csvDeadlineText', ({ task }) => task.deadlineText ?? ''],
  ['csvStatus', ({ task }, language) => createTranslator(language)(task.done ? 'csvDone' : 'csvOpen')],
  ['csvDoneAt', ({ task }, language) => (task.doneAt === null ? '' : showDate(localDateOf(task.doneAt, EXPORT_TIME_ZONE), language))],
  ['source', ({ task }) => task.source],
];

/** Vietnamese users read 15/10/2025; in English the unambiguous 2025-10-15. */
const showDate = (iso: string | null, language: Language) => (!iso ? '' : language === 'vi' ? formatDate(iso) : iso);

/**
 * A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, which shows it as text: OWASP's advice against CSV injection,
 * since titles and names come from web pages.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

/**
 * The tasks as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, a quote or a
 * line break, CRLF between records), starting with a UTF-8 byte order mark so Excel reads the
 * Vietnamese as UTF-8. One header row in `language`, then one row per task in the order given.
 */
export function buildCsv(items: readonly ExportItem[], language: Language): string {
  const t = createTranslator(language);
  const rows = items.map((item) => COLUMNS.map(([, cell]) => neutralizeFormula(cell(item, language))));
  return stringify([COLUMNS.map(([key]) => t(key)), ...rows], { bom: true, record_delimiter: 'windows' });
}
