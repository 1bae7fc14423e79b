import { describe, expect, it } from 'vitest';
import { ExtractionSchema, extractDirective, MAX_INPUT } from '../../lib/extract';
import { foldText } from '../../lib/extract/fold';
import { normalizeText } from '../../lib/extract/normalize';
import { findQuotedProvisions } from '../../lib/extract/tasks/closings';
import { findTableTasks } from '../../lib/extract/tasks/table-tasks';
import { lineGoesOn } from '../../lib/extract/tasks/triggers';

/** Deterministic pseudo-random text from an alphabet. */
function noise(length: number, alphabet: string, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

function expectValid(input: string): ReturnType<typeof extractDirective> {
  const out = extractDirective(input);
  expect(() => ExtractionSchema.parse(out)).not.toThrow();
  for (const span of [...out.citations.map((c) => c.span), ...out.tasks.map((t) => t.span)]) {
    expect(span[0]).toBeGreaterThanOrEqual(0);
    expect(span[1]).toBeLessThanOrEqual(input.length);
    expect(span[0]).toBeLessThan(span[1]);
  }
  return out;
}

describe('hostile input', () => {
  it('returns an empty extraction for 5 MB of noise', () => {
    const out = expectValid(noise(5_000_000, 'aăâbcdđeêghiklmnoôơpqrstuưvxy ,.;:/-\n0123456789ĐỀÁỦ'));
    expect(out.tasks).toEqual([]);
    expect(out.citations).toEqual([]);
  });

  it.each([
    ['a repeated assignment', 'Giao Sở Tài chính chủ trì, phối hợp với các cơ quan, '.repeat(20_000)],
    ['nested markers', '1. a) (i) - + 1.1.1. '.repeat(30_000)],
    ['one huge line of commas', `Căn cứ ${',Sở A'.repeat(100_000)}`],
    ['repeated numbers', '1/2/3-4/5-6/'.repeat(50_000)],
    ['combining marks only', '\u0301\u0323'.repeat(100_000)],
  ])('stays within the contract on %s', (_name, input) => {
    expectValid(input);
  });

  it('reads only the first MAX_INPUT characters of a huge page, and says so through spans', () => {
    const doc = 'Giao Sở Nội vụ chủ trì rà soát, báo cáo UBND tỉnh trước ngày 15/10/2025.\n';
    const out = expectValid(doc + 'x'.repeat(MAX_INPUT * 2));
    expect(out.tasks).toHaveLength(1);
    expect(out.tasks[0]!.span[1]).toBeLessThanOrEqual(MAX_INPUT);
  });
});

describe('dates far from the present', () => {
  const directive = (year: number) =>
    `Số: 12/UBND-VX Hà Nội, ngày 05 tháng 01 năm ${year}\nKính gửi: Sở Y tế.\nGiao Sở Y tế chủ trì, báo cáo trong 05 ngày làm việc kể từ ngày nhận được văn bản; hoàn thành trước Tết Nguyên đán.\nNơi nhận:`;
  it.each(['9999-12-01', '0001-01-02', '2100-01-01'])('counts working days and finds Tết from a received date of %s without throwing', (reference) => {
    const out = extractDirective(directive(2026), { reference });
    expect(ExtractionSchema.safeParse(out).success).toBe(true);
    expect(out.tasks).toHaveLength(1);
  });
  it('reads a document dated in 9999 without throwing', () => {
    expect(ExtractionSchema.safeParse(extractDirective(directive(9999))).success).toBe(true);
  });
});

describe('many quotations and deadlines', () => {
  it('stays within the contract', () => {
    const text = 'Giao Sở Nội vụ chủ trì thực hiện:\n' + '“Kế hoạch năm 2025” trước ngày 15/10/2025; '.repeat(20_000);
    const out = extractDirective(text);
    expect(out.tasks.length).toBeGreaterThan(0);
    expect(() => ExtractionSchema.parse(out)).not.toThrow();
  });
});

describe('work that stays linear on hostile shapes', () => {
  /** Fastest of five runs, in ms: the least disturbed by other work on the machine. */
  function fastest(run: () => void): number {
    let best = Infinity;
    // The best of several runs: a run that a busy machine (parallel test files) slowed says nothing.
    for (let r = 0; r < 9; r++) {
      const t = performance.now();
      run();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  }

  it('looks for table rows split by "|" in one sweep when one bar comes after many lines without any', () => {
    // Each line used to search for its first bar from its own start: to the far bar at the end.
    // The same lines each holding bars are the yardstick.
    const tables = (text: string) => () => findTableTasks(text, foldText(text));
    const hostile = 'a\n'.repeat(150_000) + '| a | b | c |';
    const barred = '|\n'.repeat(150_000) + '| a | b | c |';
    expect(hostile.length).toBe(barred.length);
    expect(fastest(tables(hostile))).toBeLessThan(10 * fastest(tables(barred)) + 5);
  });

  it('reads HTML tables left unclosed in one sweep', () => {
    // Each "<table>" ran to the far "</table>" and each "<tr>" looked 20,000 characters ahead for its
    // "</tr>": hundreds of unclosed tables (a pasted line repeated) took seconds. The same tables closed
    // are the yardstick.
    const tables = (text: string) => () => findTableTasks(text, foldText(text));
    const row = '<table><tr><td>1</td><td>Rà soát hồ sơ</td><td>Sở Nội vụ</td>';
    const hostile = `${row}             \n`.repeat(400) + 'x'.repeat(30_000) + '</tr></table>';
    const closed = `${row}</tr></table>\n`.repeat(400) + 'x'.repeat(30_000) + '             ';
    expect(hostile.length).toBe(closed.length);
    // Measured: about 0.3× after the fix, about 1,200× before it.
    expect(fastest(tables(hostile))).toBeLessThan(10 * fastest(tables(closed)) + 5);
  });

  it('finds quoted provisions in one sweep when no line resumes the letter after the quotes', () => {
    // Thousands of quotes and no "Căn cứ…" at a line start: the resume point was searched for to
    // the text's end once per quote. The same quotes each followed by a resume are the yardstick.
    const provisions = (text: string) => () => {
      findQuotedProvisions({ text, folded: foldText(text), recipients: [], issuerKey: null });
    };
    const hostile = 'Căn cứ như sau:\n"Điều 1" '.repeat(4000);
    const resumed = 'Căn cứ như sau:\n"Điều 1"\n'.repeat(4000);
    expect(hostile.length).toBe(resumed.length);
    const ranges = findQuotedProvisions({ text: hostile, folded: foldText(hostile), recipients: [], issuerKey: null });
    expect(ranges).toHaveLength(4000);
    // Measured: about 1× after the fix, about 70× before it.
    expect(fastest(provisions(hostile))).toBeLessThan(10 * fastest(provisions(resumed)) + 1);
  });

  it('looks for Markdown marks in one sweep when one comes after many lines without any', () => {
    // Each line searched for its first "**" or "\\" from its own start: to the far one at the end, once
    // per line. The same lines with no mark at all are the yardstick.
    const normalize = (text: string) => () => {
      normalizeText(text);
    };
    for (const mark of ['**b**', '1\\.']) {
      const hostile = ' a\n'.repeat(100_000) + mark;
      const plain = ' a\n'.repeat(100_000) + 'x'.repeat(mark.length);
      expect(normalizeText(hostile).text.endsWith(mark.replace(/\*\*|\\/g, ''))).toBe(true);
      // Measured: about 1.2× after the fix, about 25× before it.
      expect(fastest(normalize(hostile))).toBeLessThan(10 * fastest(normalize(plain)) + 5);
    }
  });

  it('reads header lines that open with thousands of blanks once each', () => {
    // A line-start pattern read the blanks before a subject's "V/v" with two quantifiers, trying every
    // split of them: quadratic in the blanks (a laid-out page whose gaps a conversion widened). The
    // same lines with the blanks after their word are the yardstick.
    const extract = (text: string) => () => {
      extractDirective(text);
    };
    const hostile = `ỦY BAN NHÂN DÂN\n${`${' '.repeat(3000)}x\n`.repeat(30)}`;
    const yardstick = `ỦY BAN NHÂN DÂN\n${`x${' '.repeat(3000)}\n`.repeat(30)}`;
    expect(hostile.length).toBe(yardstick.length);
    // Measured: about 3.5× after the fix, about 60× before it.
    expect(fastest(extract(hostile))).toBeLessThan(10 * fastest(extract(yardstick)) + 5);
  });

  it('counts hundreds of working days per phrase without building a date string per day', () => {
    // Each "trong 999 ngày làm việc" walked ~1,400 days as ISO strings, a few milliseconds apiece;
    // the same text with a count of one is the yardstick.
    const phrases = (count: string) => `Giao Sở Nội vụ chủ trì thực hiện, báo cáo trong ${count} ngày làm việc kể từ ngày nhận được văn bản.\n`.repeat(300);
    const extract = (text: string) => () => {
      extractDirective(text, { reference: '2025-10-15' });
    };
    const long = phrases('999');
    const short = phrases('001');
    expect(extractDirective(long, { reference: '2025-10-15' }).tasks[0]!.deadline?.date).toBe('2029-10-19');
    // Measured: about 1× after the fix, about 40× before it.
    expect(fastest(extract(long))).toBeLessThan(4 * fastest(extract(short)) + 10);
  });

  it('reads a few characters after an agency colon, not the rest of a single-line text', () => {
    const counting = (text: string) => {
      const source = { length: text.length, reads: 0, charCodeAt: (i: number) => (source.reads++, text.charCodeAt(i)) };
      return source;
    };
    const line = `: a. ${'Sở Tài chính: a. '.repeat(10_000)}`;
    const source = counting(line);
    expect(lineGoesOn(source, 1)).toBe(true);
    expect(source.reads).toBeLessThan(8);
    // Same answers as trimming the rest of the line.
    for (const rest of ['', ' ', 'ab', ' ab \n', 'abc', ' a b', 'a\nbcd', 'ab\ncd', '\u00a0\tab\r', ' \u2028ab', ' a  \n']) {
      const eol = rest.indexOf('\n');
      expect(lineGoesOn(rest, 0), JSON.stringify(rest)).toBe(rest.slice(0, eol < 0 ? rest.length : eol).trim().length >= 3);
    }
    const blanks = counting(`${' '.repeat(50)}ab${' '.repeat(50)}c${' '.repeat(100_000)}`);
    expect(lineGoesOn(blanks, 0)).toBe(true);
    expect(blanks.reads).toBeLessThan(120);
  });
});
