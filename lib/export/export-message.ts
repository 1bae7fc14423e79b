import type { MessageKey, Translate } from '../i18n';
import type { ExportResult } from './export-files';

/** A message with `{name}` placeholders filled in. */
export function fillMessage(t: Translate, key: MessageKey, values: Record<string, number>): string {
  return t(key).replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));
}

/** What an export did: how many tasks it wrote and left out, or that there was nothing to write. */
export function exportMessage(t: Translate, result: Pick<ExportResult, 'count' | 'skipped'>): string {
  if (result.count === 0 && result.skipped === 0) return t('nothingToExport');
  const text = fillMessage(t, 'exportedCount', { count: result.count });
  return result.skipped ? `${text} ${fillMessage(t, 'exportSkipped', { count: result.skipped })}` : text;
}
