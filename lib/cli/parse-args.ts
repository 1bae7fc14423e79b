/** What `npm run extract` was asked to do. */
export interface ExtractArgs {
  file: string;
  json: boolean;
  /** Read a scanned PDF by OCR on this machine (slow: seconds per page). */
  ocr: boolean;
  /** `YYYY-MM-DD`: the date the document was received. */
  reference?: string;
}

/**
 * The outcome of reading the command line: arguments, or a Vietnamese message and the exit code
 * to leave with (0 after `--help`, 2 for a usage error).
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; exitCode: 0 | 2 };

/** Usage text shown with argument errors. */
export const EXTRACT_USAGE = 'Cách dùng: npm run -s extract -- TỆP [--json] [--ocr] [--reference YYYY-MM-DD]';

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads `FILE [--json] [--ocr] [--reference YYYY-MM-DD]` (also `--reference=YYYY-MM-DD`). */
export function parseExtractArgs(argv: readonly string[]): ParseResult<ExtractArgs> {
  const fail = (message: string): ParseResult<ExtractArgs> => ({ ok: false, message: `${message}\n${EXTRACT_USAGE}`, exitCode: 2 });
  const files: string[] = [];
  let json = false;
  let ocr = false;
  let reference: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: false, message: EXTRACT_USAGE, exitCode: 0 };
    if (arg === '--json') json = true;
    else if (arg === '--ocr') ocr = true;
    else if (arg === '--reference' || arg.startsWith('--reference=')) {
      const value = arg === '--reference' ? argv[++i] : arg.slice('--reference='.length);
      if (value === undefined || value === '') return fail('Thiếu ngày sau --reference.');
      if (!isCalendarDate(value)) return fail(`Ngày tham chiếu không hợp lệ: "${value}" (cần dạng YYYY-MM-DD, ví dụ 2025-10-15).`);
      reference = value;
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) return fail(`Không hiểu tùy chọn: ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) return fail('Thiếu tệp văn bản cần đọc.');
  if (files.length > 1) return fail(`Chỉ đọc một tệp mỗi lần, nhận được ${files.length}: ${files.join(', ')}`);
  return { ok: true, value: { file: files[0]!, json, ocr, ...(reference ? { reference } : {}) } };
}

/** What `npm run eval` was asked to do. */
export interface EvalArgs {
  verbose: boolean;
  json: boolean;
  /** Directory to also write `<stem>.json` outputs to, as `extract --json` prints them. */
  out?: string;
  /** A labelled set other than the development corpus (`docs/` and `gold/` inside). */
  corpus?: string;
}

/** Usage text of `npm run eval`. */
export const EVAL_USAGE = 'Cách dùng: npm run eval -- [--verbose] [--json] [--out THƯ_MỤC] [--corpus THƯ_MỤC]';

/** Reads `[--verbose] [--json] [--out DIR] [--corpus DIR]` (also `--out=DIR`, `--corpus=DIR`). */
export function parseEvalArgs(argv: readonly string[]): ParseResult<EvalArgs> {
  const fail = (message: string): ParseResult<EvalArgs> => ({ ok: false, message: `${message}\n${EVAL_USAGE}`, exitCode: 2 });
  const value: EvalArgs = { verbose: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: false, message: EVAL_USAGE, exitCode: 0 };
    if (arg === '--verbose') value.verbose = true;
    else if (arg === '--json') value.json = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const dir = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!dir || dir.startsWith('--')) return fail('Thiếu thư mục sau --out.');
      value.out = dir;
    } else if (arg === '--corpus' || arg.startsWith('--corpus=')) {
      const dir = arg === '--corpus' ? argv[++i] : arg.slice('--corpus='.length);
      if (!dir || dir.startsWith('--')) return fail('Thiếu thư mục sau --corpus.');
      value.corpus = dir;
    } else if (arg !== '--') return fail(`Không hiểu tham số: ${arg}`);
  }
  return { ok: true, value };
}
