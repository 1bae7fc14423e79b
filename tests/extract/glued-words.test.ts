import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract';
import { gluedWordPieces, unglued } from '../../lib/extract/glued-words';
import { normalizeText } from '../../lib/extract/normalize';

/** Each glued run found and how it reads: the run's cuts, read off the pieces, grouped by run. */
const readings = (text: string): [string, string][] => {
  const runs = new Map<number, { end: number; cuts: number[] }>();
  for (const [, cut] of gluedWordPieces(text)) {
    let start = cut;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    let end = cut;
    while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
    const run = runs.get(start) ?? { end, cuts: [] };
    run.cuts.push(cut);
    runs.set(start, run);
  }
  return [...runs].map(([start, { end, cuts }]) => {
    let reading = '';
    let last = start;
    for (const cut of cuts) {
      reading += `${text.slice(last, cut)} `;
      last = cut;
    }
    return [text.slice(start, end), reading + text.slice(last, end)];
  });
};

describe('gluedWordPieces', () => {
  it('cuts runs with two nuclei into syllables the same text prints on their own', () => {
    const text = 'Kính gửi: Về việc thực hiện ý kiến của các Bộ, Tổng cục. Kínhgửi: vềviệc thựchiện ýkiến của cácBộ, TỔNGCỤC; danhmục danh mục';
    expect(readings(text)).toEqual([
      ['Kínhgửi', 'Kính gửi'],
      ['vềviệc', 'về việc'],
      ['thựchiện', 'thực hiện'],
      ['ýkiến', 'ý kiến'],
      ['cácBộ', 'các Bộ'],
      ['TỔNGCỤC', 'TỔNG CỤC'],
      ['danhmục', 'danh mục'],
    ]);
  });
  it('picks the cut whose parts the text prints ("thực|hiện", not "thự|chiện"), three syllables too', () => {
    expect(readings('thực hiện số thuế tiêu thụ: thựchiện Sốthuếtiêu')).toEqual([
      ['thựchiện', 'thực hiện'],
      ['Sốthuếtiêu', 'Số thuế tiêu'],
    ]);
  });
  it('leaves a run whose parts the text never prints alone, and words with no Vietnamese mark', () => {
    expect(readings('Sở Tài nguyên rà soát; Covid Internet Facebook Vinamilk; tràngđình, lạngsơn')).toEqual([]);
  });
  it('knows the words every directive prints, and the duty verbs of two words, without looking', () => {
    expect(readings('Văn phòng thông báođể Bộ biết. Sở Y tế chủtrì, khẩntrương rà soát.')).toEqual([
      ['báođể', 'báo để'],
      ['chủtrì', 'chủ trì'],
      ['khẩntrương', 'khẩn trương'],
    ]);
  });
  it('stays linear on hostile runs of letters whose parts never stand alone', () => {
    const syllables = ['bá', 'bà', 'bả', 'cá', 'cà', 'dá', 'dà', 'gá', 'hà', 'khá', 'lá', 'má', 'ná', 'phá', 'sá', 'tá', 'thá', 'trá', 'vá', 'xá'];
    const make = (length: number) => {
      let s = '';
      for (let i = 0; s.length < length; i++) s += `${syllables[i % 20]}${syllables[(i * 7) % 20]}n${syllables[(i * 3) % 20]} `;
      return s;
    };
    // The fastest of five runs: the least disturbed by whatever else the machine does.
    const time = (s: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        gluedWordPieces(s);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = make(90_000);
    const large = make(900_000);
    time(small);
    // Ten times the text, well under a hundred times the time (quadratic would be a hundred).
    expect(time(large) / Math.max(time(small), 0.2)).toBeLessThan(40);
  });
});

describe('unglued', () => {
  it('is the text with a space at each cut, every other character as it was', () => {
    expect(unglued('thực hiện ý kiến: thựchiện ýkiến.')).toBe('thực hiện ý kiến: thực hiện ý kiến.');
  });
});

describe('normalizeText with glued words', () => {
  it('reads the words apart and maps their offsets back to the run as printed', () => {
    const input = 'Sở Tài chính chủ trì. Sở Y tế chủtrì, phối hợp.';
    const n = normalizeText(input);
    expect(n.text).toBe('Sở Tài chính chủ trì. Sở Y tế chủ trì, phối hợp.');
    const at = n.text.lastIndexOf('chủ trì');
    expect(input.slice(n.toInput(at), n.toInputEnd(at + 'chủ trì'.length))).toBe('chủtrì');
  });
});

describe('extractDirective on a page that lost its spaces', () => {
  it('reads the body and its verb apart: "Sở Tài nguyên và Môi trường chủtrì, phối hợp …"', () => {
    const text =
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSố: 722/UBND-MT\nBắc Giang, ngày 28 tháng 03 năm 2013\nKínhgửi: Sở Tài nguyên và Môi trường\nChủ tịch UBND tỉnh có ý kiến như sau:\n1. Sở Y tế chủ trì kiểm tra vệ sinh môi trường.\n2. Sở Tài nguyên và Môi trường chủtrì, phối hợp với cơ quan liên quan rà soát, lập danh mục cơ sở gây ô nhiễm; báo cáo kết quả về UBND tỉnh trước ngày 15/4/2013./.';
    const task = extractDirective(text).tasks[1];
    expect(task!.assignees).toEqual(['Sở Tài nguyên và Môi trường']);
    expect(text.slice(task!.span[0], task!.span[1])).toContain('chủtrì');
  });
});
