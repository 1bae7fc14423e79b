import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { layoutTablePieces } from '../../lib/extract/segment/layout-table';

/** A line of a page laid out in columns: each text at its column (as `pdftotext -layout` prints it). */
function at(...parts: [number, string][]): string {
  let line = '';
  for (const [x, text] of parts) line = line.padEnd(x) + text;
  return line;
}

const LETTER_HEAD = [
  'ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '  TỈNH LÀO CAI                                  Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 45/KH-UBND                                  Lào Cai, ngày 05 tháng 01 năm 2026',
  '',
  '                                  KẾ HOẠCH',
  '              Triển khai nhiệm vụ cải cách hành chính năm 2026',
  '',
  'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai nhiệm vụ cải cách hành chính năm 2026 với các nhiệm',
  'vụ cụ thể tại Phụ lục kèm theo.',
  '',
  '                                  PHỤ LỤC',
  '                  DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026',
  '',
];

// Numbers sit in the middle of their rows' height; cells interleave; a page number falls inside the
// table; the content runs into the lead column with a single blank (row 3), the coordinating body into
// the time column (row 4); rows 3 and 4 have no blank line between them.
const TABLE = [
  at([54, 'Cơ quan'], [69, 'Cơ quan'], [86, 'Thời gian']),
  at([0, 'TT'], [17, 'Nội dung nhiệm vụ'], [54, 'chủ trì'], [69, 'phối hợp'], [86, 'hoàn thành']),
  '',
  at([0, 'I'], [5, 'Nhiệm vụ trọng tâm quý I']),
  '',
  at([5, 'Rà soát, cập nhật danh mục thủ tục hành']),
  at([0, '1'], [5, 'chính thuộc thẩm quyền giải quyết của'], [52, 'Sở Tư pháp'], [67, 'Các sở, ngành'], [85, 'Trước ngày']),
  at([5, 'tỉnh, trình công bố theo quy định'], [85, '31/3/2026']),
  '',
  at([5, 'Xây dựng kế hoạch chuyển đổi số năm 2026'], [52, 'Sở Khoa học'], [67, 'Sở Nội vụ']),
  at([0, '2'], [5, 'của tỉnh; tổ chức triển khai đến các xã,'], [52, 'và Công nghệ'], [85, 'Quý I/2026']),
  at([5, 'phường']),
  at([45, '12']),
  '',
  at([0, 'II'], [5, 'Nhiệm vụ thực hiện đến năm 2030']),
  at([5, 'Đầu tư hạ tầng thu gom, xử lý chất thải rắn']),
  at([0, '3'], [5, 'sinh hoạt tại các xã, phường trọng điểm Sở Nông nghiệp'], [67, 'Các xã, phường'], [85, '2026 - 2030']),
  at([52, 'và Môi trường']),
  at([5, 'Hoàn thiện cơ sở dữ liệu đất đai cấp tỉnh,'], [52, 'Sở Nông nghiệp']),
  at([0, '4'], [5, 'kết nối liên thông với cơ sở dữ liệu quốc'], [52, 'và Môi trường'], [67, 'Sở Tài chính Trước 31/12/2027']),
  at([5, 'gia']),
];

const CLOSING = ['', 'Nơi nhận:', '- Các sở, ngành;', '- Lưu: VT.'];

function tasksOf(text: string) {
  return extractDirective(text).tasks.filter((t) => t.tags.includes('table-row'));
}

/** tests/fixtures/layout/`name`.layout.txt, as pdftotext -layout printed it. */
function fixture(name: string): string {
  return readFileSync(join(process.cwd(), `tests/fixtures/layout/${name}.layout.txt`), 'utf8');
}

/** The table rows' tasks of a fixture under a letter's first lines. */
function fixtureTasks(name: string) {
  return tasksOf([...LETTER_HEAD.slice(0, 10), fixture(name)].join('\n'));
}

