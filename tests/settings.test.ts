import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, getSettings, parseSettings, settingsItem, updateSettings, validateSettings, watchSettings } from '../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

const UNIT = { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'STTTT'] };

describe('settings', () => {
  it('starts with the defaults', async () => {
    expect(await getSettings()).toEqual({ unit: null, language: 'vi' });
  });

  it('saves a unit and a language, merged into what is stored', async () => {
    await updateSettings({ unit: UNIT });
    expect(await updateSettings({ language: 'en' })).toEqual({ unit: UNIT, language: 'en' });
    expect(await getSettings()).toEqual({ unit: UNIT, language: 'en' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { unit: UNIT, language: 'en' } });
    // No version is written for version 1: WXT reads a missing version as 1 when migrations come.
    expect(await settingsItem.getMeta()).toEqual({});
  });

  it('rejects an invalid change and keeps what was stored', async () => {
    await updateSettings({ unit: UNIT });
    await expect(updateSettings({ unit: { name: '  ', aliases: [] } })).rejects.toThrow();
    await expect(updateSettings({ language: 'fr' as 'vi' })).rejects.toThrow();
    expect(await getSettings()).toEqual({ unit: UNIT, language: 'vi' });
  });

  it('trims the unit and drops blank aliases', () => {
    expect(parseSettings({ unit: { name: ' Sở Y tế ', aliases: [' SYT ', ''] }, language: 'vi' })).toEqual({
      unit: { name: 'Sở Y tế', aliases: ['SYT'] },
      language: 'vi',
    });
  });

  it('keeps only the known fields', () => {
    expect(validateSettings({ unit: { name: 'Sở Y tế', aliases: [], extra: 1 }, language: 'en', theme: 'dark' })).toEqual({
      unit: { name: 'Sở Y tế', aliases: [] },
      language: 'en',
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
    expect(seen).toEqual([{ unit: UNIT, language: 'vi' }, DEFAULT_SETTINGS]);
  });
});
