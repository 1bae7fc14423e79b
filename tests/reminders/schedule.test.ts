import { describe, expect, it } from 'vitest';
import { effectiveSettings, nextReminder, remindersBetween } from '../../lib/reminders/schedule';
import { at, BERLIN, HCM, NEW_YORK, settings, show, task } from './fixtures';

const NOV = at('2026-11-01T00:00+07:00');
const JAN = at('2027-01-01T00:00+07:00');

describe('the reminder ladder (Asia/Ho_Chi_Minh, UTC+7 all year)', () => {
  it('reminds 7, 3 and 1 days before at 08:00, on the day, then daily while overdue', () => {
    const list = remindersBetween(task(), settings(), NOV, at('2026-12-13T00:00+07:00'), HCM);
    // 08:00 in Hồ Chí Minh City is 01:00 UTC.
    expect(show(list)).toEqual([
      '2026-12-03T01:00 before',
      '2026-12-07T01:00 before',
      '2026-12-09T01:00 before',
      '2026-12-10T01:00 on-day',
      '2026-12-11T01:00 overdue',
      '2026-12-12T01:00 overdue',
    ]);
  });

  it('takes the window as (from, to]: a reminder exactly at `from` was already given', () => {
    const list = remindersBetween(task(), settings(), at('2026-12-03T08:00+07:00'), at('2026-12-07T08:00+07:00'), HCM);
    expect(show(list)).toEqual(['2026-12-07T01:00 before']);
  });

  it('follows the ladder, time and switches of the settings', () => {
    const s = settings({ days: [14, 2], time: '13:30', onDay: false, overdueDaily: false });
    expect(show(remindersBetween(task(), s, NOV, JAN, HCM))).toEqual(['2026-11-26T06:30 before', '2026-12-08T06:30 before']);
  });

  it('gives nothing for a done task, an undated one, or with reminders off', () => {
    expect(remindersBetween(task({ done: 1 }), settings(), NOV, JAN, HCM)).toEqual([]);
    expect(remindersBetween(task({ due: null }), settings(), NOV, JAN, HCM)).toEqual([]);
    expect(remindersBetween(task(), settings({ enabled: false }), NOV, JAN, HCM)).toEqual([]);
  });

  it('owes nothing from before the task existed', () => {
    const late = task({ createdAt: at('2026-12-08T10:00+07:00') });
    expect(show(remindersBetween(late, settings({ overdueDaily: false }), NOV, JAN, HCM))).toEqual(['2026-12-09T01:00 before', '2026-12-10T01:00 on-day']);
  });

  it('lets a task override the ladder, or silence itself', () => {
    const own = task({ reminder: { days: [2], overdueDaily: false } });
    expect(show(remindersBetween(own, settings(), NOV, JAN, HCM))).toEqual(['2026-12-08T01:00 before', '2026-12-10T01:00 on-day']);
    expect(remindersBetween(task({ reminder: { off: true } }), settings(), NOV, JAN, HCM)).toEqual([]);
    expect(effectiveSettings(settings(), { days: [1, 5] }).days).toEqual([5, 1]);
  });

  it('reminds a timed deadline in the morning and at its time; an early one at its time only', () => {
    const s = settings({ days: [], overdueDaily: false });
    expect(show(remindersBetween(task({ dueTime: '16:30' }), s, NOV, JAN, HCM))).toEqual(['2026-12-10T01:00 on-day', '2026-12-10T09:30 at-time']);
    expect(show(remindersBetween(task({ dueTime: '07:15' }), s, NOV, JAN, HCM))).toEqual(['2026-12-10T00:15 on-day']);
  });
});

describe('working days', () => {
  // Tết Đinh Mùi: 05–11/02/2027 off (30 Tết to mùng 4, plus two days for the weekend), 12/02 a working Friday.
  const tet = task({ due: '2027-02-15', createdAt: at('2027-01-01T00:00+07:00') });
  const window = [at('2027-01-01T00:00+07:00'), at('2027-02-24T00:00+07:00')] as const;

  it('counts the ladder in working days, skipping weekends and Tết', () => {
    const list = remindersBetween(tet, settings({ workingDays: true, overdueDaily: false }), ...window, HCM);
    expect(show(list)).toEqual(['2027-01-28T01:00 before', '2027-02-03T01:00 before', '2027-02-12T01:00 before', '2027-02-15T01:00 on-day']);
  });

  it('counts calendar days when asked, landing on holidays as they fall', () => {
    const list = remindersBetween(tet, settings({ overdueDaily: false }), ...window, HCM);
    expect(show(list)).toEqual(['2027-02-08T01:00 before', '2027-02-12T01:00 before', '2027-02-14T01:00 before', '2027-02-15T01:00 on-day']);
  });

  it('reminds an overdue task on working days only', () => {
    const due = task({ due: '2026-12-17' }); // a Thursday
    const list = remindersBetween(due, settings({ workingDays: true, days: [], onDay: false }), NOV, at('2026-12-23T00:00+07:00'), HCM);
    expect(show(list)).toEqual(['2026-12-18T01:00 overdue', '2026-12-21T01:00 overdue', '2026-12-22T01:00 overdue']);
  });
});

