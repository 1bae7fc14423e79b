import { storage } from 'wxt/utils/storage';
import { DEFAULT_REMINDER_SETTINGS, validateReminderSettings, type ReminderSettings } from './reminders/reminder-settings';

// Checked by hand, not with Zod: the side panel reads the settings before its first render, and
// any Zod there would bring its core (shared with the engine's schemas) into the panel's first
// script. The shape is small; tests/settings.test.ts pins every rule.

/** Settings kept in `browser.storage.local` (version 2: version 1 had no `reminders`). */
export interface Settings {
  /** The user's unit, for "việc của tôi": a name and the other names it goes by. */
  unit: { name: string; aliases: string[] } | null;
  language: 'vi' | 'en';
  /** Default reminder ladder, time, quiet hours (lib/reminders/reminder-settings.ts). */
  reminders: ReminderSettings;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` as settings, or null when it is not: a language `vi` or `en`, and no unit or one with a
 * name (trimmed, not blank) and aliases (strings; trimmed, blank ones dropped rather than voiding
 * the unit); reminders valid (`validateReminderSettings`), or absent (a version 1 value) and then
 * the defaults. Other fields are left out.
 */
export function validateSettings(value: unknown): Settings | null {
  if (!isRecord(value)) return null;
  const { unit, language } = value;
  if (language !== 'vi' && language !== 'en') return null;
  const reminders = value.reminders === undefined ? DEFAULT_REMINDER_SETTINGS : validateReminderSettings(value.reminders);
  if (!reminders) return null;
  if (unit === null) return { unit: null, language, reminders };
  if (!isRecord(unit) || typeof unit.name !== 'string' || !Array.isArray(unit.aliases)) return null;
  const aliases: unknown[] = unit.aliases;
  if (!aliases.every((alias): alias is string => typeof alias === 'string')) return null;
  const name = unit.name.trim();
  if (!name) return null;
  return { unit: { name, aliases: aliases.map((alias) => alias.trim()).filter(Boolean) }, language, reminders };
}

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { unit: null, language: 'vi', reminders: DEFAULT_REMINDER_SETTINGS };

/**
 * Version 1 → 2: the reminder defaults are added. Anything else is left as it was (an invalid
 * value stays invalid and reads as the defaults; nothing is deleted).
 */
export function migrateSettingsV2(value: unknown): unknown {
  return isRecord(value) && value.reminders === undefined ? { ...value, reminders: DEFAULT_REMINDER_SETTINGS } : value;
}

/**
 * The stored item. Typed `unknown` on purpose: what is stored is read through `parseSettings`,
 * since another version of the extension (or a hand edit) may have written something else.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV2 },
});

/**
 * A stored value as settings; anything invalid reads as the defaults (the stored value is left
 * alone). Invalid reminder settings alone do not void the unit and language: they read as the
 * reminder defaults.
 */
export function parseSettings(value: unknown): Settings {
  return validateSettings(value) ?? (isRecord(value) ? validateSettings({ ...value, reminders: undefined }) : null) ?? DEFAULT_SETTINGS;
}

/** Reads the settings. */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Validates and saves a change (merged into the current settings); returns what was saved. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await getSettings()), ...patch });
  if (!next) throw new TypeError(`Invalid settings: ${JSON.stringify(patch).slice(0, 200)}`);
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
