import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';

/** A minimal decision of the Prime Minister around `body`, with `dateLine` as its place-and-date line. */
function decision(body: string, dateLine = 'Hà Nội, ngày 08 tháng 10 năm 2025', number = '2222/QĐ-TTg'): string {
  return [
    'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Số: ${number} ${dateLine}`,
    'QUYẾT ĐỊNH',
    'Về việc phê duyệt Chiến lược phát triển dịch vụ',
    '',
    'THỦ TƯỚNG CHÍNH PHỦ',
    body,
    '',
    'Nơi nhận:',
    '- Như Điều 3;',
    '- Lưu: VT.',
  ].join('\n');
}

/** The cited numbers with their dates. */
function citationsOf(text: string): [string, string | null][] {
  return extractDirective(text).citations.map((c) => [c.number, c.date]);
}

describe('cited dates as OCR prints them', () => {
  it('reads a month followed by a stray point before the wrapped year', () => {
    const text = decision('Điều 1. Công bố Quyết định số 22/2021/QĐ-TTg ngày 02 tháng 7.\nnăm 2021 của Thủ tướng Chính phủ tiếp tục có hiệu lực.');
    expect(citationsOf(text)).toEqual([['22/2021/QĐ-TTg', '2021-07-02']]);
  });

  it('reads "Ol" as the day 01', () => {
    const text = decision('Căn cứ Nghị định số 78/2025/NĐ-CP ngày Ol tháng 4 năm 2025 của Chính phủ;');
    expect(citationsOf(text)).toEqual([['78/2025/NĐ-CP', '2025-04-01']]);
  });

  it('does not take a word as a day', () => {
    const text = decision('Căn cứ Nghị định số 78/2025/NĐ-CP ngày lo tháng 4 năm 2025 của Chính phủ;');
    expect(citationsOf(text)).toEqual([['78/2025/NĐ-CP', null]]);
  });
});

describe('numbers split by OCR', () => {
  it('keeps a year split by one space inside the number', () => {
    const text = decision('Căn cứ Quyết định số 30/201 6/QĐ-TTg ngày 28 tháng 7 năm 2016 của Thủ tướng Chính phủ;');
    expect(citationsOf(text)).toEqual([['30/2016/QĐ-TTg', '2016-07-28']]);
  });

  it('does not join two numbers a space apart', () => {
    const text = decision('Căn cứ các Tờ trình số 12/2024 và 6/TTr-BCT ngày 03/10/2025 của Bộ Công Thương;');
    expect(citationsOf(text).map(([n]) => n)).toEqual(['6/TTr-BCT']);
  });
});

describe('the own number repeated in an appendix', () => {
  it('drops the own number printed with a look-alike letter', () => {
    const text = decision(
      'Căn cứ Nghị định số 165/2025/NĐ-CP ngày 30 tháng 6 năm 2025;\n\nPhụ lục\n(Kèm theo Quyết định số 2222 /OD-TTg\nngày 08 tháng 10 năm 2025 của Thủ tướng Chính phủ)',
    );
    expect(citationsOf(text)).toEqual([['165/2025/NĐ-CP', '2025-06-30']]);
  });

  it('keeps another running number of the same issuer', () => {
    const text = decision('Căn cứ Quyết định số 2221/QĐ-TTg ngày 07 tháng 10 năm 2025 của Thủ tướng Chính phủ;');
    expect(citationsOf(text)).toEqual([['2221/QĐ-TTg', '2025-10-07']]);
  });
});

describe('header date with OCR digits', () => {
  it('reads "tháng 1D" as October', () => {
    expect(extractDirective(decision('Điều 1. Nội dung.', 'Hà Nội, ngày 09 tháng 1D năm 2025')).document.date).toBe('2025-10-09');
  });

  it('does not read a lone "D" as a month', () => {
    expect(extractDirective(decision('Điều 1. Nội dung.', 'Hà Nội, ngày 09 tháng D năm 2025')).document.date).not.toBe('2025-10-09');
  });
});