describe('a table of duties laid out in columns of text', () => {
  const text = [...LETTER_HEAD, ...TABLE, ...CLOSING].join('\n');

  it('reads one task per row that names a lead body, with its lead, coordinators and deadline', () => {
    const tasks = tasksOf(text);
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null])).toEqual([
      [['Sở Tư pháp'], '2026-03-31'],
      [['Sở Khoa học và Công nghệ'], '2026-03-31'],
      [['Sở Nông nghiệp và Môi trường'], '2030-12-31'],
      [['Sở Nông nghiệp và Môi trường'], '2027-12-31'],
    ]);
    expect(tasks.map((t) => t.coordinators)).toEqual([['Các sở, ngành'], ['Sở Nội vụ'], ['Các xã, phường'], ['Sở Tài chính']]);
    expect(tasks.map((t) => t.title.split(' ').slice(0, 4).join(' '))).toEqual(['Rà soát, cập nhật', 'Xây dựng kế hoạch', 'Đầu tư hạ tầng', 'Hoàn thiện cơ sở']);
  });

  it('spans each task over its row\'s lines in the input, the work\'s first words and its number inside', () => {
    const tasks = tasksOf(text);
    const openings = ['Rà soát, cập nhật danh mục', 'Xây dựng kế hoạch chuyển đổi số', 'Đầu tư hạ tầng thu gom', 'Hoàn thiện cơ sở dữ liệu đất đai'];
    const ends = ['31/3/2026', 'phường', 'và Môi trường', 'gia'];
    // the page number after row 2 is no part of it
    tasks.forEach((t, k) => {
      const covered = text.slice(t.span[0], t.span[1]);
      expect(covered.includes(openings[k]!), covered).toBe(true);
      expect(covered.trimEnd().endsWith(ends[k]!), covered).toBe(true);
      for (const other of openings.filter((_, j) => j !== k)) expect(covered.includes(other)).toBe(false);
    });
    // The deadline's span points into the input too.
    const first = tasks[0]!.deadline!;
    expect(text.slice(first.span[0], first.span[1])).toContain('31/3/2026');
  });

  it('reads the table with the text\'s last line and a title in capitals right above its headings', () => {
    const above = [...LETTER_HEAD.slice(0, 10), '                              DANH MỤC NHIỆM VỤ TRỌNG TÂM'];
    const tasks = tasksOf([...above, ...TABLE, ...CLOSING].join('\n'));
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null])).toEqual(tasksOf(text).map((t) => [t.assignees, t.deadline?.date ?? null]));
    expect(tasks).toHaveLength(4);
  });

  it('reads rows whose numbers open them', () => {
    const top = [
      at([0, 'STT'], [10, 'Nội dung công việc'], [50, 'Đơn vị chủ trì'], [70, 'Thời hạn']),
      at([0, '1'], [5, 'Tổng hợp báo cáo kết quả thực hiện'], [50, 'Sở Nội vụ'], [70, 'Trước ngày']),
      at([5, 'Chỉ thị số 11-CT/TU của Ban Thường vụ'], [70, '15/6/2026']),
      at([5, 'Tỉnh ủy']),
      at([0, '2'], [5, 'Kiểm tra việc thực hiện Quyết định số'], [50, 'Thanh tra tỉnh'], [70, '2026 - 2027']),
      at([5, '12/QĐ-UBND tại các xã']),
    ];
    const tasks = tasksOf([...LETTER_HEAD, ...top, ...CLOSING].join('\n'));
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null, t.title.slice(0, 24)])).toEqual([
      [['Sở Nội vụ'], '2026-06-15', 'Tổng hợp báo cáo kết quả'],
      [['Thanh tra tỉnh'], '2027-12-31', 'Kiểm tra việc thực hiện '],
    ]);
  });

  it('stops at the prose after the table, whose duties are read as such', () => {
    const after = [
      '',
      'Giao Sở Nội vụ theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch này và tổng hợp,',
      'báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 năm 2026 để chỉ đạo chung.',
    ];
    const result = extractDirective([...LETTER_HEAD, ...TABLE, ...after, ...CLOSING].join('\n'));
    expect(result.tasks.filter((t) => t.tags.includes('table-row'))).toHaveLength(4);
    const last = result.tasks[result.tasks.length - 1]!;
    expect(last.tags).not.toContain('table-row');
    expect([last.assignees, last.deadline?.date]).toEqual([['Sở Nội vụ'], '2026-12-15']);
  });

  it('leaves text with no such table as it was: "chủ trì" in prose, a header with one row', () => {
    const prose = [...LETTER_HEAD, 'Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu bố trí kinh phí.', ...CLOSING].join('\n');
    expect(layoutTablePieces(prose, (s) => s)).toEqual([]);
    const oneRow = [...LETTER_HEAD, ...TABLE.slice(0, 9), ...CLOSING].join('\n');
    expect(layoutTablePieces(oneRow, (s) => s)).toEqual([]);
  });

  it.each([
    ['headers and no rows', (n: number) => Array.from({ length: n }, () => at([0, 'TT'], [10, 'Nhiệm vụ'], [40, 'Cơ quan chủ trì'], [60, 'Thời hạn'])).join('\n')],
    ['a header and its rows', (n: number) => [at([0, 'TT'], [10, 'Nhiệm vụ'], [40, 'Cơ quan chủ trì'], [60, 'Thời hạn']), ...Array.from({ length: n }, (_, i) => at([0, String(i % 900)], [6, 'Tổ chức thực hiện việc'], [40, 'Sở Nội vụ Sở Tài chính'], [60, '2026 - 2030']))].join('\n')],
    ['one line of headings', (n: number) => Array.from({ length: n }, () => 'chủ trì   ab').join('  ')],
  ])('reads %s in time that grows with the text', (_name, make) => {
    const small = make(1000);
    const large = make(10000);
    // The fastest of five runs: the least disturbed by whatever else the machine does.
    const time = (s: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        layoutTablePieces(s, (x) => x);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(small);
    // Ten times the text, well under a hundred times the time (quadratic would be a hundred).
    expect(time(large) / Math.max(time(small), 0.2)).toBeLessThan(40);
  });
});

