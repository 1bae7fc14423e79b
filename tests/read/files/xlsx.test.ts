// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../../lib/extract';
import { chooseDirectiveFile } from '../../../lib/read/sites/choose-directive';
import { readDirectiveFile } from '../../../lib/read/files/read-file';
import { makeXlsx, makeZip } from '../../fixtures/docx';

const PLAN = {
  'Phụ lục': [
    ['PHỤ LỤC: DANH MỤC NHIỆM VỤ NĂM 2026', null, null, null, null],
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
    [1, 'Số hóa hồ sơ lưu trữ', 'Sở Nội vụ', null, 'Tháng 9/2026'],
    [2, 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026'],
  ],
};

describe('an Excel workbook', () => {
  it('reads each sheet\'s rows as "|" lines, a title row as a line of its own, dates day first', async () => {
    const bytes = makeXlsx({ ...PLAN, 'Theo dõi': [['Ngày nhận', 'Số văn bản', 'Trạng thái'], [new Date(Date.UTC(2026, 0, 5)), '45/KH-UBND', 'Đang xử lý | gấp']] });
    const read = await readDirectiveFile(bytes, 'Phu luc.xlsx');
    expect(read).toMatchObject({ ok: true, kind: 'xlsx' });
    if (!read.ok) return;
    expect(read.text.split('\n')).toEqual([
      'Phụ lục',
      'PHỤ LỤC: DANH MỤC NHIỆM VỤ NĂM 2026',
      '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| 1 | Số hóa hồ sơ lưu trữ | Sở Nội vụ |  | Tháng 9/2026 |',
      '| 2 | Rà soát thủ tục hành chính | Sở Tư pháp | Các sở, ngành | Quý II/2026 |',
      '',
      'Theo dõi',
      '| Ngày nhận | Số văn bản | Trạng thái |',
      '| 05/01/2026 | 45/KH-UBND | Đang xử lý / gấp |',
    ]);
  });

  it('gives a plan\'s table of duties its tasks', async () => {
    const read = await readDirectiveFile(makeXlsx(PLAN), 'Phu luc.xlsx');
    if (!read.ok) throw new Error(read.message);
    expect(extractDirective(read.text).tasks.map((t) => [t.title, t.assignees, t.coordinators, t.deadline?.date])).toEqual([
      ['Số hóa hồ sơ lưu trữ', ['Sở Nội vụ'], [], '2026-09-30'],
      ['Rà soát thủ tục hành chính', ['Sở Tư pháp'], ['Các sở, ngành'], '2026-06-30'],
    ]);
  });

  it('keeps a section row inside the table, and a closing paragraph after it as text', async () => {
    const rows = [
      ...PLAN['Phụ lục'].slice(0, 2),
      ['I. HẠ TẦNG SỐ', null, null, null, null],
      ...PLAN['Phụ lục'].slice(2),
      ['Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.', null, null, null, null],
    ];
    const read = await readDirectiveFile(makeXlsx({ 'Phụ lục': rows }), 'Phu luc.xlsx');
    if (!read.ok) throw new Error(read.message);
    expect(read.text).toContain('| I. HẠ TẦNG SỐ |  |  |  |  |\n| 1 |');
    expect(extractDirective(read.text).tasks.map((t) => [t.assignees, t.deadline?.date])).toEqual([
      [['Sở Nội vụ'], '2026-09-30'],
      [['Sở Tư pháp'], '2026-06-30'],
      [['Các sở, ngành'], '2026-12-15'],
    ]);
  });

  it('says a damaged or empty workbook cannot be read', async () => {
    const broken = makeZip({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/workbook.xml': new TextEncoder().encode('<workbook') });
    expect(await readDirectiveFile(broken, 'hong.xlsx')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await readDirectiveFile(makeXlsx({ 'Trống': [] }), 'trong.xlsx')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('is read inside a ZIP, and chosen among a document\'s files only after the directive', async () => {
    const read = await readDirectiveFile(makeZip({ 'Phu luc.xlsx': makeXlsx(PLAN) }), 'tep.zip');
    expect(read).toMatchObject({ ok: true, kind: 'zip', file: 'Phu luc.xlsx' });
    const files = [{ url: 'a', name: 'Phu luc.xlsx', slip: false }, { url: 'b', name: 'Ke hoach.pdf', slip: false }];
    expect(chooseDirectiveFile(files)?.name).toBe('Ke hoach.pdf');
    expect(chooseDirectiveFile(files.slice(0, 1))?.name).toBe('Phu luc.xlsx');
  });
});
