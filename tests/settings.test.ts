import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_REMINDER_SETTINGS } from '../lib/reminders/reminder-settings';
import { DEFAULT_SETTINGS, getSettings, migrateSettingsV2, parseSettings, settingsItem, updateSettings, validateSettings, watchSettings } from '../lib/settings';

const R = DEFAULT_REMINDER_SETTINGS;

beforeEach(() => {
  fakeBrowser.reset();
});

const UNIT = { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'STTTT'] };

describe('settings', () => {
  it('starts with the defaults', async () => {
    expect(await getSettings()).toEqual({ unit: null, language: 'vi', reminders: R });
  });

  it('saves a unit and a language, merged into what is stored', async () => {
    await updateSettings({ unit: UNIT });
    expect(await updateSettings({ language: 'en' })).toEqual({ unit: UNIT, language: 'en', reminders: R });
    expect(await getSettings()).toEqual({ unit: UNIT, language: 'en', reminders: R });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { unit: UNIT, language: 'en', reminders: R } });
  });

  it('rejects an invalid change and keeps what was stored', async () => {
    await updateSettings({ unit: UNIT });
    await expect(updateSettings({ unit: { name: '  ', aliases: [] } })).rejects.toThrow();
    await expect(updateSettings({ language: 'fr' as 'vi' })).rejects.toThrow();
    expect(await getSettings()).toEqual({ unit: UNIT, language: 'vi', reminders: R });
  });

  it('trims the unit and drops blank aliases', () => {
    expect(parseSettings({ unit: { name: ' Sở Y tế ', aliases: [' SYT ', ''] }, language: 'vi' })).toEqual({
      unit: { name: 'Sở Y tế', aliases: ['SYT'] },
      language: 'vi',
      reminders: R,
    });
  });

  it('keeps only the known fields', () => {
    expect(validateSettings({ unit: { name: 'Sở Y tế', aliases: [], extra: 1 }, language: 'en', theme: 'dark' })).toEqual({
      unit: { name: 'Sở Y tế', aliases: [] },
      language: 'en',
      reminders: R,
    });
  });

  it.each([
    ['an array', []],
    ['a unit that is an array', { unit: [], language: 'vi' }],
    ['an alias that is not a string', { unit: { name: 'Sở Y tế', aliases: ['SYT', 7] }, language: 'vi' }],
    ['aliases that are not a list', { unit: { name: 'Sở Y tế', aliases: 'SYT' }, language: 'vi' }],
    ['a missing unit', { language: 'vi' }],
  ])('finds %s invalid', (_, value) => {
    expect(validateSettings(value)).toBeNull();
  });

  it.each([
    ['a string', 'settings'],
    ['a wrong language', { unit: null, language: 'fr' }],
    ['a unit without a name', { unit: { aliases: [] }, language: 'vi' }],
    ['missing fields', {}],
  ])('reads %s as the defaults, without deleting it', async (_, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: stored });
  });

  it('tells watchers about changes made elsewhere', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ settings: { unit: UNIT, language: 'vi' } });
    await fakeBrowser.storage.local.set({ settings: { unit: 7, language: 'vi' } });
    unwatch();
    await fakeBrowser.storage.local.set({ settings: { unit: null, language: 'en' } });
    expect(seen).toEqual([{ unit: UNIT, language: 'vi', reminders: R }, DEFAULT_SETTINGS]);
  });

  it('migrates a version 1 value to version 2: reminders added, the rest kept', async () => {
    await fakeBrowser.storage.local.set({ settings: { unit: UNIT, language: 'en' } });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { unit: UNIT, language: 'en', reminders: R } });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
    expect(await getSettings()).toEqual({ unit: UNIT, language: 'en', reminders: R });
  });

  it('reads a version 1 value as valid before it is migrated', () => {
    expect(validateSettings({ unit: null, language: 'vi' })).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV2('broken')).toBe('broken');
  });

  it('saves reminder settings and refuses invalid ones', async () => {
    const reminders = { ...R, days: [1, 14, 3, 3], time: '07:30', workingDays: true, quietHours: null };
    expect((await updateSettings({ reminders })).reminders).toEqual({ ...reminders, days: [14, 3, 1] });
    await expect(updateSettings({ reminders: { ...R, time: '25:00' } })).rejects.toThrow();
    await expect(updateSettings({ reminders: { ...R, days: [0] } })).rejects.toThrow();
    await expect(updateSettings({ reminders: { ...R, quietHours: { start: '22:00', end: '22:00' } } })).rejects.toThrow();
    expect((await getSettings()).reminders.time).toBe('07:30');
  });

  it('reads invalid stored reminders as the defaults without losing the unit', async () => {
    await fakeBrowser.storage.local.set({ settings: { unit: UNIT, language: 'vi', reminders: { days: 'x' } } });
    expect(await getSettings()).toEqual({ unit: UNIT, language: 'vi', reminders: R });
  });
});