describe('a lead body run into the next column with a single blank', () => {
  it('cuts "Đảng ủy HĐND tỉnh Đồng chí …" where the person in charge starts, though most of it lies in that column', () => {
    const table = [
      at([0, 'TT'], [6, 'Nhiệm vụ'], [48, 'Cơ quan chủ trì'], [68, 'Người phụ trách'], [92, 'Thời hạn']),
      '',
      at([0, '1'], [6, 'Rà soát cơ chế, chính sách về ngân sách'], [48, 'Đảng ủy UBND tỉnh'], [68, 'Đồng chí Trần Văn B'], [92, '2026 - 2027']),
      '',
      at([0, '2'], [6, 'Hoàn thiện quy định về đầu tư công'], [48, 'Đảng ủy HĐND tỉnh Đồng chí Nguyễn Văn A'], [92, '2027 - 2030']),
      at([68, '- Phó Bí thư Tỉnh ủy']),
      '',
      at([0, '3'], [6, 'Kiểm tra, giám sát việc thực hiện'], [48, 'Đảng ủy HĐND tỉnh'], [68, 'Đồng chí Lê Thị C'], [92, '2026 - 2030']),
    ];
    const tasks = tasksOf([...LETTER_HEAD, ...table, ...CLOSING].join('\n'));
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null])).toEqual([
      [['Đảng ủy UBND tỉnh'], '2027-12-31'],
      [['Đảng ủy HĐND tỉnh'], '2030-12-31'],
      [['Đảng ủy HĐND tỉnh'], '2030-12-31'],
    ]);
  });
});

describe('a cell\'s second line run into the next column', () => {
  it('cuts before small letters where the next column starts ("dục và Đào | chính; Sở")', () => {
    const table = [
      at([44, 'Cơ quan'], [55, 'Cơ quan']),
      at([0, 'TT'], [5, 'Nhiệm vụ'], [44, 'chủ trì'], [55, 'phối hợp'], [82, 'Thời hạn']),
      '',
      at([0, '1'], [5, 'Kiểm tra việc thực hiện quy định về'], [44, 'Sở Giáo'], [55, 'Sở Tài'], [82, 'Quý I/2026']),
      at([5, 'học phí tại các trường'], [44, 'dục và Đào chính; Sở']),
      at([44, 'tạo'], [55, 'Nội vụ']),
      '',
      at([0, '2'], [5, 'Tổ chức tiêm chủng mở rộng'], [44, 'Sở Y tế'], [55, 'UBND các xã'], [82, 'Quý II/2026']),
    ];
    const tasks = tasksOf([...LETTER_HEAD, ...table, ...CLOSING].join('\n'));
    expect(tasks.map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null])).toEqual([
      [['Sở Giáo dục và Đào tạo'], ['Sở Tài chính', 'Sở Nội vụ'], '2026-03-31'],
      [['Sở Y tế'], ['UBND các xã'], '2026-06-30'],
    ]);
  });
});

