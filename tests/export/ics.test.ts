import { afterEach, describe, expect, it } from 'vitest';
import { updateTask, type NhacViecDatabase } from '../../lib/db';
import { alarmTriggers } from '../../lib/export/alarm-ladder';
import { DEFAULT_REMINDER_SETTINGS } from '../../lib/reminders/reminder-settings';
import { loadExportItems } from '../../lib/export/export-items';
import { buildIcs } from '../../lib/export/ics';
import { foldLine, unfoldLines } from '../../lib/export/ics-lines';
import { parseIcs } from './ics-parse';
import { LONG_TITLE, NOW, seedTasks } from './fixtures';

let db: NhacViecDatabase;
afterEach(() => db?.close());

const HOUR = 3600;
const DAY = 24 * HOUR;
const EXPORTED = Date.UTC(2026, 0, 6, 2);

describe('alarmTriggers', () => {
  it.each([
    // All day: 08:00 on each day of the ladder, counted from the start of the due day.
    ['2026-01-15', null, [{ minutes: -7 * 1440 + 480 }, { minutes: -3 * 1440 + 480 }, { minutes: -1440 + 480 }, { minutes: 480 }]],
    // 17:00 in Vietnam: 08:00 on each day is 9 hours before that day's 17:00; then the deadline itself (10:00 UTC).
    ['2026-01-16', '17:00', [{ minutes: -(7 * 1440 + 540) }, { minutes: -(3 * 1440 + 540) }, { minutes: -(1440 + 540) }, { minutes: -540 }, { at: Date.UTC(2026, 0, 16, 10) }]],
    // 07:00: the on-day alarm would come after the deadline, so it rings at the deadline (00:00 UTC).
    ['2026-01-16', '07:00', [{ minutes: -(7 * 1440 - 60) }, { minutes: -(3 * 1440 - 60) }, { minutes: -(1440 - 60) }, { at: Date.UTC(2026, 0, 16, 0) }]],
  ] as const)('%s %s', (due, time, expected) => {
    expect(alarmTriggers(due, time, DEFAULT_REMINDER_SETTINGS)).toEqual(expected);
  });

  it('writes a zero offset as an instant, and leaves out the on-day alarm when the ladder has none', () => {
    expect(alarmTriggers('2026-01-15', null, { days: [1], time: '00:00', onDay: true, workingDays: false })).toEqual([
      { minutes: -1440 },
      { at: Date.UTC(2026, 0, 14, 17) },
    ]);
    expect(alarmTriggers('2026-01-15', null, { days: [5, 2], time: '09:30', onDay: false, workingDays: false })).toEqual([
      { minutes: -5 * 1440 + 570 },
      { minutes: -2 * 1440 + 570 },
    ]);
  });

  it('counts working days as the reminders do: one working day before Monday 19/01/2026 is Friday', () => {
    expect(alarmTriggers('2026-01-19', null, { days: [1], time: '08:00', onDay: false, workingDays: true })).toEqual([{ minutes: -3 * 1440 + 480 }]);
  });
});

describe('foldLine', () => {
  it('folds by octets, never inside a character, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Ưu tiên xử lý văn bản đến — ĐẢNG ỦY 😀 '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(4);
    parts.forEach((part, i) => {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    });
    expect(unfoldLines(folded)).toEqual([line]);
    expect(foldLine('DTSTART:20260115T100000Z')).toBe('DTSTART:20260115T100000Z');
  });
});

