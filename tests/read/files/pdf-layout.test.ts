// @vitest-environment node
// Reading order from positioned runs, without pdf.js: lines, columns, paragraphs, page furniture.
import { describe, expect, it } from 'vitest';
import { assemblePages } from '../../../lib/read/files/pdf-assemble';
import { dropPageFurniture } from '../../../lib/read/files/pdf-furniture';
import { groupLines, type PositionedText } from '../../../lib/read/files/pdf-lines';
import { trimHyphen } from '../../../lib/read/files/pdf-paragraphs';

const SIZE = 13;
/** A run whose width is estimated at half an em a character. */
const run = (str: string, x: number, y: number, size = SIZE): PositionedText => ({ str, x, y, width: str.length * size * 0.5, size });

/** Body lines: each [text, x], one pitch apart from `top` down; `gap` adds paragraph space before lines marked "¶". */
function body(lines: [string, number][], top = 700, pitch = 16): PositionedText[] {
  let y = top;
  return lines.map(([text, x]) => {
    if (text.startsWith('¶')) y -= 6;
    const r = run(text.replace(/^¶/, ''), x, y);
    y -= pitch;
    return r;
  });
}

const read = (pages: PositionedText[][]) => assemblePages(dropPageFurniture(pages.map((p, i) => groupLines(p, i + 1))));