describe('tables laid out in columns that hand out no duties', () => {
  it('leaves a table of targets alone ("Nội dung | Mục tiêu | Cơ quan chủ trì")', () => {
    const targets = [
      at([0, 'TT'], [10, 'Nội dung'], [40, 'Mục tiêu'], [55, 'Cơ quan chủ trì']),
      at([0, '1'], [5, 'Tỷ lệ chất thải rắn được thu gom'], [42, '95%'], [55, 'Sở Xây dựng']),
      at([0, '2'], [5, 'Tỷ lệ nước thải được xử lý'], [42, '100%'], [55, 'Sở Nông nghiệp và Môi trường']),
    ];
    expect(layoutTablePieces([...LETTER_HEAD, ...targets, ...CLOSING].join('\n'), (s) => s)).toEqual([]);
  });

  it('finds a header whose lead heading stands alone on its line', () => {
    const header = [
      at([40, 'Cơ quan'], [58, 'Thời hạn']),
      at([0, 'TT'], [10, 'Nội dung công việc']),
      at([40, 'chủ trì']),
    ];
    const rows = [
      at([0, '1'], [5, 'Tổng hợp báo cáo kết quả thực hiện'], [40, 'Sở Nội vụ'], [58, '30/6/2026']),
      at([0, '2'], [5, 'Kiểm tra việc thực hiện tại các xã'], [40, 'Thanh tra tỉnh'], [58, '2026 - 2027']),
    ];
    const tasks = tasksOf([...LETTER_HEAD, ...header, ...rows, ...CLOSING].join('\n'));
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null])).toEqual([
      [['Sở Nội vụ'], '2026-06-30'],
      [['Thanh tra tỉnh'], '2027-12-31'],
    ]);
  });
});

describe('a table of duties as pdftotext -layout prints it', () => {
  // tests/fixtures/layout/plan-table.html printed to PDF by Chromium 156 (cells centred in their
  // height), then `pdftotext -layout` 22.12: headings run together ("Cơ quan chủ Cơ quan phối"), "chủ
  // trì" broken over two lines, "hợ p" split by the font's spacing, no blank line between rows.
  const text = [...LETTER_HEAD.slice(0, 10), fixture('plan-table')].join('\n');

  it('reads each row: its lead body, the bodies it works with, its deadline', () => {
    expect(tasksOf(text).map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null, t.deadline?.recurrence ?? null])).toEqual([
      [['Sở Tài chính'], ['Các sở, ban, ngành', 'UBND các xã, phường'], '2026-06-30', null],
      [['Sở Y tế'], ['Sở Công Thương', 'Sở Nông nghiệp và Môi trường'], '2026-06-30', null],
      [['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], '2026-03-31', null],
      [['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng', 'Sở Tài chính', 'UBND các xã, phường'], '2030-12-31', null],
      [['UBND xã Gia Phú'], ['Ban Quản lý dự án đầu tư xây dựng tỉnh'], '2026-12-31', null],
      [['Sở Nội vụ'], ['Các sở, ban, ngành'], '2026-12-31', 'yearly'],
    ]);
  });

  it('keeps each row\'s work whole, the lead body\'s name cut off it ("… Ban Chỉ đạo | Sở Khoa học")', () => {
    const titles = tasksOf(text).map((t) => t.action);
    expect(titles[2]).toBe('Tham mưu kiện toàn Ban Chỉ đạo chuyển đổi số của tỉnh');
    expect(titles[0]).toBe('Rà soát, đề xuất sửa đổi, bổ sung các quy định của tỉnh về quản lý, sử dụng tài sản công tại cơ quan, đơn vị, tổ chức thuộc phạm vi quản lý');
  });
});

