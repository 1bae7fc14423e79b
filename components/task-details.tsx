import { useEffect, useState } from 'preact/hooks';
import { formatDate, type Translate } from '../lib/i18n';
import type { ReminderOverride } from '../lib/db/records';
import type { SnoozeChoice } from '../lib/reminders/snooze';
import type { ReminderControls as ReminderControlsType } from './reminder-controls';

export interface DetailsData {
  id: number;
  title: string;
  source: string;
  assignees: string[];
  coordinators: string[];
  due: string | null;
  dueTime: string | null;
  deadlineText: string | null;
  dueImplied: boolean;
  done: boolean;
  /** "Nhắc lại" time (epoch ms), or null. */
  snoozedUntil?: number | null;
  /** The task's own reminder settings, or null for the defaults. */
  reminder?: ReminderOverride | null;
  document: { id: number; number: string | null; date: string | null; subject: string | null; url: string | null } | null;
  citations: { number: string; kind: string | null; date: string | null; savedDocumentId: number | null }[];
}

/** Only http(s) pages are linked; anything else is shown as text. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export interface TaskDetailsProps {
  t: Translate;
  data: DetailsData;
  onBack: () => void;
  onToggle: (done: boolean) => void;
  onEditDue: (due: string | null) => void;
  onDelete: () => void;
  onShowDocument: (documentId: number) => void;
  onSnooze?: (choice: SnoozeChoice) => void;
  onReminder?: (override: ReminderOverride | null) => void;
}

/** One task: its source sentence, document, cited documents, and what can be done with it. */
export function TaskDetails({ t, data, onBack, onToggle, onEditDue, onDelete, onShowDocument, onSnooze, onReminder }: TaskDetailsProps) {
  const [due, setDue] = useState(data.due ?? '');
  // The reminder controls are loaded with the first details view, not with the list.
  const [ReminderControls, setReminderControls] = useState<typeof ReminderControlsType | null>(null);
  useEffect(() => void import('./reminder-controls').then((m) => setReminderControls(() => m.ReminderControls)), []);
  const link = safeUrl(data.document?.url ?? null);
  return (
    <section class="details" data-testid="details" aria-label={t('details')}>
      <button type="button" onClick={onBack}>
        ← {t('back')}
      </button>
      <h2>{data.title}</h2>
      <p>
        <strong>{t('assignees')}:</strong> {data.assignees.join('; ') || t('unknown')}
      </p>
      {data.coordinators.length > 0 && (
        <p>
          <strong>{t('coordinators')}:</strong> {data.coordinators.join('; ')}
        </p>
      )}
      <p>
        <strong>{t('deadline')}:</strong> {data.due ? formatDate(data.due) : t('noDeadline')}
        {data.dueTime ? ` ${data.dueTime}` : ''}
        {data.deadlineText ? ` — “${data.deadlineText}”` : ''}
        {data.due && data.dueImplied ? ` (${t('implied')})` : ''}
      </p>
      <h3>{t('source')}</h3>
      <blockquote class="source">{data.source}</blockquote>
      {data.document && (
        <>
          <h3>{t('document')}</h3>
          <p>
            {[data.document.number, data.document.date ? formatDate(data.document.date) : null].filter(Boolean).join(' · ')}
            {data.document.subject ? ` — ${data.document.subject}` : ''}
          </p>
          {link && (
            <p>
              <a href={link} target="_blank" rel="noopener noreferrer">
                {t('openPage')}
              </a>
            </p>
          )}
        </>
      )}
      {data.citations.length > 0 && (
        <>
          <h3>{t('citations')}</h3>
          <ul>
            {data.citations.map((c) => (
              <li key={c.number}>
                {c.savedDocumentId ? (
                  <button type="button" class="link" onClick={() => onShowDocument(c.savedDocumentId!)}>
                    {[c.kind, c.number].filter(Boolean).join(' ')} ({t('savedDocument')})
                  </button>
                ) : (
                  [c.kind, c.number, c.date ? formatDate(c.date) : null].filter(Boolean).join(' · ')
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {!data.done && data.due && onSnooze && onReminder && ReminderControls && (
        <ReminderControls t={t} snoozedUntil={data.snoozedUntil ?? null} reminder={data.reminder ?? null} onSnooze={onSnooze} onReminder={onReminder} />
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => onToggle(!data.done)}>
          {data.done ? t('markOpen') : t('markDone')}
        </button>
        <label>
          {t('editDeadline')}
          <input type="date" value={due} onInput={(e) => setDue((e.target as HTMLInputElement).value)} onChange={(e) => onEditDue((e.target as HTMLInputElement).value || null)} />
        </label>
        <button type="button" class="danger" onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </section>
  );
}
