import { useEffect, useRef, useState } from 'preact/hooks';
import type { RestoreOutcome } from '../lib/backup/backup-file';
import type { BackupActions } from '../lib/export/backup-actions';
import type { ExportResult } from '../lib/export/export-files';
import { exportMessage, fillMessage } from '../lib/export/export-message';
import type { CalendarComponent } from '../lib/export/ics';
import { createTranslator, type Language, type MessageKey, type Translate } from '../lib/i18n';
import type { ReminderSettings } from '../lib/reminders/reminder-settings';
import type { Settings } from '../lib/settings';

export interface BackupPanelProps {
  language: Language;
  actions: BackupActions;
  /** The reminder settings the calendar's alarms follow (the defaults without them). */
  reminders?: ReminderSettings;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

const PROBLEM_KEYS: Record<Exclude<RestoreOutcome, { ok: true }>['problem'], MessageKey> = {
  foreign: 'restoreForeign',
  corrupt: 'restoreCorrupt',
  'too-large': 'restoreTooLarge',
  newer: 'restoreNewer',
  failed: 'restoreFailed',
};

/** The message for what a restore did. */
export function restoreMessage(t: Translate, outcome: RestoreOutcome): Status {
  if (!outcome.ok) {
    const detail = outcome.problem === 'corrupt' || outcome.problem === 'failed' ? outcome.detail : '';
    return { kind: 'error', text: `${t(PROBLEM_KEYS[outcome.problem])}${detail} ${t('unchanged')}`.trim() };
  }
  const { restored, skipped, updated } = outcome.summary;
  const done = fillMessage(t, 'restoreDone', { restored, skipped });
  return { kind: 'info', text: updated ? `${done} ${fillMessage(t, 'restoreUpdated', { count: updated })}` : done };
}

/**
 * "Xuất và sao lưu" in the options page: the calendar (as events or to-dos, done tasks optional),
 * the table, the JSON backup, and a restore from a chosen file, with one status line for the last.
 */
export function BackupPanel({ language, actions, reminders }: BackupPanelProps) {
  const t = createTranslator(language);
  const [component, setComponent] = useState<CalendarComponent>('VEVENT');
  const [includeDone, setIncludeDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => setStatus(null), [language]);

  const run = async (work: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('exportFailed')}${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  const exported = (result: ExportResult): Status => {
    if (result.count > 0) actions.download(result.file);
    return { kind: 'info', text: exportMessage(t, result) };
  };
  const restore = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again fires another change.
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'info', text: t('restoring') });
    void run(async () => restoreMessage(t, await actions.restore(file)));
  };

  return (
    <section class="panel backup-panel" lang={language} aria-labelledby="backup-title" data-testid="backup-panel">
      <h2 id="backup-title">{t('exportTitle')}</h2>
      <div class="actions">
        <label>
          {t('icsKind')}{' '}
          <select data-testid="ics-kind" value={component} onChange={(e) => setComponent((e.target as HTMLSelectElement).value as CalendarComponent)}>
            <option value="VEVENT">{t('icsEvents')}</option>
            <option value="VTODO">{t('icsTodos')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" data-testid="include-done" checked={includeDone} onChange={(e) => setIncludeDone((e.target as HTMLInputElement).checked)} />{' '}
          {t('includeDone')}
        </label>
      </div>
      <div class="actions">
        <button type="button" class="primary" data-testid="export-ics" disabled={busy} onClick={() => run(async () => exported(await actions.exportIcs({ component, includeDone, language, reminders })))}>
          {t('exportIcs')}
        </button>
        <button type="button" data-testid="export-csv" disabled={busy} onClick={() => run(async () => exported(await actions.exportCsv(language)))}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          data-testid="backup-json"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const { file, count } = await actions.backup();
              actions.download(file);
              return { kind: 'info', text: fillMessage(t, 'backupDone', { count }) };
            })
          }
        >
          {t('backupJson')}
        </button>
        <button type="button" data-testid="restore-file" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('restoreFile')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="restore-input" onChange={(e) => restore(e.target as HTMLInputElement)} />
      </div>
      {status && (
        <p class={`status status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="backup-status">
          {status.text}
        </p>
      )}
    </section>
  );
}

export interface BackupSectionProps {
  actions: BackupActions;
  loadSettings: () => Promise<Settings>;
  /** Calls back with the settings whenever they change; returns the unwatch. */
  watchSettings: (onChange: (settings: Settings) => void) => () => void;
}

/** `BackupPanel` with the saved settings' language and reminder ladder, following their changes. */
export function BackupSection({ actions, loadSettings, watchSettings }: BackupSectionProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, [loadSettings, watchSettings]);
  return <BackupPanel language={settings?.language ?? 'vi'} actions={actions} reminders={settings?.reminders} />;
}