describe('buildIcs', () => {
  it('writes events that parse back with every field: all-day DATE, timed DATE-TIME, alarms, no undated task', async () => {
    const seeded = await seedTasks();
    db = seeded.db;
    const items = await loadExportItems(db);
    const { text, count, skipped } = buildIcs(items, { component: 'VEVENT', now: EXPORTED, language: 'vi' });
    expect([count, skipped]).toEqual([3, 1]);
    const { calendar, entries } = parseIcs(text);
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Nhac Viec');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    expect(entries.map((e) => e.summary)).toEqual([LONG_TITLE, 'Gửi báo cáo về Văn phòng', '=HYPERLINK("http://x")']);

    const [long, timed, done] = entries as [typeof entries[0], typeof entries[0], typeof entries[0]];
    expect(long).toMatchObject({ type: 'vevent', when: '2026-01-15', isDate: true, end: '2026-01-16', status: 'CONFIRMED' });
    expect(long.triggers).toEqual([-7 * DAY + 8 * HOUR, -3 * DAY + 8 * HOUR, -DAY + 8 * HOUR, 8 * HOUR]);
    expect(long.related).toEqual([null, null, null, null]);
    expect(long.description.split('\n')).toEqual([
      'Văn bản: Công văn 45/UBND-KT, 05/01/2026, Ủy ban nhân dân tỉnh Lạng Sơn',
      'Trích yếu: triển khai nhiệm vụ',
      'Chủ trì: Sở Thông tin và Truyền thông',
      'Phối hợp: Sở Y tế',
      'Hạn: trước ngày 15/01/2026',
      'Câu gốc: Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Y tế triển khai trước ngày 15/01/2026.',
      'Trang đã đọc: https://example.gov.vn/van-ban/45',
    ]);
    // 17:00 in Ho Chi Minh City is 10:00 UTC; no end: a deadline takes no time.
    expect(timed).toMatchObject({ when: '2026-01-16T10:00:00.000Z', isDate: false, end: null });
    expect(timed.triggers).toEqual([-(7 * DAY + 9 * HOUR), -(3 * DAY + 9 * HOUR), -(DAY + 9 * HOUR), -9 * HOUR, '2026-01-16T10:00:00.000Z']);
    // Done: still in the calendar, without alarms; the implied date is marked as such.
    expect(done).toMatchObject({ when: '2026-01-20', triggers: [] });
    expect(done.description).toContain('Hạn: trước ngày 20/01/2026 (suy ra)');
  });

  it('keeps every line within 75 octets and ends each with CRLF', async () => {
    db = (await seedTasks()).db;
    const { text } = buildIcs(await loadExportItems(db), { component: 'VTODO', now: EXPORTED, language: 'vi' });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(/[^\r]\n|\r[^\n]/u.test(text)).toBe(false);
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75);
    // The long Vietnamese summary really was folded (ics alone folds it by characters, at 75 of them).
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
  });

  it('writes to-dos: DUE instead of DTSTART, alarms related to the due time, done ones COMPLETED, undated ones without DUE', async () => {
    const seeded = await seedTasks();
    db = seeded.db;
    const { text, count, skipped } = buildIcs(await loadExportItems(db), { component: 'VTODO', now: EXPORTED, language: 'en' });
    expect([count, skipped]).toEqual([4, 0]);
    expect(text).not.toMatch(/VEVENT|DTSTART|DTEND|TRANSP/u);
    const { entries } = parseIcs(text);
    expect(entries.map((e) => [e.type, e.summary, e.when, e.status])).toEqual([
      ['vtodo', LONG_TITLE, '2026-01-15', 'NEEDS-ACTION'],
      ['vtodo', 'Gửi báo cáo về Văn phòng', '2026-01-16T10:00:00.000Z', 'NEEDS-ACTION'],
      ['vtodo', '=HYPERLINK("http://x")', '2026-01-20', 'COMPLETED'],
      ['vtodo', 'Tổ chức tuyên truyền', null, 'NEEDS-ACTION'],
    ]);
    expect(entries[0]!.related).toEqual(['END', 'END', 'END', 'END']);
    expect(entries[0]!.triggers).toEqual([-7 * DAY + 8 * HOUR, -3 * DAY + 8 * HOUR, -DAY + 8 * HOUR, 8 * HOUR]);
    expect(entries[2]!.completed).toBe(new Date(NOW + 3_600_000).toISOString());
    expect(entries[3]!.triggers).toEqual([]);
    expect(entries[0]!.description.split('\n')[2]).toBe('Lead: Sở Thông tin và Truyền thông');
  });

  it('keeps each task\'s UID through edits and a second export, distinct between tasks', async () => {
    const seeded = await seedTasks();
    db = seeded.db;
    const first = parseIcs(buildIcs(await loadExportItems(db), { component: 'VTODO', now: EXPORTED, language: 'vi' }).text).entries;
    await updateTask(db, seeded.ids.long, { title: 'Tiêu đề đã sửa', due: '2026-02-01', dueTime: '09:00' }, NOW + 5000);
    const second = parseIcs(buildIcs(await loadExportItems(db), { component: 'VTODO', now: EXPORTED + 1, language: 'vi' }).text).entries;
    expect(new Set(first.map((e) => e.uid)).size).toBe(4);
    const edited = second.find((e) => e.summary === 'Tiêu đề đã sửa')!;
    expect(edited.uid).toBe(first.find((e) => e.summary === LONG_TITLE)!.uid);
    expect(edited.when).toBe('2026-02-01T02:00:00.000Z');
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    // Chosen tasks only: the same UIDs as in the full export.
    const chosen = await loadExportItems(db, [seeded.ids.timed, 999]);
    expect(chosen.map((i) => i.uid)).toEqual([first.find((e) => e.summary === 'Gửi báo cáo về Văn phòng')!.uid]);
  });

  it('follows the user\'s reminder settings and each task\'s own ladder', async () => {
    const seeded = await seedTasks();
    db = seeded.db;
    await db.tasks.update(seeded.ids.long, { reminder: { days: [2] } });
    await db.tasks.update(seeded.ids.timed, { reminder: { off: true } });
    const reminders = { ...DEFAULT_REMINDER_SETTINGS, days: [10], time: '07:30', onDay: false };
    const { entries } = parseIcs(buildIcs(await loadExportItems(db), { component: 'VEVENT', now: EXPORTED, language: 'vi', reminders }).text);
    expect(entries.map((e) => [e.summary, e.triggers])).toEqual([
      [LONG_TITLE, [-2 * DAY + 7.5 * HOUR]],
      ['Gửi báo cáo về Văn phòng', []],
      ['=HYPERLINK("http://x")', []],
    ]);
    const off = buildIcs(await loadExportItems(db), { component: 'VEVENT', now: EXPORTED, language: 'vi', reminders: { ...reminders, enabled: false } });
    expect(parseIcs(off.text).entries.every((e) => e.triggers.length === 0)).toBe(true);
  });

  it('writes a recurring duty with its rule, and an empty calendar when nothing is chosen', async () => {
    const seeded = await seedTasks();
    db = seeded.db;
    await db.tasks.update(seeded.ids.long, { recurrence: 'quarterly' });
    const { entries } = parseIcs(buildIcs(await loadExportItems(db, [seeded.ids.long]), { component: 'VEVENT', now: EXPORTED, language: 'vi' }).text);
    expect(entries.map((e) => e.rrule)).toEqual(['FREQ=MONTHLY;INTERVAL=3']);
    await db.tasks.update(seeded.ids.long, { recurrence: 'half-yearly' });
    const halves = parseIcs(buildIcs(await loadExportItems(db, [seeded.ids.long]), { component: 'VEVENT', now: EXPORTED, language: 'vi' }).text).entries;
    expect(halves.map((e) => e.rrule)).toEqual(['FREQ=MONTHLY;INTERVAL=6']);
    const empty = buildIcs([], { component: 'VEVENT', now: EXPORTED, language: 'vi' });
    expect(empty.count).toBe(0);
    expect(parseIcs(empty.text).entries).toEqual([]);
  });
});
