import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { NhacViecDatabase } from '../../lib/db';
import { buildCsv } from '../../lib/export/csv';
import { loadExportItems } from '../../lib/export/export-items';
import { LONG_TITLE, seedTasks } from './fixtures';

let db: NhacViecDatabase;
afterEach(() => db?.close());

/** Parses with csv-parse, strictly: RFC 4180 quoting, every row as wide as the header. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

describe('formula cells', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+84 912', "'+84 912"],
    ['-trước ngày', "'-trước ngày"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=A1\n+cmd', "'=A1\n+cmd"],
    ['Sở Y tế', 'Sở Y tế'],
    ['45/UBND-KT', '45/UBND-KT'],
    ['', ''],
  ])('%j is written as %j', async (title, expected) => {
    db = (await seedTasks()).db;
    const [id] = await db.tasks.toCollection().primaryKeys();
    await db.tasks.update(id!, { title, source: title });
    const rows = parseCsv(buildCsv(await loadExportItems(db, [id!]), 'vi'));
    expect([rows[1]![4], rows[1]![12]]).toEqual([expected, expected]);
  });
});

describe('buildCsv', () => {
  it('starts with a BOM, uses CRLF, and parses back to every task with Vietnamese headers', async () => {
    db = (await seedTasks()).db;
    const text = buildCsv(await loadExportItems(db), 'vi');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(text).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'Số ký hiệu', 'Ngày văn bản', 'Cơ quan ban hành', 'Trích yếu', 'Việc cần làm', 'Chủ trì', 'Phối hợp', 'Hạn', 'Giờ',
      'Hạn ghi trong văn bản', 'Trạng thái', 'Ngày hoàn thành', 'Câu gốc',
    ]);
    expect(rows).toHaveLength(5);
    const byTask = new Map(rows.slice(1).map((r) => [r[4], r]));
    expect(byTask.get(LONG_TITLE)).toEqual([
      '45/UBND-KT', '05/01/2026', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'triển khai nhiệm vụ', LONG_TITLE, 'Sở Thông tin và Truyền thông',
      'Sở Y tế', '15/01/2026', '', 'trước ngày 15/01/2026', 'Chưa xong', '',
      'Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Y tế triển khai trước ngày 15/01/2026.',
    ]);
    expect(byTask.get('Gửi báo cáo về Văn phòng')!.slice(7, 9)).toEqual(['16/01/2026', '17:00']);
    // A title and an assignee a spreadsheet would run as formulas are shown as text.
    const formula = byTask.get("'=HYPERLINK(\"http://x\")")!;
    expect(formula.slice(5, 8)).toEqual(["'+Phòng Tổ chức", 'Sở Y tế', '20/01/2026']);
    expect(formula.slice(10, 12)).toEqual(['Đã xong', '05/01/2026']);
    expect(byTask.get('Tổ chức tuyên truyền')!.slice(5, 8)).toEqual(['Các sở, ban, ngành', '', '']);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', async () => {
    const seeded = await seedTasks();
    db = seeded.db;
    await db.tasks.update(seeded.ids.timed, { source: 'Dòng một,\r\ndòng "hai"' });
    const text = buildCsv(await loadExportItems(db, [seeded.ids.timed]), 'vi');
    expect(text).toContain('"Dòng một,\r\ndòng ""hai"""');
    expect(parseCsv(text)[1]![12]).toBe('Dòng một,\r\ndòng "hai"');
  });

  it('writes English headers, ISO dates and statuses in English', async () => {
    db = (await seedTasks()).db;
    const rows = parseCsv(buildCsv(await loadExportItems(db), 'en'));
    expect(rows[0]!.slice(0, 5)).toEqual(['Document number', 'Document date', 'Issued by', 'Subject', 'Task']);
    expect(rows[1]!.slice(7, 11)).toEqual(['2026-01-15', '', 'trước ngày 15/01/2026', 'Open']);
  });

  it('writes only the header for no task', () => {
    expect(parseCsv(buildCsv([], 'vi'))).toHaveLength(1);
  });
});