describe('quiet hours', () => {
  it('moves a reminder inside them to their end', () => {
    const s = settings({ time: '22:30', days: [1], onDay: false, overdueDaily: false });
    // 22:30 on the 9th is quiet (21:00–07:00): the reminder comes at 07:00 on the 10th.
    expect(show(remindersBetween(task(), s, NOV, JAN, HCM))).toEqual(['2026-12-10T00:00 before']);
    expect(show(remindersBetween(task(), { ...s, quietHours: null }, NOV, JAN, HCM))).toEqual(['2026-12-09T15:30 before']);
  });

  it('handles quiet hours that do not cross midnight', () => {
    const s = settings({ time: '12:15', days: [1], onDay: false, overdueDaily: false, quietHours: { start: '12:00', end: '13:30' } });
    expect(show(remindersBetween(task(), s, NOV, JAN, HCM))).toEqual(['2026-12-09T06:30 before']);
  });

  it('moves a snooze into the quiet hours to the morning', () => {
    const snoozed = task({ snoozedUntil: at('2026-12-04T23:00+07:00') });
    const list = remindersBetween(snoozed, settings(), at('2026-12-04T20:00+07:00'), at('2026-12-05T12:00+07:00'), HCM);
    expect(show(list)).toEqual(['2026-12-05T00:00 snooze']);
  });
});

describe('snooze', () => {
  it('replaces the reminders before it, then the ladder goes on', () => {
    const snoozed = task({ snoozedUntil: at('2026-12-08T09:00+07:00') });
    const list = remindersBetween(snoozed, settings(), at('2026-12-03T09:00+07:00'), at('2026-12-11T00:00+07:00'), HCM);
    // The reminder of the 7th falls before the snooze and is dropped.
    expect(show(list)).toEqual(['2026-12-08T02:00 snooze', '2026-12-09T01:00 before', '2026-12-10T01:00 on-day']);
  });

  it('works for a task without a date', () => {
    const snoozed = task({ due: null, snoozedUntil: at('2026-12-08T09:00+07:00') });
    expect(show(remindersBetween(snoozed, settings(), NOV, JAN, HCM))).toEqual(['2026-12-08T02:00 snooze']);
  });
});

describe('time zones', () => {
  it('keeps 08:00 local across the spring change in Europe/Berlin', () => {
    const t = task({ due: '2026-03-31', createdAt: at('2026-03-01T00:00Z') });
    const list = remindersBetween(t, settings({ overdueDaily: false }), at('2026-03-01T00:00Z'), at('2026-04-02T00:00Z'), BERLIN);
    // CET (UTC+1) until 29/03 02:00, then CEST (UTC+2).
    expect(show(list)).toEqual(['2026-03-24T07:00 before', '2026-03-28T07:00 before', '2026-03-30T06:00 before', '2026-03-31T06:00 on-day']);
  });

  it('keeps 08:00 local across the autumn change in America/New_York', () => {
    const t = task({ due: '2026-11-02', createdAt: at('2026-10-01T00:00Z') });
    const list = remindersBetween(t, settings({ days: [3, 1], overdueDaily: false }), at('2026-10-01T00:00Z'), at('2026-11-03T00:00Z'), NEW_YORK);
    // EDT (UTC−4) until 01/11 02:00, then EST (UTC−5).
    expect(show(list)).toEqual(['2026-10-30T12:00 before', '2026-11-01T13:00 before', '2026-11-02T13:00 on-day']);
  });

  it('puts a time skipped by the spring change just after the jump', () => {
    const s = settings({ time: '02:30', days: [], overdueDaily: false, quietHours: null });
    const list = remindersBetween(task({ due: '2026-03-29', createdAt: 0 }), s, 0, at('2026-04-01T00:00Z'), BERLIN);
    expect(show(list)).toEqual(['2026-03-29T01:30 on-day']); // 03:30 CEST
  });

  it('is the same instant list whatever zone the machine runs in', () => {
    // Only the zone passed in counts: Hồ Chí Minh's 08:00 is 01:00 UTC, Berlin's in December 07:00 UTC.
    expect(show(remindersBetween(task({ dueTime: null }), settings({ days: [], overdueDaily: false }), NOV, JAN, BERLIN))).toEqual(['2026-12-10T07:00 on-day']);
  });
});

describe('nextReminder', () => {
  it('gives the next step of the ladder from a fixed clock', () => {
    expect(show([nextReminder(task(), settings(), at('2026-12-05T12:00+07:00'), HCM)!])).toEqual(['2026-12-07T01:00 before']);
    expect(show([nextReminder(task(), settings(), NOV, HCM)!])).toEqual(['2026-12-03T01:00 before']);
  });

  it('gives tomorrow morning for a long overdue task, and none once the ladder is over without overdue reminders', () => {
    const now = at('2027-06-15T09:00+07:00');
    expect(show([nextReminder(task(), settings(), now, HCM)!])).toEqual(['2027-06-16T01:00 overdue']);
    expect(nextReminder(task(), settings({ overdueDaily: false }), now, HCM)).toBeNull();
  });

  it('finds a ladder step months ahead', () => {
    const far = task({ due: '2027-09-30' });
    expect(show([nextReminder(far, settings({ days: [60] }), NOV, HCM)!])).toEqual(['2027-08-01T01:00 before']);
  });

  it('finds the first overdue reminder of a task due months ahead with no ladder', () => {
    const far = task({ due: '2027-09-30' });
    expect(show([nextReminder(far, settings({ days: [], onDay: false }), NOV, HCM)!])).toEqual(['2027-10-01T01:00 overdue']);
  });

  it('finds a snooze further than the usual look-ahead', () => {
    const snoozed = task({ due: null, snoozedUntil: at('2027-12-01T09:00+07:00') });
    expect(show([nextReminder(snoozed, settings(), NOV, HCM)!])).toEqual(['2027-12-01T02:00 snooze']);
  });

  it('skips the weekend for an overdue task counted in working days', () => {
    const friday = at('2026-12-18T09:00+07:00');
    expect(show([nextReminder(task({ due: '2026-12-17' }), settings({ workingDays: true }), friday, HCM)!])).toEqual(['2026-12-21T01:00 overdue']);
  });
});