describe('a yearly day written with the month in words', () => {
  const body = (cue: string) =>
    `Điều 2. Tổ chức thực hiện\n\n1. Trách nhiệm báo cáo định kỳ\n\nCác bộ, ngành, địa phương ${cue} có trách nhiệm gửi báo cáo tình hình triển khai thực hiện Chiến lược về Bộ Công Thương để tổng hợp.`;

  it('makes "trước ngày 10 tháng 12 hằng năm" yearly, the first 10/12 after the document date', () => {
    const [task] = extractDirective(decision(body('định kỳ trước ngày 10 tháng 12 hằng năm'))).tasks;
    expect(task?.deadline).toMatchObject({ date: '2025-12-10', recurrence: 'yearly' });
  });

  it('moves to the next year when the day has passed', () => {
    const [task] = extractDirective(decision(body('định kỳ trước ngày 05 tháng 3 hằng năm'))).tasks;
    expect(task?.deadline).toMatchObject({ date: '2026-03-05', recurrence: 'yearly' });
  });

  it('keeps a one-off "trước ngày 10 tháng 12 năm 2025" a single date', () => {
    const [task] = extractDirective(decision(body('trước ngày 10 tháng 12 năm 2025'))).tasks;
    expect(task?.deadline).toMatchObject({ date: '2025-12-10', recurrence: null });
  });
});

describe('a recurring duty due on two days', () => {
  /** A tax office's notice dated 14/10/2024 whose one duty ends with `cue`. */
  const notice = (cue: string) =>
    [
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc',
      'Số: 990/TB-TCT Hà Nội, ngày 14 tháng 10 năm 2024',
      'THÔNG BÁO',
      'Về triển khai nhiệm vụ',
      '',
      '2.5. Giao Vụ TTHT',
      '',
      `- Khẩn trương hoàn thiện cẩm nang các câu hỏi thường gặp; báo cáo Tổng cục kết quả thực hiện ${cue}.`,
      '',
      'Nơi nhận:',
      '- Lưu: VT.',
    ].join('\n');
  const deadlineOf = (cue: string) => extractDirective(notice(cue)).tasks[0]?.deadline;

  it('takes the nearer of two yearly days ("15 tháng 6 và 15 tháng 12 hằng năm")', () => {
    expect(deadlineOf('trước ngày 15 tháng 6 và 15 tháng 12 hằng năm')).toMatchObject({ date: '2024-12-15', recurrence: 'yearly' });
    expect(deadlineOf('trước ngày 15/12 và 15/6 hàng năm')).toMatchObject({ date: '2024-12-15', recurrence: 'yearly' });
  });

  it('shares a month written once ("ngày 5 và 20 tháng 12 hằng năm")', () => {
    expect(deadlineOf('trước ngày 5 và 20 tháng 12 hằng năm')).toMatchObject({ date: '2024-12-05', recurrence: 'yearly' });
  });

  it('takes the nearer of two monthly days', () => {
    expect(deadlineOf('trước ngày 20 và 25 hằng tháng')).toMatchObject({ date: '2024-10-20', recurrence: 'monthly' });
  });

  it('does not make a yearly duty of a one-off pair of dates', () => {
    expect(deadlineOf('trước ngày 15/11/2024 và 15/12/2024')).toMatchObject({ date: '2024-11-15', recurrence: null });
  });
});

describe('an apostrophe inside a ký hiệu', () => {
  it('reads "68-NQ/T\'W" whole', () => {
    const text = decision("Căn cứ Nghị quyết số 68-NQ/T'W ngày 04/5/2025 của Bộ Chính trị;");
    expect(citationsOf(text)).toEqual([["68-NQ/T'W", '2025-05-04']]);
  });

  it('does not take a quoted word after a number', () => {
    const text = decision("Căn cứ Quyết định số 45/QĐ-UBND 'Về việc ban hành' ngày 01/02/2025;");
    expect(citationsOf(text).map(([n]) => n)).toEqual(['45/QĐ-UBND']);
  });
});

