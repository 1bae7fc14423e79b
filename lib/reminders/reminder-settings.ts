// Checked by hand, not with Zod, for the same reason as lib/settings.ts: the side panel reads the
// settings before its first render and must not load Zod for it.

/** Local quiet hours `HH:MM`–`HH:MM` (may wrap past midnight): no reminder fires inside them. */
export interface QuietHours {
  start: string;
  end: string;
}

/** When tasks with a date are reminded (the defaults; a task may override part of them). */
export interface ReminderSettings {
  /** False turns every reminder off (the badge stays). */
  enabled: boolean;
  /** Days before the due date, e.g. `[7, 3, 1]`: distinct, 1–60, largest first. */
  days: number[];
  /** Local time of day of every dated reminder, `HH:MM`. */
  time: string;
  /** Count `days` in working days (weekends, holidays and Tết skipped) rather than calendar days. */
  workingDays: boolean;
  /** A reminder on the due date itself. */
  onDay: boolean;
  /** One reminder a day (a working day, with `workingDays`) while the task is overdue. */
  overdueDaily: boolean;
  quietHours: QuietHours | null;
}

/** What a fresh install (and a settings value stored before reminders existed) starts with. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  days: [7, 3, 1],
  time: '08:00',
  workingDays: false,
  onDay: true,
  overdueDaily: true,
  quietHours: { start: '21:00', end: '07:00' },
};

/** Longest ladder step, in days. */
export const MAX_LADDER_DAYS = 60;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/u;

/** True for a local time of day `HH:MM` (00:00–23:59). */
export const isTimeOfDay = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);

/** `days` as a ladder (distinct, largest first), or null when one is not a whole number of days 1–60. */
export function validateLadder(days: unknown): number[] | null {
  if (!Array.isArray(days) || days.length > 10) return null;
  const list: unknown[] = days;
  if (!list.every((d): d is number => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= MAX_LADDER_DAYS)) return null;
  return [...new Set(list as number[])].sort((a, b) => b - a);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as reminder settings, or null when any field is missing or invalid. Other fields are left out. */
export function validateReminderSettings(value: unknown): ReminderSettings | null {
  if (!isRecord(value)) return null;
  const { enabled, days, time, workingDays, onDay, overdueDaily, quietHours } = value;
  const ladder = validateLadder(days);
  if (!ladder || !isTimeOfDay(time)) return null;
  if (typeof enabled !== 'boolean' || typeof workingDays !== 'boolean' || typeof onDay !== 'boolean' || typeof overdueDaily !== 'boolean') return null;
  let quiet: QuietHours | null = null;
  if (quietHours !== null) {
    if (!isRecord(quietHours) || !isTimeOfDay(quietHours.start) || !isTimeOfDay(quietHours.end)) return null;
    // Equal ends would mean "always quiet" or "never": refused rather than guessed.
    if (quietHours.start === quietHours.end) return null;
    quiet = { start: quietHours.start, end: quietHours.end };
  }
  return { enabled, days: ladder, time, workingDays, onDay, overdueDaily, quietHours: quiet };
}
