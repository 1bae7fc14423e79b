import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { ReminderOverride } from '../lib/db/records';
import type { SnoozeChoice } from '../lib/reminders/snooze';

export interface ReminderControlsProps {
  t: Translate;
  /** When the snoozed reminder comes (epoch ms), or null. */
  snoozedUntil: number | null;
  reminder: ReminderOverride | null;
  onSnooze: (choice: SnoozeChoice) => void;
  onReminder: (override: ReminderOverride | null) => void;
}

const CHOICES: [SnoozeChoice, 'snoozeHour' | 'snoozeMorning' | 'snoozeWeek'][] = [
  ['hour', 'snoozeHour'],
  ['morning', 'snoozeMorning'],
  ['week', 'snoozeWeek'],
];

/** "1, 3, 7" → [7, 3, 1]; null when a part is not a whole number of days 1–60. */
export function parseDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/u).filter(Boolean);
  const days = parts.map(Number);
  if (days.length > 10 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 60)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

/** A task's reminders in the details view: "Nhắc lại" (1 giờ / sáng mai / tuần sau) and its own ladder. */
export function ReminderControls({ t, snoozedUntil, reminder, onSnooze, onReminder }: ReminderControlsProps) {
  const [days, setDays] = useState(reminder?.days?.join(', ') ?? '');
  const off = reminder?.off === true;
  const saveDays = () => {
    const parsed = days.trim() ? parseDays(days) : null;
    if (days.trim() && !parsed) return;
    const { days: _old, ...rest } = reminder ?? {};
    const next = parsed ? { ...rest, days: parsed } : rest;
    onReminder(Object.keys(next).length ? next : null);
  };
  return (
    <div class="reminders" data-testid="reminder-controls">
      <h3>{t('remindSnooze')}</h3>
      <div class="actions">
        {CHOICES.map(([choice, label]) => (
          <button type="button" key={choice} data-snooze={choice} onClick={() => onSnooze(choice)}>
            {t(label)}
          </button>
        ))}
      </div>
      {snoozedUntil !== null && snoozedUntil > Date.now() && (
        <p data-testid="snoozed-until">
          {t('snoozedUntil')} {new Date(snoozedUntil).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' })}
        </p>
      )}
      <p>
        <label>
          <input type="checkbox" checked={off} onChange={(e) => onReminder({ ...(reminder ?? {}), off: (e.target as HTMLInputElement).checked })} />{' '}
          {t('remindOff')}
        </label>
      </p>
      <p>
        <label>
          {t('remindOwnDays')}{' '}
          <input type="text" inputMode="numeric" value={days} placeholder="7, 3, 1" onInput={(e) => setDays((e.target as HTMLInputElement).value)} onChange={saveDays} />
        </label>
      </p>
    </div>
  );
}