describe('a table of duties over two pages as pdftotext -layout prints it, cells at the top or in the middle', () => {
  // tests/fixtures/layout/duties-{top,middle}.html (six duties three times over, "STT | Nhiệm vụ | Đơn vị
  // chủ trì | Đơn vị phối hợp | Thời hạn", cells set at the top or in the middle of their rows) printed
  // to PDF by Chromium 156, then `pdftotext -layout` 22.12. Cells run into their neighbours with a
  // single blank ("… lưới chợ UBND các xã, Sở Công"), a name breaks over lines ("(qua Sở Công" over
  // "Thương)"), the second page opens with a form feed.
  const six: [string[], string[], string | null][] = [
    [['Công an tỉnh'], ['Sở Công Thương', 'UBND các xã, phường'], '2026-03-15'],
    [['Sở Công Thương'], ['Sở Nội vụ'], '2026-06-30'],
    [['UBND các xã, phường'], ['Sở Công Thương', 'Sở Tài chính'], '2026-09-30'],
    [['Các sở, ban, ngành', 'UBND các xã, phường'], [], '2026-12-10'],
    [['Sở Y tế'], ['Công an tỉnh', 'Sở Nông nghiệp và Môi trường'], null],
    [['Sở Công Thương'], ['Sở Khoa học và Công nghệ'], '2027-12-31'],
  ];
  it.each(['top', 'middle'])('reads each of the 18 rows, cells at the %s', (align) => {
    const tasks = fixtureTasks(`duties-${align}`);
    expect(tasks.map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null])).toEqual([...six, ...six, ...six]);
    expect(tasks.map((t) => t.title.split(' ').slice(0, 3).join(' '))).toEqual(
      Array.from({ length: 3 }, () => ['Xây dựng kế', 'Tổ chức tập', 'Rà soát, sắp', 'Báo cáo kết', 'Kiểm tra việc', 'Hoàn thiện đề']).flat(),
    );
  });
});

describe('a landscape table with lettered sections and one responsible unit per row', () => {
  // tests/fixtures/layout/sections-landscape.html ("STT | Nội dung công việc | Đơn vị thực hiện | Thời
  // gian thực hiện | Ghi chú", sections "A", "B"), printed landscape by Chromium 156, then `pdftotext
  // -layout` 22.12; a paragraph follows the table.
  const result = extractDirective([...LETTER_HEAD.slice(0, 10), fixture('sections-landscape')].join('\n'));

  it('reads the unit that carries each duty out as its lead, the sections as no duties', () => {
    expect(result.tasks.filter((t) => t.tags.includes('table-row')).map((t) => [t.assignees, t.deadline?.date ?? null, t.deadline?.text ?? null])).toEqual([
      [['Ban Tuyên giáo và Dân vận Tỉnh ủy'], '2026-03-31', 'Quý I/2026'],
      [['Văn phòng UBND tỉnh'], null, 'Thường xuyên'],
      [['Ủy ban Kiểm tra Tỉnh ủy'], '2026-10-31', 'Tháng 10/2026'],
      [['Văn phòng Tỉnh ủy'], '2026-12-15', 'Trước ngày 15/12/2026'],
    ]);
  });

  it('ends the table before the paragraph after it', () => {
    const last = result.tasks[result.tasks.length - 1]!;
    expect(last.tags).not.toContain('table-row');
    expect(last.action.startsWith('chủ động triển khai thực hiện')).toBe(true);
  });
});

describe('a table without row numbers, its rows run together', () => {
  // tests/fixtures/layout/unnumbered.html ("Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành", no
  // "TT", cells at the top, little padding) printed by Chromium 156, then `pdftotext -layout` 22.12:
  // no blank line between rows.
  it('starts a row where the work opens with a capital beside the other columns\' first words', () => {
    const tasks = fixtureTasks('unnumbered');
    expect(tasks.map((t) => [t.assignees, t.deadline?.date ?? null, t.title.split(' ').slice(0, 3).join(' ')])).toEqual([
      [['Công an tỉnh'], '2026-03-15', 'Xây dựng kế'],
      [['Sở Công Thương'], '2026-06-30', 'Tổ chức tập'],
      [['UBND các xã, phường'], '2026-09-30', 'Rà soát, sắp'],
      [['Sở Công Thương'], '2027-12-31', 'Hoàn thiện đề'],
    ]);
  });
});

