import type { ParseResult } from './parse-args';

/** What `npm run bench` was asked to do. */
export interface BenchArgs {
  /** Mutated texts in the fuzz run. */
  count: number;
  seed: number;
  /** Timed passes over the corpus (after the warm-up). */
  reps: number;
  /** Directory to write the failing and the slowest fuzz texts to, to reproduce them with `extract`. */
  dump?: string;
  /** False with `--no-browser`: no Chromium run (side panel timings); built sizes are still reported. */
  browser: boolean;
  /** False with `--no-pdf`: no PDF section (pdf.js vs pdftotext, PDF route vs text route scores). */
  pdf: boolean;
}

export const BENCH_DEFAULTS: BenchArgs = { count: 10_000, seed: 20251015, reps: 7, browser: true, pdf: true };

const NUMBER_FLAGS: Record<string, 'count' | 'seed' | 'reps' | undefined> = { '--count': 'count', '--seed': 'seed', '--reps': 'reps' };

export const BENCH_USAGE = 'Cách dùng: npm run bench -- [--count SỐ_VĂN_BẢN] [--seed HẠT_GIỐNG] [--reps SỐ_LƯỢT] [--dump THƯ_MỤC] [--no-browser] [--no-pdf]';

/** Reads `[--count N] [--seed N] [--reps N] [--dump DIR] [--no-browser] [--no-pdf]`, numbers as non-negative integers. */
export function parseBenchArgs(argv: readonly string[]): ParseResult<BenchArgs> {
  const fail = (message: string): ParseResult<BenchArgs> => ({ ok: false, message: `${message}\n${BENCH_USAGE}`, exitCode: 2 });
  const value = { ...BENCH_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: false, message: BENCH_USAGE, exitCode: 0 };
    if (arg === '--') continue;
    if (arg === '--no-browser') {
      value.browser = false;
      continue;
    }
    if (arg === '--no-pdf') {
      value.pdf = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const raw = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (flag === '--dump') {
      if (!raw || raw.startsWith('--')) return fail('Thiếu thư mục sau --dump.');
      value.dump = raw;
      continue;
    }
    const key = NUMBER_FLAGS[flag];
    if (!key) return fail(`Không hiểu tham số: ${arg}`);
    if (raw === undefined || !/^\d+$/.test(raw) || (key === 'reps' && Number(raw) === 0))
      return fail(`Giá trị không hợp lệ cho ${flag}: ${raw ?? '(trống)'}`);
    value[key] = Number(raw);
  }
  return { ok: true, value };
}
