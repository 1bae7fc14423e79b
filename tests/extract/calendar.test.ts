import { describe, expect, it } from 'vitest';
import {
  addCalendarDaysRolling,
  addDays,
  addMonthsRolling,
  addWorkingDays,
  holidaysOf,
  isWorkingDay,
  lunarNewYear,
  lunarToSolar,
  makeUpWorkdaysOf,
  statutoryHolidaysOf,
  weekdayOf,
} from '../../lib/extract/calendar';

describe('lunar calendar (Vietnamese, UTC+7)', () => {
  it.each([
    [1985, '1985-01-21'], // Vietnam; China had 20/02/1985
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('Tết %i falls on %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
  });

  it.each([
    [2025, 3, 10, '2025-04-07'], // Giỗ Tổ 2025, a Monday
    [2026, 3, 10, '2026-04-26'], // Giỗ Tổ 2026, a Sunday
    [2026, 1, 15, '2026-03-03'], // rằm tháng Giêng
    [2025, 12, 23, '2026-02-10'], // ông Công ông Táo, lunar year 2025
  ])('lunar %i-%i-%i is %s', (year, month, day, expected) => {
    expect(lunarToSolar(year, month, day)).toBe(expected);
  });

  it('reads leap months and rejects days a lunar month does not have', () => {
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25'); // 2025 has a leap 6th month
    expect(() => lunarToSolar(2026, 6, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 2, 30)).toThrow(RangeError); // 2nd month of 2025 has 29 days
    expect(lunarToSolar(2025, 1, 30)).toBe('2025-02-27');
  });

  it('caches: a second call does not recompute', () => {
    lunarToSolar(2031, 3, 10);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) lunarToSolar(2031, 3, 10);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('years the lunar calendar does not cover', () => {
  it('keeps the solar holidays and leaves out Tết and Giỗ Tổ, without throwing', () => {
    expect(statutoryHolidaysOf(9999).map((d) => d.name)).not.toContain('Tết Nguyên đán');
    expect(statutoryHolidaysOf(9999).map((d) => d.date)).toContain('9999-09-02');
    expect(statutoryHolidaysOf(2199).map((d) => d.name)).toContain('Tết Nguyên đán');
  });
});

describe('public holidays', () => {
  it.each([
    ['2025-01-01', false], // Tết Dương lịch
    ['2025-01-27', false], // Tết Ất Tỵ, 27–31/01
    ['2025-01-31', false],
    ['2025-02-03', true],
    ['2025-04-07', false], // Giỗ Tổ
    ['2025-04-26', true], // Saturday worked in exchange for 02/05
    ['2025-05-02', false],
    ['2025-09-01', false],
    ['2025-09-02', false],
    ['2025-10-11', false], // a plain Saturday
    ['2025-10-13', true],
    ['2026-02-16', false], // Tết Bính Ngọ, 16–20/02
    ['2026-02-17', false],
    ['2026-02-23', true],
    ['2026-04-27', false], // nghỉ bù: Giỗ Tổ fell on Sunday 26/04
    ['2026-04-28', true],
    ['2026-04-30', false],
    ['2026-05-01', false],
    ['2026-11-24', false], // Ngày Văn hóa Việt Nam from 2026
  ])('%s is a working day: %s', (iso, expected) => {
    expect(isWorkingDay(iso)).toBe(expected);
  });

  it('lists the announced 2026 days off, weekends included', () => {
    const days = holidaysOf(2026);
    expect(days).toEqual([...days].sort());
    expect(days).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-17', '2026-04-26', '2026-04-27', '2026-09-02', '2026-11-24']));
    expect(makeUpWorkdaysOf(2025)).toEqual(['2025-04-26']);
  });

  it('derives nghỉ bù by rule when a year has no announced schedule', () => {
    const rule2026 = statutoryHolidaysOf(2026).map((d) => d.date);
    expect(rule2026).toEqual(expect.arrayContaining(['2026-04-26', '2026-04-27', '2026-02-16', '2026-02-20', '2026-11-24']));
    const y2027 = holidaysOf(2027);
    expect(y2027).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-05', '2027-02-06', '2027-04-16', '2027-04-30', '2027-05-01', '2027-05-03', '2027-09-02', '2027-11-24']));
    expect(holidaysOf(2024)).not.toContain('2024-11-24'); // 24/11 only from 01/07/2026
    expect(holidaysOf(1985)).toContain('1985-01-21');
  });
});

describe('counting days', () => {
  it.each([
    ['2025-10-06', 5, '2025-10-13'], // Mon → next Mon
    ['2026-02-12', 5, '2026-02-26'], // across Tết Bính Ngọ (14–22/02 off)
    ['2025-01-24', 1, '2025-02-03'], // across Tết Ất Tỵ
    ['2025-04-25', 1, '2025-04-26'], // the make-up Saturday counts
    ['2026-04-24', 1, '2026-04-28'], // over the Giỗ Tổ nghỉ bù
    ['2025-10-06', 0, '2025-10-06'],
  ])('%s + %i working days = %s', (iso, n, expected) => {
    expect(addWorkingDays(iso, n)).toBe(expected);
  });

  it.each([
    ['2025-10-08', 10, '2025-10-20'], // ends Sat 18/10 → Mon 20/10 (BLDS art. 148)
    ['2025-10-06', 10, '2025-10-16'],
    ['2026-04-16', 10, '2026-04-28'], // ends Sun 26/04, Mon 27/04 is off too
    ['2025-12-30', 2, '2026-01-05'], // 01/01 and the swapped 02/01, then the weekend
  ])('%s + %i calendar days (rolling) = %s', (iso, n, expected) => {
    expect(addCalendarDaysRolling(iso, n)).toBe(expected);
  });

  it('adds months, a missing day becoming the month end, then rolls to a working day', () => {
    expect(addMonthsRolling('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsRolling('2025-08-30', 1)).toBe('2025-09-30');
  });

  it('counts long runs of working days as a walk asking isWorkingDay of each day would', () => {
    // The count runs on day numbers; the walk by ISO strings is the definition it must match,
    // across year ends, Tết, announced swaps and make-up Saturdays.
    const walk = (iso: string, n: number) => {
      let day = iso;
      for (let left = n; left > 0; ) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) left--;
      }
      return day;
    };
    for (const iso of ['2019-12-20', '2024-12-31', '2025-01-24', '2025-04-25', '2026-02-12', '2030-06-15', '2099-11-30']) {
      for (const n of [1, 2, 7, 22, 60, 250, 999]) expect(addWorkingDays(iso, n), `${iso} + ${n}`).toBe(walk(iso, n));
    }
    expect(addWorkingDays('2025-12-31', 250)).toBe(walk('2025-12-31', 250));
    // Past 9999-12-31 a day has no ISO form: an error, as before.
    expect(() => addWorkingDays('9999-12-20', 30)).toThrow(RangeError);
  });

  it('rejects nonsense', () => {
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-10-06', -1)).toThrow(RangeError);
    expect(() => addCalendarDaysRolling('2025-10-06', 1e9)).toThrow(RangeError);
  });

  it('does not depend on the local time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = tz;
        expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
        expect(weekdayOf('2026-04-26')).toBe(0);
        expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