describe('the issuer of a cited document', () => {
  const issuerOf = (body: string) => extractDirective(decision(body)).citations[0]?.issuer;

  it('keeps "Bộ Ngoại giao" whole across a line break', () => {
    expect(issuerOf('Căn cứ Thông báo số 08/2024/TB-LPQT ngày 26/01/2024 của Bộ Ngoại\ngiao thông báo hiệu lực của Hiệp định;')).toBe('Bộ Ngoại giao');
  });

  it('still ends the name at "giao" that assigns', () => {
    expect(issuerOf('Thực hiện Công văn số 15/UBND-KT ngày 02/10/2025 của Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì;')).toBe('Ủy ban nhân dân tỉnh');
  });
});

describe('a header pushed down by front matter and a signature block', () => {
  const page = (title: string, dateLine: string, number = '08/2024/TB-LPQT') =>
    [
      '---',
      'title: "Doc 2024 01 26 TB 08"',
      'category: "Tax"',
      'source_folder: "2024"',
      'original_format: "pdf"',
      '---',
      '',
      'Ký bởi: Văn phòng Bộ',
      'Cơ quan: Bộ Ngoại giao',
      '',
      'Thời gian ký:',
      '',
      'BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${number}`,
      '',
      dateLine,
      '',
      title,
      'Về hiệu lực của điều ước quốc tế',
      '',
      'Bộ Ngoại giao trân trọng thông báo: Hiệp định có hiệu lực đối với Việt Nam từ ngày 01 tháng 12 năm 2023.',
    ].join('\n');

  it('reads the title and date line below the twelfth line', () => {
    const doc = extractDirective(page('THÔNG BÁO', 'Hà Nội, ngày 26 tháng 01 năm 2024')).document;
    expect([doc.kind, doc.number, doc.date]).toEqual(['Thông báo', '08/2024/TB-LPQT', '2024-01-26']);
  });

  it('reads a title with an OCR speck after it and "ngàu" for "ngày"', () => {
    const doc = extractDirective(page('THÔNG BẢO ae', 'Hà Nội, ngàu 26 tháng 01 năm 2024')).document;
    expect([doc.kind, doc.date]).toEqual(['Thông báo', '2024-01-26']);
  });

  it('does not take a title followed by a real word', () => {
    // A number with no type code: the kind can only come from the title line.
    const doc = extractDirective(page('THÔNG BÁO kết quả', 'Hà Nội, ngày 26 tháng 01 năm 2024', '08/LPQT')).document;
    expect(doc.kind).not.toBe('Thông báo');
    expect(extractDirective(page('THÔNG BẢO ae', 'Hà Nội, ngày 26 tháng 01 năm 2024', '08/LPQT')).document.kind).toBe('Thông báo');
  });
});

describe('an issuer followed by OCR\'s "vê việc"', () => {
  it('ends the name before "vê việc"', () => {
    const text = decision('Căn cứ Quyết định số 200/QĐ-TTg ngày 14 tháng 02 năm 2017 của Thủ\ntướng Chính phủ vê việc phê duyệt Kế hoạch hành động;');
    expect(extractDirective(text).citations[0]?.issuer).toBe('Thủ tướng Chính phủ');
  });
});

describe('"]" for 1 in a day', () => {
  it('reads a cited "ngày 1]" as the 11th', () => {
    const text = decision('Căn cứ văn bản số 9239/BNV-CQĐP ngày 1]\ntháng 10 năm 2025 của Bộ Nội vụ;');
    expect(citationsOf(text)).toEqual([['9239/BNV-CQĐP', '2025-10-11']]);
  });

  it('reads a header "ngày 1] tháng 10"', () => {
    expect(extractDirective(decision('Điều 1. Nội dung.', 'Hà Nội, ngày 1] tháng 10 năm 2025')).document.date).toBe('2025-10-11');
  });

  it('does not read a lone "]" as a day', () => {
    const text = decision('Căn cứ văn bản số 9239/BNV-CQĐP ngày ] tháng 10 năm 2025 của Bộ Nội vụ;');
    expect(citationsOf(text)[0]?.[1]).not.toBe('2025-10-01');
  });
});
