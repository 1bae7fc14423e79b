import { describe, expect, it } from 'vitest';
import { ExtractionSchema, extractDirective, MAX_INPUT } from '../../lib/extract';

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

describe('many quotations and deadlines', () => {
  it('stays within the contract', () => {
    const text = 'Giao Sở Nội vụ chủ trì thực hiện:\n' + '“Kế hoạch năm 2025” trước ngày 15/10/2025; '.repeat(20_000);
    const out = extractDirective(text);
    expect(out.tasks.length).toBeGreaterThan(0);
    expect(() => ExtractionSchema.parse(out)).not.toThrow();
  });
});
