// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../lib/cli/bench-args';
import { isCalendarDate, parseEvalArgs, parseExtractArgs } from '../../lib/cli/parse-args';

describe('parseExtractArgs', () => {
  it.each([
    [['a.txt'], { file: 'a.txt', json: false, ocr: false }],
    [['scan.pdf', '--ocr'], { file: 'scan.pdf', json: false, ocr: true }],
    [['a.txt', '--json'], { file: 'a.txt', json: true, ocr: false }],
    [['--json', 'a.md', '--reference', '2025-10-15'], { file: 'a.md', json: true, ocr: false, reference: '2025-10-15' }],
    [['--', 'a.html', '--reference=2024-02-29'], { file: 'a.html', json: false, ocr: false, reference: '2024-02-29' }],
  ])('%j', (argv, value) => {
    expect(parseExtractArgs(argv)).toEqual({ ok: true, value });
  });

  it.each([
    [[], 'Thiếu tệp'],
    [['a.txt', 'b.txt'], 'Chỉ đọc một tệp'],
    [['a.txt', '--reference'], 'Thiếu ngày'],
    [['a.txt', '--reference', '15/10/2025'], 'Ngày tham chiếu không hợp lệ'],
    [['a.txt', '--reference', '2025-02-29'], 'Ngày tham chiếu không hợp lệ'],
    [['a.txt', '--jsn'], 'Không hiểu tùy chọn'],
  ])('%j is a usage error', (argv, message) => {
    const result = parseExtractArgs(argv);
    expect(result).toMatchObject({ ok: false, exitCode: 2 });
    expect(!result.ok && result.message).toContain(message);
  });

  it('answers --help with the usage and exit code 0', () => {
    expect(parseExtractArgs(['--help'])).toMatchObject({ ok: false, exitCode: 0 });
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2025-10-15', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-10-5', false],
  ])('%s → %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });
});

describe('parseEvalArgs', () => {
  it.each([
    [[], { verbose: false, json: false }],
    [['--verbose', '--out', '/tmp/o'], { verbose: true, json: false, out: '/tmp/o' }],
    [['--json', '--out=/tmp/o'], { verbose: false, json: true, out: '/tmp/o' }],
    [['--corpus', 'tests/corpus-probe'], { verbose: false, json: false, corpus: 'tests/corpus-probe' }],
    [['--corpus=tests/corpus-probe', '--json'], { verbose: false, json: true, corpus: 'tests/corpus-probe' }],
  ])('%j', (argv, value) => {
    expect(parseEvalArgs(argv)).toEqual({ ok: true, value });
  });

  it.each([[['--out']], [['--out', '--json']], [['extra']], [['--corpus']]])('%j is a usage error', (argv) => {
    expect(parseEvalArgs(argv)).toMatchObject({ ok: false, exitCode: 2 });
  });
});

describe('parseBenchArgs', () => {
  it('reads numbers and keeps defaults for the rest', () => {
    expect(parseBenchArgs(['--count', '300', '--seed=7'])).toEqual({ ok: true, value: { count: 300, seed: 7, reps: 7, browser: true, pdf: true } });
  });

  it('skips the browser section with --no-browser', () => {
    expect(parseBenchArgs(['--no-browser', '--count', '0'])).toEqual({ ok: true, value: { count: 0, seed: 20251015, reps: 7, browser: false, pdf: true } });
  });

  it('skips the PDF section with --no-pdf', () => {
    expect(parseBenchArgs(['--no-pdf', '--no-browser'])).toEqual({ ok: true, value: { count: 10_000, seed: 20251015, reps: 7, browser: false, pdf: false } });
  });

  it.each([[['--count', 'many']], [['--reps', '0']], [['--fast']], [['--no-browser=1']], [['--no-pdf=1']]])('%j is a usage error', (argv) => {
    expect(parseBenchArgs(argv)).toMatchObject({ ok: false, exitCode: 2 });
  });
});