describe('tables drawn as Word draws them (lib/fixtures/table-pdf.ts), as pdftotext -layout prints them', () => {
  // demo-plan: the demo inbox's plan (lib/demo/demo-plan.ts), a paragraph right after the table;
  // ruled-pages: 14 rows over three pages, short cells centred in their rows. Both PDFs drawn by
  // lib/fixtures/table-pdf.ts, then `pdftotext -layout` 22.12.

  it('reads the demo plan\'s four rows, and its closing paragraph as no row', () => {
    expect(fixtureTasks('demo-plan').map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null])).toEqual([
      [['Sở Khoa học và Công nghệ'], ['Các sở, ban, ngành', 'UBND các xã, phường'], '2026-06-30'],
      [['Văn phòng UBND tỉnh'], ['Sở Khoa học và Công nghệ'], '2026-06-30'],
      [['Sở Nội vụ'], [], '2026-09-30'],
      [['Sở Nội vụ'], ['Sở Khoa học và Công nghệ'], '2026-06-30'],
    ]);
  });

  it('reads the 14 rows over three pages', () => {
    const tasks = fixtureTasks('ruled-pages');
    expect(tasks.map((t) => t.title.split(':')[0])).toEqual(Array.from({ length: 14 }, (_, i) => `Nhiệm vụ số ${i + 1}`));
    expect(tasks.map((t) => t.assignees[0])).toEqual(Array.from({ length: 14 }, (_, i) => (i % 2 ? 'Sở Kế hoạch và Đầu tư' : 'Sở Tài chính')));
    expect(tasks.map((t) => t.deadline?.date)).toEqual(Array.from({ length: 14 }, (_, i) => ((i + 1) % 3 ? `2026-10-${String(i + 1).padStart(2, '0')}` : '2027-12-31')));
  });
});

describe('a six-column table: lead, coordinators, product, time', () => {
  // tests/fixtures/layout/six-columns.html ("TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì thực hiện | Cơ quan
  // phối hợp thực hiện | Sản phẩm đầu ra | Thời gian hoàn thành"), landscape, printed by Chromium 156,
  // then `pdftotext -layout` 22.12: three cells run together on one line ("Sở Nông nghiệp và Sở Khoa học
  // và Công Cơ sở dữ liệu"), a body's name going on over the next line.
  it('reads each row\'s lead, coordinators and deadline; the product is neither', () => {
    const tasks = fixtureTasks('six-columns');
    expect(tasks.map((t) => [t.assignees, t.coordinators, t.deadline?.date ?? null])).toEqual([
      [['Sở Khoa học và Công nghệ'], ['Các sở, ngành', 'UBND các xã, phường'], '2026-02-28'],
      [['Sở Nông nghiệp và Môi trường'], ['Sở Khoa học và Công nghệ', 'Công an tỉnh'], '2026-12-31'],
      // a school year ("Năm học 2026 - 2027") is no deadline
      [['Sở Giáo dục và Đào tạo'], ['Viễn thông Lào Cai'], null],
      [['Sở Khoa học và Công nghệ'], ['Văn phòng UBND tỉnh'], '2026-12-31'],
    ]);
    expect(tasks[3]!.deadline?.recurrence).toBe('yearly');
  });
});

describe('a table whose header is printed again at the top of each page', () => {
  // tests/fixtures/layout/repeated-header.html (30 rows, the header row repeated on each page) printed
  // by Chromium 156, then `pdftotext -layout` 22.12: "chủ" and "trì" on lines of their own each time.
  it('reads the 30 rows, the repeated headers as no rows', () => {
    expect(fixture('repeated-header').split('STT').length - 1).toBe(3);
    const tasks = fixtureTasks('repeated-header');
    const bodies = ['Sở Tài chính', 'Sở Nội vụ', 'Sở Y tế', 'Công an tỉnh', 'Sở Xây dựng', 'Sở Giáo dục và Đào tạo'];
    const dates = [null, '2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2028-12-31'];
    expect(tasks.map((t) => [t.title.split(' ').slice(0, 6).join(' '), t.assignees, t.deadline?.date ?? null])).toEqual(
      Array.from({ length: 30 }, (_, i) => [`Triển khai nhiệm vụ số ${i + 1}`, [bodies[i % 6]], dates[i % 6]]),
    );
  });
});
