// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../../lib/extract';
import { docxHtmlToText } from '../../../lib/read/files/docx-html';
import { readDirectiveFile } from '../../../lib/read/files/read-file';
import { makeDocx } from '../../fixtures/docx';

describe('docxHtmlToText', () => {
  it('puts a paragraph, a list item and a line break on lines of their own, entities decoded', () => {
    const html = '<h1>KẾ HOẠCH</h1><p>Sở Tài chính &amp; Sở Nội vụ &lt;b&gt;</p><ul><li>Mục một</li><li>Mục hai</li></ul><p>Dòng một<br />Dòng hai</p>';
    expect(docxHtmlToText(html)).toBe('KẾ HOẠCH\nSở Tài chính & Sở Nội vụ <b>\nMục một\nMục hai\nDòng một\nDòng hai');
  });

  it('writes each table row as "|" cells, a cell\'s paragraphs joined on one line', () => {
    const html = '<p>Trước</p><table><tr><th><p>STT</p></th><th><p>Nội dung</p></th></tr><tr><td><p>1</p></td><td><p>Số hóa</p><p>hồ sơ</p></td></tr></table><p>Sau</p>';
    expect(docxHtmlToText(html)).toBe('Trước\n| STT | Nội dung |\n| 1 | Số hóa hồ sơ |\nSau');
  });

  it('keeps columns in place under a cell spanning columns, and repeats a cell spanning rows', () => {
    const html =
      '<table><tr><td colspan="2">Nhiệm vụ</td><td>Chủ trì</td></tr>' +
      '<tr><td>1</td><td>Rà soát</td><td rowspan="2">Sở Nội vụ</td></tr>' +
      '<tr><td>2</td><td>Báo cáo</td></tr></table>';
    expect(docxHtmlToText(html).split('\n')).toEqual(['| Nhiệm vụ |  | Chủ trì |', '| 1 | Rà soát | Sở Nội vụ |', '| 2 | Báo cáo | Sở Nội vụ |']);
  });

  it('reads a table inside a cell as that cell\'s text, and a bar in a cell as a slash', () => {
    const html = '<table><tr><td>A|B</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>';
    expect(docxHtmlToText(html)).toBe('| A/B | x / y |');
  });

  it('still gives the rows of a table cut short, and bounds a span', () => {
    expect(docxHtmlToText('<table><tr><td>1</td><td>Rà soát')).toBe('| 1 | Rà soát |');
    const wide = docxHtmlToText('<table><tr><td colspan="999999">x</td></tr></table>');
    expect(wide.split('|').length).toBeLessThan(70);
  });
});

describe('a DOCX plan with its table of duties', () => {
  const header = ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'Số: 45/KH-UBND', 'Lạng Sơn, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:'];
  const table = {
    rows: [
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Xây dựng kho dữ liệu dùng chung\ncủa tỉnh', { text: 'Sở Khoa học và Công nghệ', vMerge: 'restart' as const }, 'Các sở, ngành', 'Quý II/2026'],
      ['2', 'Số hóa hồ sơ lưu trữ', { text: '', vMerge: 'continue' as const }, 'Sở Nội vụ', 'Tháng 9/2026'],
      ['3', 'Tập huấn kỹ năng số cho công chức', 'Sở Nội vụ', '', 'Trước ngày 30/6/2026'],
    ],
  };

  it('reads the rows as tasks with their lead body, partners and deadline', async () => {
    const read = await readDirectiveFile(makeDocx([...header, table, 'Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.', 'Nơi nhận:', '- Như trên;']), 'ke-hoach.docx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toContain('| 2 | Số hóa hồ sơ lưu trữ | Sở Khoa học và Công nghệ | Sở Nội vụ | Tháng 9/2026 |');
    const out = extractDirective(read.text);
    expect(out.document.number).toBe('45/KH-UBND');
    expect(out.tasks.map((t) => [t.title, t.assignees, t.coordinators, t.deadline?.date])).toEqual([
      ['Xây dựng kho dữ liệu dùng chung của tỉnh', ['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], '2026-06-30'],
      ['Số hóa hồ sơ lưu trữ', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], '2026-09-30'],
      ['Tập huấn kỹ năng số cho công chức', ['Sở Nội vụ'], [], '2026-06-30'],
      // The paragraph right after the table is a duty of its own, not the last row's.
      ['Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026', ['Các sở, ngành'], [], '2026-12-15'],
    ]);
  });
});
