import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../lib/i18n';
import { createReminderTranslator } from '../lib/reminders/reminder-text';
import { DEFAULT_REMINDER_SETTINGS, validateReminderSettings, type ReminderSettings } from '../lib/reminders/reminder-settings';
import type { Settings } from '../lib/settings';
import { parseDays } from './reminder-controls';

export interface ReminderSettingsFormProps {
  load: () => Promise<Settings>;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

const DEFAULT_QUIET = { start: '21:00', end: '07:00' };

/** The reminder defaults (options page): ladder, time of day, working days, quiet hours. */
export function ReminderSettingsForm({ load, save }: ReminderSettingsFormProps) {
  const [language, setLanguage] = useState<Language>('vi');
  const [form, setForm] = useState<ReminderSettings>(DEFAULT_REMINDER_SETTINGS);
  const [days, setDays] = useState(DEFAULT_REMINDER_SETTINGS.days.join(', '));
  const [quiet, setQuiet] = useState(DEFAULT_QUIET);
  const [status, setStatus] = useState<'saved' | 'invalid' | null>(null);
  useEffect(() => {
    void load().then((s) => {
      setLanguage(s.language);
      setForm(s.reminders);
      setDays(s.reminders.days.join(', '));
      if (s.reminders.quietHours) setQuiet(s.reminders.quietHours);
    });
  }, [load]);
  const t = createReminderTranslator(language);
  const patch = (change: Partial<ReminderSettings>) => {
    setForm({ ...form, ...change });
    setStatus(null);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const ladder = days.trim() ? parseDays(days) : [];
    const next = ladder && validateReminderSettings({ ...form, days: ladder, quietHours: form.quietHours ? quiet : null });
    if (!next) return setStatus('invalid');
    await save({ reminders: next });
    setStatus('saved');
  };
  const check = (key: 'enabled' | 'workingDays' | 'onDay' | 'overdueDaily', label: Parameters<typeof t>[0]) => (
    <label>
      <input type="checkbox" data-testid={`remind-${key}`} checked={form[key]} onChange={(e) => patch({ [key]: (e.target as HTMLInputElement).checked })} /> {t(label)}
    </label>
  );
  return (
    <form class="panel options" onSubmit={submit} lang={language} data-testid="reminder-settings">
      <h2>{t('remindersTitle')}</h2>
      {check('enabled', 'remindEnabled')}
      <label>
        {t('remindDays')}
        <input data-testid="remind-days" value={days} inputMode="numeric" placeholder="7, 3, 1" onInput={(e) => setDays((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('remindTime')}
        <input type="time" data-testid="remind-time" value={form.time} onInput={(e) => patch({ time: (e.target as HTMLInputElement).value })} />
      </label>
      {check('workingDays', 'remindWorkingDays')}
      {check('onDay', 'remindOnDay')}
      {check('overdueDaily', 'remindOverdueDaily')}
      <label>
        <input type="checkbox" data-testid="remind-quiet" checked={form.quietHours !== null} onChange={(e) => patch({ quietHours: (e.target as HTMLInputElement).checked ? quiet : null })} />{' '}
        {t('remindQuiet')}
      </label>
      {form.quietHours && (
        <div class="actions">
          <input type="time" data-testid="quiet-start" value={quiet.start} onInput={(e) => setQuiet({ ...quiet, start: (e.target as HTMLInputElement).value })} />
          –
          <input type="time" data-testid="quiet-end" value={quiet.end} onInput={(e) => setQuiet({ ...quiet, end: (e.target as HTMLInputElement).value })} />
        </div>
      )}
      <button type="submit" class="primary" data-testid="save-reminders">
        {t('saveOptions')}
      </button>
      {status === 'saved' && <p role="status">{t('optionsSaved')}</p>}
      {status === 'invalid' && <p role="alert">{t('remindDays')}: 1–60</p>}
    </form>
  );
}
