// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../../lib/extract';
import { makeTablePdf, type TablePdfOptions } from '../../../lib/fixtures/table-pdf';
import { readDirectiveFile } from '../../../lib/read/files/read-file';

const BEFORE = ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'Số: 45/KH-UBND', 'Lạng Sơn, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nhiệm vụ sau:'];
const AFTER = ['Các sở, ngành báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12/2026.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'];
// Widths leave the cells' texts about 11 pt apart: less than the gap that splits a header's columns.
const WIDTHS = [40, 300, 150, 150, 120];
const HEADINGS = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan\nchủ trì', 'Cơ quan\nphối hợp', 'Thời gian\nhoàn thành'];
const ROWS: string[][] = [
  ['1', 'Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với cơ sở dữ liệu quốc gia về dân cư và các hệ thống thông tin của bộ, ngành', 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành; UBND các xã, phường', 'Quý II/2026'],
  ['2', 'Số hóa hồ sơ lưu trữ', 'Sở Nội vụ', '', 'Tháng 9/2026'],
  ['3', 'Tập huấn kỹ năng số cho cán bộ, công chức, viên chức cấp xã', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Trước ngày 30/6/2026'],
];
const EXPECTED = [
  ['Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với cơ sở…', ['Sở Khoa học và Công nghệ'], ['Các sở, ban, ngành', 'UBND các xã, phường'], '2026-06-30'],
  ['Số hóa hồ sơ lưu trữ', ['Sở Nội vụ'], [], '2026-09-30'],
  ['Tập huấn kỹ năng số cho cán bộ, công chức, viên chức cấp xã', ['Sở Nội vụ'], ['Sở Khoa học và Công nghệ'], '2026-06-30'],
];

async function read(options: Partial<TablePdfOptions>) {
  const bytes = await makeTablePdf({ before: BEFORE, widths: WIDTHS, headings: HEADINGS, rows: ROWS, after: AFTER, centre: [0], ...options });
  const result = await readDirectiveFile(bytes, 'ke-hoach.pdf');
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

const tasksOf = (text: string) => extractDirective(text).tasks.map((t) => [t.title, t.assignees, t.coordinators, t.deadline?.date]);

describe('a plan\'s table of duties in a PDF', () => {
  it('comes out a row a line, wrapped cells and headings joined, each row a task with its deadline', async () => {
    const text = await read({});
    expect(text).toContain('| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |');
    expect(text).toContain('| 2 | Số hóa hồ sơ lưu trữ | Sở Nội vụ |  | Tháng 9/2026 |');
    expect(tasksOf(text)).toEqual([
      ...EXPECTED,
      ['Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12/2026', ['Các sở, ngành'], [], '2026-12-15'],
    ]);
    expect(extractDirective(text).document.number).toBe('45/KH-UBND');
  });

  it('reads a row across the table as a section heading, not a duty', async () => {
    const text = await read({ rows: ['I. LĨNH VỰC HẠ TẦNG SỐ', ROWS[0]!, 'II. LĨNH VỰC NHÂN LỰC SỐ', ROWS[1]!, ROWS[2]!] });
    expect(text).toContain('I. LĨNH VỰC HẠ TẦNG SỐ');
    expect(tasksOf(text).slice(0, 3)).toEqual(EXPECTED);
  });

  it('tells rows apart by the gap between them when there is no "STT" column', async () => {
    const text = await read({ widths: WIDTHS.slice(1), headings: HEADINGS.slice(1), rows: ROWS.map((r) => r.slice(1)), centre: [] });
    expect(tasksOf(text).slice(0, 3)).toEqual(EXPECTED);
  });

  it('keeps a row whole when its number and short cells are centred in its height', async () => {
    const text = await read({ centre: [0, 2, 3, 4], middle: true });
    expect(tasksOf(text).slice(0, 3)).toEqual(EXPECTED);
  });

  it('without padding between rows: rows by their numbers, or a line each when every gap is alike', async () => {
    expect(tasksOf(await read({ padding: 0 })).slice(0, 3)).toEqual(EXPECTED);
    const single = [['Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Các sở', 'Tháng 3/2026'], ['Số hóa hồ sơ', 'Sở Nội vụ', '', 'Tháng 9/2026']];
    const text = await read({ padding: 0, widths: WIDTHS.slice(1), headings: HEADINGS.slice(1), rows: single, centre: [] });
    expect(tasksOf(text).slice(0, 2)).toEqual([
      ['Rà soát thủ tục hành chính', ['Sở Tư pháp'], ['Các sở'], '2026-03-31'],
      ['Số hóa hồ sơ', ['Sở Nội vụ'], [], '2026-09-30'],
    ]);
  });

  it('goes on over the next page without a repeated header', async () => {
    const text = await read({ rowsPerPage: 2 });
    expect(tasksOf(text).slice(0, 3)).toEqual(EXPECTED);
  });

  it('reads an appendix on its own: the table is the document', async () => {
    const text = await read({ before: ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ NĂM 2026'], after: [] });
    expect(tasksOf(text)).toEqual(EXPECTED);
  });

  it('leaves a table that hands out no duties as lines of text', async () => {
    const text = await read({
      widths: [40, 220, 200, 200],
      headings: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác'],
      rows: [['1', 'Nguyễn Văn An', 'Giám đốc', 'Sở Nội vụ'], ['2', 'Trần Thị Bình', 'Phó Giám đốc', 'Sở Tài chính']],
    });
    expect(text).not.toContain('|');
    expect(text).toContain('Nguyễn Văn An');
    expect(extractDirective(text).tasks.map((t) => t.tags.includes('table-row'))).toEqual([false]);
  });
});
