import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** The user's unit, for "việc của tôi": a name and the other names it goes by. */
export const UnitSchema = z.object({
  name: z.string().trim().min(1),
  // Blank aliases are dropped rather than voiding the whole unit.
  aliases: z.array(z.string()).transform((aliases) => aliases.map((a) => a.trim()).filter(Boolean)),
});

/** Settings kept in `browser.storage.local` (version 1). */
export const SettingsSchema = z.object({
  unit: UnitSchema.nullable(),
  language: z.enum(['vi', 'en']),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { unit: null, language: 'vi' };

/**
 * The stored item. Typed `unknown` on purpose: what is stored is read through `parseSettings`,
 * since another version of the extension (or a hand edit) may have written something else.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** A stored value as settings; anything invalid reads as the defaults (the stored value is left alone). */
export function parseSettings(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Reads the settings. */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Validates and saves a change (merged into the current settings); returns what was saved. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
