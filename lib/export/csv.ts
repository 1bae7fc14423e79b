import Papa from 'papaparse';
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
 * Cells a spreadsheet would run as a formula: starting with = + - @, a tab or a carriage return
 * (OWASP's list against CSV injection; titles and names come from web pages). Papa Parse puts an
 * apostrophe before them, which shows them as text. Its own pattern ends in `.*$`, which misses a
 * cell with a line break, so this one stops at the first character.
 */
export const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * The tasks as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, a quote or a
 * line break, CRLF between records), starting with a UTF-8 byte order mark so Excel reads the
 * Vietnamese as UTF-8. One header row in `language`, then one row per task in the order given.
 */
export function buildCsv(items: readonly ExportItem[], language: Language): string {
  const t = createTranslator(language);
  const rows = items.map((item) => COLUMNS.map(([, cell]) => cell(item, language)));
  const csv = Papa.unparse([COLUMNS.map(([key]) => t(key)), ...rows], { newline: '\r\n', escapeFormulae: FORMULA_START });
  // Papa Parse leaves the last record without a line break (RFC 4180 allows both): ended like the others.
  return `\uFEFF${csv}\r\n`;
}
