import { createTranslator, formatDate, type Language } from '../i18n';
import type { ExportItem } from './export-items';

/**
 * The plain-text description of a task's calendar entry: its document (kind, number, date,
 * issuer, subject), who leads and supports, the deadline as written, the source sentence and the
 * page it was read on. Lines without a value are left out.
 */
export function describeTask({ task, document }: ExportItem, language: Language): string {
  const t = createTranslator(language);
  const heading = document && [[document.kind, document.number].filter(Boolean).join(' '), formatDate(document.date), document.issuer].filter(Boolean).join(', ');
  const deadline = task.deadlineText && `${task.deadlineText}${task.dueImplied ? ` (${t('implied')})` : ''}`;
  const lines: [string, string | null | undefined][] = [
    [t('document'), heading],
    [t('subject'), document?.subject],
    [t('assignees'), task.assignees.join('; ')],
    [t('coordinators'), task.coordinators.join('; ')],
    [t('deadline'), deadline],
    [t('source'), task.source],
    [t('capturedPage'), document?.url],
  ];
  return lines.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : [])).join('\n');
}
