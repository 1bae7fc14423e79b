import { describe, expect, it } from 'vitest';
import { buildRecords, saveCapture } from '../../lib/db';
import { snoozeTask, snoozeTime } from '../../lib/reminders/snooze';
import { extraction, freshDatabase, NOW, TEXT } from '../db/fixtures';
import { at, BERLIN, HCM, settings } from './fixtures';

describe('snoozeTime ("Nhắc lại")', () => {
  // Friday 04/12/2026, 16:20 in Hồ Chí Minh City.
  const friday = at('2026-12-04T16:20+07:00');

  it.each([
    ['hour', '2026-12-04T17:20+07:00'],
    ['morning', '2026-12-05T08:00+07:00'],
    ['week', '2026-12-07T08:00+07:00'],
  ] as const)('%s → %s', (choice, expected) => {
    expect(snoozeTime(choice, friday, settings(), HCM)).toBe(at(expected));
  });

  it('takes next Monday from a Monday, and the reminder time of the settings', () => {
    const monday = at('2026-12-07T09:00+07:00');
    expect(snoozeTime('week', monday, settings({ time: '07:30' }), HCM)).toBe(at('2026-12-14T07:30+07:00'));
    expect(snoozeTime('morning', at('2026-03-28T20:00+01:00'), settings(), BERLIN)).toBe(at('2026-03-29T08:00+02:00'));
  });

  it('writes and clears a snooze, validated', async () => {
    const db = freshDatabase();
    const saved = await saveCapture(db, buildRecords(extraction(), { url: null, pageTitle: null, text: TEXT, now: NOW }));
    if (!saved.created) throw new Error('not saved');
    const id = saved.taskIds[0]!;
    expect(await snoozeTask(db, id, NOW + 3_600_000, NOW)).toBe(true);
    expect(await db.tasks.get(id)).toMatchObject({ snoozedUntil: NOW + 3_600_000, updatedAt: NOW });
    expect(await snoozeTask(db, id, null, NOW + 1)).toBe(true);
    expect((await db.tasks.get(id))!.snoozedUntil).toBeNull();
    expect(await snoozeTask(db, 999, NOW, NOW)).toBe(false);
    await expect(snoozeTask(db, id, 'soon' as unknown as number, NOW)).rejects.toThrow();
  });
});
