import { describe, expect, it } from 'vitest';
import { buildItems, structuralChildren, type Item } from '../../lib/extract/segment/items';
import { splitLines } from '../../lib/extract/segment/lines';
import { findZones } from '../../lib/extract/segment/zones';

function outline(text: string): string[] {
  const lines = splitLines(text);
  const root = buildItems(lines, 0, lines.length);
  const out: string[] = [];
  const walk = (item: Item, depth: number) => {
    for (const c of structuralChildren(item)) {
      out.push(`${'  '.repeat(depth)}${c.marker} ${text.slice(c.textStart, c.introEnd).trim().split('\n')[0]}`);
      walk(c, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

describe('item tree', () => {
  it.each([
    [
      'Roman, Arabic, sub-numbered, lettered and bullets',
      'I. MỤC ĐÍCH\n1. Quán triệt.\nII. TỔ CHỨC THỰC HIỆN\n2.1. Giao Sở A\n- Rà soát.\n2.2. Giao Sở B\na) Lập kế hoạch.\nb) Báo cáo.',
      ['I. MỤC ĐÍCH', '  1. Quán triệt.', 'II. TỔ CHỨC THỰC HIỆN', '  2.1. Giao Sở A', '  2.2. Giao Sở B', '    a) Lập kế hoạch.', '    b) Báo cáo.'],
    ],
    ['Party markers "1-" and articles', 'Điều 1. Ban hành.\nĐiều 2. Giao:\n1- Sở A làm.\n2- Sở B làm.', ['Điều 1. Ban hành.', 'Điều 2. Giao:', '  1- Sở A làm.', '  2- Sở B làm.']],
    ['a sub-number before a lower-case word continues the line before', '2.3. Đối chiếu danh sách theo hướng dẫn tại điểm\n2.4 công văn này.\n2.4. Tổng cục Thuế thực hiện:', ['2.3. Đối chiếu danh sách theo hướng dẫn tại điểm', '2.4. Tổng cục Thuế thực hiện:']],
    ['articles whose "Điều" OCR read without its stroke or mark', 'Điều 1. Ban hành.\nDiều 2. Bộ Công an chịu trách nhiệm.\nĐiêu 3. Hiệu lực.', ['Điều 1. Ban hành.', 'Điều 2. Bộ Công an chịu trách nhiệm.', 'Điều 3. Hiệu lực.']],
    ['"8)" read by OCR for "đ)" between letters', 'a) Một.\nd) Bốn.\n8) Năm.\ne) Sáu.', ['a) Một.', 'd) Bốn.', '8) Năm.', 'e) Sáu.']],
    ['"8)" read by OCR for "a)" before "b)"', '7. Các tỉnh ủy\n8) Xây dựng chương trình.\nb) Lãnh đạo.', ['7. Các tỉnh ủy', '  8) Xây dựng chương trình.', '  b) Lãnh đạo.']],
    ['"ø)" read by OCR for "g)", a low quote left before "d)"', 'c) Ba.\n„ d) Bốn.\ne) Năm.\nø) Bảy.', ['c) Ba.', 'd) Bốn.', 'e) Năm.', 'ø) Bảy.']],
    ['(i) inside a bullet is text, after an item it is structural', '1. Sở A:\n(i) Một.\n(ii) Hai.\n2. Sở B:\n- Rà soát (i) a; (ii) b.', ['1. Sở A:', '  (i) Một.', '  (ii) Hai.', '2. Sở B:']],
    ['points OCR added after a number, before a capital', '5. Rà soát.\n6... Trên cơ sở rủi ro.\n7. Báo cáo.\n8... tổng số', ['5. Rà soát.', '6. Trên cơ sở rủi ro.', '7. Báo cáo.']],
    ['"§." read by OCR for "8." before a capital or OCR\'s "_"', '7. Rà soát.\n§. _ Thực hiện báo cáo:\n8.1. Cung cấp.\n§. Chuyển.\n§ 3 của luật', ['7. Rà soát.', '§. _ Thực hiện báo cáo:', '  8.1. Cung cấp.', '§. Chuyển.']],
    ['OCR\'s "I." for "1." in sentence case before "2."; a section "I." in capitals stays one', 'I. Tổ chức tuyên truyền.\n2. Rà soát.\nII. TỔ CHỨC\n1. Báo cáo.', ['I. Tổ chức tuyên truyền.', '2. Rà soát.', 'II. TỔ CHỨC', '  1. Báo cáo.']],
    ['a section "I." in capitals over its items', 'I. MỤC ĐÍCH\n1. Quán triệt.\n2. Rà soát.', ['I. MỤC ĐÍCH', '  1. Quán triệt.', '  2. Rà soát.']],
    ['letters with a slash, as some provinces write them', '1. Sở Y tế:\na/ Tổ chức kiểm tra.\nb/ báo cáo kết quả.', ['1. Sở Y tế:', '  a/ Tổ chức kiểm tra.', '  b/ báo cáo kết quả.']],
    ['articles printed in capitals', 'ĐIỀU 1. Ban hành.\nĐIỀU 2. Giao:\n1- Sở A làm.', ['Điều 1. Ban hành.', 'Điều 2. Giao:', '  1- Sở A làm.']],
    [
      'a count with a paren under no item numbers the text\'s own items, its letters under it',
      'Yêu cầu:\n1) Bộ Tài chính:\na) Rà soát.\nb) Báo cáo.\n2) Bộ Xây dựng:\na) Kiểm tra.',
      ['1) Bộ Tài chính:', '  a) Rà soát.', '  b) Báo cáo.', '2) Bộ Xây dựng:', '  a) Kiểm tra.'],
    ],
    ['indented PDF text', '      1. Ủy ban nhân dân tỉnh:\n         - Nghiên cứu.\n      2. Các sở\n      a. Tổ chức.', ['1. Ủy ban nhân dân tỉnh:', '2. Các sở', '  a. Tổ chức.']],
  ])('%s', (_name, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });

  it('reads markers inside Markdown bold marks and after heading hashes', () => {
    expect(outline('**II. TỔ CHỨC THỰC HIỆN**\n**1. Sở Nội vụ**\n- Chủ trì.\n**2.** Sở Y tế\n### Điều 3. Hiệu lực\n* Một ý.')).toEqual([
      'II. TỔ CHỨC THỰC HIỆN**',
      '  1. Sở Nội vụ**',
      '  2. Sở Y tế',
      'Điều 3. Hiệu lực',
    ]);
  });

  it('numbers with a paren count duties from 1; a stray "3)" is text', () => {
    expect(outline('Yêu cầu:\n1) Sở Y tế kiểm tra.\n2) Sở Tài chính bố trí.\nGhi chú 3) xem phụ lục.\n3) Sở Nội vụ hướng dẫn.')).toEqual([
      '1) Sở Y tế kiểm tra.',
      '2) Sở Tài chính bố trí.',
      '3) Sở Nội vụ hướng dẫn.',
    ]);
    expect(outline('Nội dung:\n3) theo phụ lục.')).toEqual([]);
  });

  it('a "(n)" count that began inside a sentence is no item when it reaches a line start', () => {
    const text = '1. Chủ tịch Ủy ban nhân dân các tỉnh:\na) Rà soát thiệt hại, tập trung vào: (1) Thiệt hại về người; (2) Thiệt hại về trường lớp;\n(3) Ảnh hưởng đến kế hoạch dạy học.\nb) Báo cáo Bộ.';
    expect(outline(text)).toEqual(['1. Chủ tịch Ủy ban nhân dân các tỉnh:', '  a) Rà soát thiệt hại, tập trung vào: (1) Thiệt hại về người; (2) Thiệt hại về trường lớp;', '  b) Báo cáo Bộ.']);
    // A list that starts at "(1)" on its own line is one of items.
    expect(outline('1. Sở Y tế:\n(1) Kiểm tra.\n(2) Báo cáo.')).toEqual(['1. Sở Y tế:', '  (1) Kiểm tra.', '  (2) Báo cáo.']);
  });

  it('a section title in capitals numbered like its items holds them', () => {
    const text = '1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG\n1. Quán triệt tinh thần chỉ đạo.\n2. Tập trung thực hiện nhiệm vụ kép.\nII. CÁC NHIỆM VỤ CỤ THỂ\n1. Tháo gỡ khó khăn.';
    expect(outline(text)).toEqual([
      '1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG',
      '  1. Quán triệt tinh thần chỉ đạo.',
      '  2. Tập trung thực hiện nhiệm vụ kép.',
      'II. CÁC NHIỆM VỤ CỤ THỂ',
      '  1. Tháo gỡ khó khăn.',
    ]);
    // Under a Roman section, a numbered title in capitals stays its item.
    expect(outline('I. MỤC ĐÍCH\n1. YÊU CẦU CHUNG\n2. Yêu cầu riêng.')).toEqual(['I. MỤC ĐÍCH', '  1. YÊU CẦU CHUNG', '  2. Yêu cầu riêng.']);
  });

  it('reads a number alone on its line, its title on the next, when the count goes on', () => {
    expect(outline('V. TỔ CHỨC THỰC HIỆN\n1.\nSở Y tế:\n- Chủ trì.\n2.\n\nSở Tài chính:\nTham mưu kinh phí.')).toEqual([
      'V. TỔ CHỨC THỰC HIỆN',
      '  1. Sở Y tế:',
      '  2. Sở Tài chính:',
    ]);
    // A page number with its point ("7.") breaking a paragraph is none: it does not go on from a count,
    // nor does one before a lower-case word.
    expect(outline('1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan\n7.\nTổ chức kiểm tra.')).toEqual(['1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan']);
    expect(outline('Kế hoạch\n1.\nthực hiện')).toEqual([]);
  });

  it('does not take a wrapped number for an item', () => {
    expect(outline('Nghị định số\n1. tháng 5 năm 2020')).toEqual([]);
    // …nor a number the line before asks for, whatever follows it.
    const wrapped = '2. Bộ Nông nghiệp có văn bản gửi Bộ Tài chính theo quy định tại Khoản\n3 - Điều 61 Luật Lâm nghiệp.\n3. Bộ Tài chính hoàn thiện dự thảo.';
    expect(outline(wrapped).map((l) => l.slice(0, 2))).toEqual(['2.', '3.']);
  });
});

describe('zones', () => {
  it('finds the recipients block, the body and the closing', () => {
    const lines = splitLines('Số: 1/UBND\nKính gửi:\n- Sở A;\n- Sở B.\n\nThực hiện X, đề nghị:\n1. Làm.\nNơi nhận:\n- Như trên;');
    const z = findZones(lines);
    expect(z.recipients).toEqual({ from: 1, to: 5 });
    expect(lines[z.body.from]!.text).toBe('Thực hiện X, đề nghị:');
    expect(lines[z.closing]!.text).toBe('Nơi nhận:');
  });
  it('opens the body of a plan without "Căn cứ" at its first section, Markdown bold or not', () => {
    for (const first of ['I. MỤC ĐÍCH, YÊU CẦU', '**I. MỤC ĐÍCH, YÊU CẦU**']) {
      const lines = splitLines(['ỦY BAN NHÂN DÂN', 'TỈNH HẢI DƯƠNG', 'Số: 120/KH-UBND', 'KẾ HOẠCH', first, 'Nâng cao chất lượng.', 'II. TỔ CHỨC THỰC HIỆN', 'Căn cứ Kế hoạch này, các sở xây dựng kế hoạch.'].join('\n'));
      expect(lines[findZones(lines).body.from]!.text).toBe(first);
    }
  });
  it('finds a Công điện\'s addressees ("… điện:")', () => {
    const lines = splitLines('CÔNG ĐIỆN\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n\nĐể bảo đảm an toàn, Thủ tướng yêu cầu:');
    expect(findZones(lines).recipients).toEqual({ from: 1, to: 4 });
  });
  it('with no recipients, opens the body at a long call ending "… theo các nội dung sau đây:"', () => {
    const call = 'Nhằm thực hiện Luật Khám bệnh, chữa bệnh, Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo Giám đốc Sở Y tế, Giám đốc các Sở liên quan thực hiện cấp chứng chỉ hành nghề, giấy phép hoạt động theo các nội dung sau đây:';
    const lines = splitLines(['BỘ Y TẾ', 'Số: 6087/BYT-KCB', 'Hà Nội, ngày 27 tháng 09 năm 2013', call, '1. Chỉ đạo Sở Y tế chủ trì.'].join('\n'));
    expect(lines[findZones(lines).body.from]!.text).toBe(call);
  });
  it('with no recipients, opens the body at the call before the first item', () => {
    const lines = splitLines(['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 11/CT-TTg', 'CHỈ THỊ', 'Về việc tháo gỡ khó khăn', '', 'Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương:', '', '1. Tập trung thực hiện nhiệm vụ kép.'].join('\n'));
    expect(lines[findZones(lines).body.from]!.text).toBe('Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương:');
  });
  it('with no recipients, opens the body at a call whose last words break over two lines ("như\nsau:")', () => {
    const lines = splitLines(['TỔNG CỤC THUẾ', 'Số: 1738/TCT-DNNCN', '', 'Tổng cục Thuế đề nghị các Cục Thuế tiếp tục đẩy mạnh triển khai công tác', 'quản lý thuế đối với hoạt động kinh doanh thương mại điện tử. Cụ thể như', 'sau:', '', '--- PAGE BREAK ---', '', '1. Giao 01 Phòng đầu mối thực hiện nghiên cứu.'].join('\n'));
    expect(lines[findZones(lines).body.from]!.text).toBe('Tổng cục Thuế đề nghị các Cục Thuế tiếp tục đẩy mạnh triển khai công tác');
  });
  it('ends the recipients at a blank line before lower-case words, unless a name broke after ","', () => {
    const lost = splitLines('Số: 2546/TCT-DNNCN\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương\n\nđịnh tại Nghị quyết số 954/2020/UBTVQH14, Tổng cục Thuế đề nghị:\n1. Tuyên truyền.');
    expect(findZones(lost).recipients).toEqual({ from: 1, to: 3 });
    const broken = splitLines('Số: 1/UBND\nKính gửi: Ủy ban nhân dân các tỉnh,\n\nthành phố trực thuộc Trung ương.\n\nThực hiện X, đề nghị:\n1. Làm.');
    expect(findZones(broken).recipients).toEqual({ from: 1, to: 5 });
    const opener = splitLines('Số: 1/UBND\nKính gửi:\n\ncác sở, ban, ngành tỉnh.\n\nThực hiện X, đề nghị:\n1. Làm.');
    expect(findZones(opener).recipients).toEqual({ from: 1, to: 5 });
  });
});