describe('lines from runs', () => {
  it('joins runs on one baseline, left to right, rebuilding spaces from the gaps', () => {
    const [line] = groupLines([run('chính', 158, 700.4), run('Giao', 85, 700), run('Sở Tài', 115, 699.8)], 1);
    expect(line!.text).toBe('Giao Sở Tài chính');
  });

  it('joins a word cut at a diacritic and a combining mark emitted after a space', () => {
    const [line] = groupLines([run('Vi', 85, 700), run('ệt', 85 + 13, 700), run('Nam', 85 + 26 + 4, 700), run('Viê', 150, 680), run(' \u0323t', 150 + 19.5, 680)], 1);
    expect(line!.text).toBe('Việt Nam');
    expect(groupLines([run('Viê', 150, 680), run(' \u0323t', 150 + 19.5, 680)], 1)[0]!.text).toBe('Việt');
  });

  it('keeps two columns apart when the gap is wide', () => {
    const [line] = groupLines([run('ỦY BAN NHÂN DÂN', 60, 800, 12), run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800, 12)], 1);
    expect(line!.segments.map((s) => s.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});

describe('paragraphs', () => {
  /** A line that reaches the right margin (450 points at half an em a character): `head`, filler, `tail`. */
  const full = (head: string, tail = '') => {
    let text = head;
    while ((text + tail).length < 68) text += ' x';
    return (text + (tail ? ` ${tail}` : '')).trim();
  };

  it('joins wrapped lines and breaks before list markers and indented first lines', () => {
    const { text } = read([
      body([
        [full('Thực hiện Công văn số 1071-CV/BCSD ngày 04/3/2024 của Ban cán sự'), 85],
        ['đảng UBND tỉnh, đề nghị:', 85],
        ['1. Sở Tài chính chủ trì.', 113],
        ['- Báo cáo trước ngày 30/4/2024.', 113],
        [full('Giao Sở Nội vụ phối hợp thực hiện các nội dung được giao tại Kế hoạch'), 113],
        ['này.', 85],
        ['Sở Y tế theo dõi.', 113],
      ]),
    ]);
    expect(text.split('\n')).toEqual([
      `${full('Thực hiện Công văn số 1071-CV/BCSD ngày 04/3/2024 của Ban cán sự')} đảng UBND tỉnh, đề nghị:`,
      '1. Sở Tài chính chủ trì.',
      '- Báo cáo trước ngày 30/4/2024.',
      `${full('Giao Sở Nội vụ phối hợp thực hiện các nội dung được giao tại Kế hoạch')} này.`,
      'Sở Y tế theo dõi.',
    ]);
  });

  it('breaks at paragraph spacing even without punctuation', () => {
    const { text } = read([body([[full('1. Đăng tải tuyên truyền trên Cổng thông tin điện tử'), 85], ['¶Giao Văn phòng UBND tỉnh đăng tải.', 85], ['Sở X theo dõi.', 85], ['Sở Y thực hiện.', 85]])]);
    expect(text.split('\n')[0]).toBe(full('1. Đăng tải tuyên truyền trên Cổng thông tin điện tử'));
  });

  it.each([
    ['số 1071-', 'CV/BCSD ngày', 'số 1071-'],
    ['Lao động - Thương binh-', 'Xã hội', 'Lao động - Thương binh-'],
    ['docu-', 'ment', 'docu'],
    ['ki-lô-', 'mét', 'ki-lô-'],
    ['hạ tầng kỹ thu\u00ad', 'ật', 'hạ tầng kỹ thu'],
  ])('undoes end-of-line hyphenation: %s|%s', (prev, next, kept) => {
    expect(trimHyphen(prev, next)).toBe(kept);
  });

  it('joins a code cut at its hyphen without a space', () => {
    const { text } = read([body([[full('Thực hiện Chương trình hành động', 'số 31-'), 85], ['CTr/TW ngày 28/7/2026 của Bộ Chính trị.', 85]])]);
    expect(text).toContain('số 31-CTr/TW ngày');
  });
});

describe('header and footer columns', () => {
  const header = [
    run('ỦY BAN NHÂN DÂN', 90, 800, 12), run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800, 12),
    run('TỈNH LẠNG SƠN', 95, 785, 12), run('Độc lập - Tự do - Hạnh phúc', 330, 785, 12),
    run('Số: 12/UBND-VX', 95, 770, 12), run('Lạng Sơn, ngày 05 tháng 3 năm 2024', 310, 770, 12),
    run('V/v triển khai Kế hoạch', 70, 755, 12),
    run('số 07-KH/UBND', 90, 740, 12),
  ];

  it('reads the left column, the right one, then the subject under the number', () => {
    const { text } = read([[...header, ...body([['Kính gửi: Sở Tài chính.', 113], ['Giao Sở Tài chính chủ trì.', 113]], 700)]]);
    expect(text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN', 'Số: 12/UBND-VX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lạng Sơn, ngày 05 tháng 3 năm 2024',
      'V/v triển khai Kế hoạch', 'số 07-KH/UBND',
      'Kính gửi: Sở Tài chính.', 'Giao Sở Tài chính chủ trì.',
    ]);
  });

  it('reads Nơi nhận before the signature', () => {
    const footer = [
      run('Nơi nhận:', 85, 300, 11), run('KT. CHỦ TỊCH', 380, 300, 12),
      run('- Như trên;', 85, 285, 11), run('PHÓ CHỦ TỊCH', 378, 285, 12),
      run('- Lưu: VT, KGVX.', 85, 270, 11),
      run('Nguyễn Văn A', 382, 210, 12),
    ];
    const { text } = read([[...body([['Giao Sở Tài chính chủ trì./.', 113]], 400), ...footer]]);
    expect(text.split('\n')).toEqual(['Giao Sở Tài chính chủ trì./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, KGVX.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
  });

  it('leaves a line-up of two short phrases in the body alone without a header cue', () => {
    const { text } = read([[run('Thời gian', 85, 800), run('Địa điểm', 350, 800), ...body([['Giao Sở Tài chính chủ trì.', 113]], 700)]]);
    expect(text).toMatch(/^Thời gian Địa điểm/u);
  });
});

describe('pages', () => {
  it('drops page numbers and a repeated running header, joins a paragraph across pages, records page ranges', () => {
    const width = 450;
    const line = 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan rà soát'.padEnd(width / (SIZE * 0.5), ' x');
    const page = (n: number, lines: [string, number][]) => [
      ...(n > 1 ? [run(String(n), 290, 810, 11)] : []),
      run('CÔNG VĂN SỐ 12/UBND-VX', 220, 825, 9),
      ...body(lines, 760),
    ];
    const { text, pages } = read([
      page(1, [['Kính gửi: các sở.', 113], [line, 85]]),
      page(2, [['văn bản, báo cáo trước ngày 30/4/2024.', 85], ['Sở Y tế theo dõi.', 113]]),
      page(3, [['Nơi nhận: như trên.', 85]]),
    ]);
    expect(text).not.toMatch(/CÔNG VĂN SỐ|^\d+$/mu);
    expect(text.split('\n')).toEqual(['Kính gửi: các sở.', `${line.trim()} văn bản, báo cáo trước ngày 30/4/2024.`, 'Sở Y tế theo dõi.', 'Nơi nhận: như trên.']);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(text.slice(pages[1]!.start, pages[1]!.end)).toBe('văn bản, báo cáo trước ngày 30/4/2024.\nSở Y tế theo dõi.');
    expect(text.slice(pages[2]!.start, pages[2]!.end)).toBe('Nơi nhận: như trên.');
    expect(pages[0]!.start).toBe(0);
  });
});
