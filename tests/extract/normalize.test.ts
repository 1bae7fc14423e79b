import { describe, expect, it } from 'vitest';
import { foldKey, foldText } from '../../lib/extract/fold';
import { normalizeText, specialPieces } from '../../lib/extract/normalize';
import { createRng } from '../../lib/eval/fuzz';
import { joinSpacedMarks } from './spaced-marks';

describe('normalizeText', () => {
  it.each([
    ['NFD to NFC', 'Vie\u0323\u0302t Nam', 'Việt Nam'],
    ['old tone style in open syllables', 'Uỷ ban, hoà bình, khoẻ, thuỷ', 'Ủy ban, hòa bình, khỏe, thủy'],
    ['keeps "quý" and closed syllables', 'quý IV, hoàn thành, tuyển dụng', 'quý IV, hoàn thành, tuyển dụng'],
    ['Icelandic eth look-alikes', 'Ðảng ðoàn', 'Đảng đoàn'],
    ['NBSP, zero-width, soft hyphen, CR', 'Sở\u00a0Y\u200b tế\u00ad\r\n', 'Sở Y tế\n'],
    ['dash variants and full-width digits', '１２/ＱĐ–UBND', '12/ＱĐ-UBND'],
    ['two or three blanks between words (justified PDF text)', 'Trong  quá \t trình\u00a0 thực hiện', 'Trong quá trình thực hiện'],
    ['a page number breaking running text made blanks and one line break', 'Chủ trì, phối hợp với Công ty cổ phần Trung tâm hội chợ Triển lãm Việt\n\n4\n\nNam tổ chức Hội chợ mùa Thu năm 2025.', 'Chủ trì, phối hợp với Công ty cổ phần Trung tâm hội chợ Triển lãm Việt    \nNam tổ chức Hội chợ mùa Thu năm 2025.'],
    ['a page-break mark, its blank lines and the scrap after it made blanks and one line break', 'đề nghị các Cục Thuế\n\n\n--- PAGE BREAK ---\n\niz\n\nthực hiện báo cáo.', `đề nghị các Cục Thuế${' '.repeat(26)}\nthực hiện báo cáo.`],
    ['a page number in dashes or as "Trang 4/9" made blanks', 'Chủ trì, phối hợp với Công ty cổ phần Trung tâm hội chợ Triển lãm Việt\n- 4 -\nNam tổ chức Hội chợ mùa Thu năm 2025, Trang 5/9 kèm theo.\nTrang 5/9\nBộ Công Thương hướng dẫn.', 'Chủ trì, phối hợp với Công ty cổ phần Trung tâm hội chợ Triển lãm Việt      \nNam tổ chức Hội chợ mùa Thu năm 2025, Trang 5/9 kèm theo.          \nBộ Công Thương hướng dẫn.'],
    ['a site\'s mark that comes back at each break made blanks; once, or a short line that comes back, kept', `${'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành liên quan khẩn trương\n\nwww.thuvienphapluat.vn\n\nthực hiện các nội dung. '.repeat(2)}Gửi qua www.dichvucong.gov.vn\nđể tra cứu.\nCác sở, ngành liên quan báo cáo kết quả trước ngày\nTrong tháng 10 năm 2025\nvà chịu trách nhiệm. Các sở, ngành liên quan báo cáo kết quả trước ngày\nTrong tháng 10 năm 2025\nvà chịu trách nhiệm.`, `${'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành liên quan khẩn trương' + ' '.repeat(25) + '\nthực hiện các nội dung. '}${'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành liên quan khẩn trương' + ' '.repeat(25) + '\nthực hiện các nội dung. '}Gửi qua www.dichvucong.gov.vn\nđể tra cứu.\nCác sở, ngành liên quan báo cáo kết quả trước ngày\nTrong tháng 10 năm 2025\nvà chịu trách nhiệm. Các sở, ngành liên quan báo cáo kết quả trước ngày\nTrong tháng 10 năm 2025\nvà chịu trách nhiệm.`],
    ['a number between short lines (cells of a table) kept', 'STT\nNội dung\n1\nRà soát hồ sơ\n2\nKiểm tra', 'STT\nNội dung\n1\nRà soát hồ sơ\n2\nKiểm tra'],
    ['keeps indents and wide column gaps', '    Số: 12/UBND      Lào Cai, ngày 05\nKính gửi', '    Số: 12/UBND      Lào Cai, ngày 05\nKính gửi'],
    ['drops the margin every line shares, keeping the indents beyond it', '      Số: 12/UBND      Lào Cai\n\n  Kính gửi:\n     - Sở Y tế', '    Số: 12/UBND      Lào Cai\n\nKính gửi:\n   - Sở Y tế'],
    ['joins a mark a PDF set one or two blanks after its letter', 'Vie \u0323\u0302t Nam, Tiê \u0301ng, Vie\u0302 \u0323t, a  \u0301b', 'Việt Nam, Tiếng, Việt, áb'],
    ['joins letters a conversion set a blank apart, a wider gap between words', 'Q U Y Ế T   Đ Ị N H\nC ă n  c ứ Luật Tổ chức\nx   x   x   x', 'QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức\nx x x x'],
    ['drops Markdown bold marks and escapes, reads its "* " and "• " bullets as "- "', '**1. Mục đích**\n2\\. Giao Sở\n* Sở Y tế;\n  • Sở Tài chính;\n+ Phòng Y tế', '1. Mục đích\n2. Giao Sở\n- Sở Y tế;\n  - Sở Tài chính;\n+ Phòng Y tế'],
    ['keeps a rule of stars and a footnote star', 'Ghi chú (*) xem phụ lục\n*****\n* Ghi chú:', 'Ghi chú (*) xem phụ lục\n*****\n- Ghi chú:'],
    ['drops the blanks before a line break (a Markdown line break)', 'Kính gửi:  \r\n- Sở Y tế;\t\n- Sở Tài chính.', 'Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps offsets back to the input', () => {
    // The input under the span of `word` in the normalised text.
    const under = (input: string, word: string) => {
      const norm = normalizeText(input);
      const at = norm.text.indexOf(word);
      return input.slice(norm.toInput(at), norm.toInputEnd(at + word.length));
    };
    const input = 'a\u200bVie\u0323\u0302t\r\nNam';
    expect(normalizeText(input).text).toBe('aViệt\nNam');
    expect(under(input, 'Nam')).toBe('Nam');
    expect(under(input, 'Việt')).toBe('Vie\u0323\u0302t');
    expect(normalizeText('Giao  Sở   Y tế').text).toBe('Giao Sở Y tế');
    expect(under('Giao  Sở   Y tế', 'Sở Y tế')).toBe('Sở   Y tế');
    // A margin and blanks before a break dropped: the words still map to where they stand.
    const margin = '    1. Giao Sở Y tế   \r\n    báo cáo.';
    expect(normalizeText(margin).text).toBe('1. Giao Sở Y tế\nbáo cáo.');
    expect(under(margin, 'báo cáo.')).toBe('báo cáo.');
    expect(under(margin, 'Sở Y tế')).toBe('Sở Y tế');
  });
});

describe('the offset map on random text heavy in layout and markup', () => {
  // Margins, blanks before breaks, Markdown's marks, letter-spaced runs, marks set apart, page numbers:
  // every piece normalisation drops or rewrites.
  const ALPHABET = ['a', 'Q', 'ă', ' ', ' ', '  ', '\n', '\n', '\r\n', '\t', '*', '**', '\\', '.', '•', '- ', '\u0301', '\u0323', '4', '\f', 'www.x.vn', 'Trang 2/9'];

  it('maps every offset into the input, in order, and each character back to what it stands for', () => {
    const rng = createRng(11);
    for (let k = 0; k < 3000; k++) {
      let input = '';
      for (let i = Math.floor(rng() * 40); i > 0; i--) input += ALPHABET[Math.floor(rng() * ALPHABET.length)];
      const norm = normalizeText(input);
      let previous = 0;
      for (let at = 0; at < norm.text.length; at++) {
        const from = norm.toInput(at);
        const to = norm.toInputEnd(at + 1);
        expect(from, JSON.stringify(input)).toBeGreaterThanOrEqual(previous);
        expect(to, JSON.stringify(input)).toBeGreaterThan(from);
        expect(to, JSON.stringify(input)).toBeLessThanOrEqual(input.length);
        // A letter or digit no step rewrites stands where it stood.
        if (/[A-Za-z0-9]/.test(norm.text[at]!)) expect(input[from], JSON.stringify(input)).toBe(norm.text[at]);
        previous = from;
      }
    }
  });
});

describe('folding', () => {
  it('keeps the length so offsets carry over', () => {
    const s = 'Đảng ủy Ủy ban nhân dân tỉnh Lạng Sơn';
    expect(foldText(s)).toHaveLength(s.length);
    expect(foldText(s)).toBe('dang uy uy ban nhan dan tinh lang son');
  });
  it('folds names for comparison', () => {
    expect(foldKey('Sở TT&TT')).toBe('so tt tt');
    expect(foldKey('  Đảng  ')).toBe('dang');
  });
});

describe('folding edge cases', () => {
  it('keeps a leading byte-order mark and lone surrogates one unit each', () => {
    for (const s of ['\ufeffĐề nghị' + 'x'.repeat(300), '\ud800' + 'ab'.repeat(200), '\ufeffa']) {
      expect(foldText(s)).toHaveLength(s.length);
    }
  });
});

describe('specialPieces', () => {
  // The definition the search from rare characters must agree with.
  const SPECIAL =
    /(?<=\S)[ \t\u00a0\u2007\u202f]{2,3}(?![ \t\u00a0\u2007\u202f\u0300-\u036f])(?=\S)|[^\u0300-\u036f][\u0300-\u036f]{1,4}|[\u0300-\u036f]{1,4}|[\u200b\u200c\u200d\u2060\ufeff\u00ad\r\u00a0\u2007\u202f\t\u00d0\u00f0\u2010-\u2014\u2212\uff0f\uff10-\uff19]/g;
  const ALPHABET = ['a', 'o', ' ', '\n', '\r', '\t', '\u00a0', '\u0300', '\u0301', '\u0323', '\u036f', '\u200b', '\ufeff', '\u00ad', '\u00d0', '\u2013', '\uff11', 'à', 'Đ', '\ud83d'];

  it('finds the pieces of the SPECIAL regex in random text heavy in marks', () => {
    const rng = createRng(3);
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let i = Math.floor(rng() * 24); i > 0; i--) text += ALPHABET[Math.floor(rng() * ALPHABET.length)];
      const expected = joinSpacedMarks(text, [...text.matchAll(SPECIAL)].map((m): [number, number] => [m.index, m.index + m[0].length]));
      expect(specialPieces(text), JSON.stringify(text)).toEqual(expected);
    }
  });
});
