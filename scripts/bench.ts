// `npm run bench -- [--count N] [--seed N] [--reps N]`: speed and robustness of the engine.
// A report, not a gate: missed targets are printed; only a throw or an invalid output fails it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { parseBenchArgs } from '../lib/cli/bench-args';
import { extractDirective } from '../lib/extract/index';
import { checkExtraction } from '../lib/eval/check-output';
import { loadCorpusTexts } from '../lib/eval/corpus';
import { createFuzzCases } from '../lib/eval/fuzz';
import { median, timeInTurns, timeOnce } from '../lib/eval/timing';

const TARGET_RATIO = 0.5;
const TARGET_MS_PER_DOC = 50;
const WARMUP_PASSES = 3;
/** The noise document: 5 MB of directive words, numbers and line breaks. */
const NOISE_LENGTH = 5 * 1024 * 1024;
/** chrono needs a reference instant; a fixed one keeps runs comparable. */
const CHRONO_REFERENCE = new Date('2025-10-15T08:00:00+07:00');

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const verdict = (ok: boolean) => (ok ? '✓ đạt' : '✗ chưa đạt');
const count = (n: number) => n.toLocaleString('vi-VN');

function main(argv: readonly string[]): number {
  const args = parseBenchArgs(argv);
  if (!args.ok) {
    (args.exitCode === 0 ? console.log : console.error)(args.message);
    return args.exitCode;
  }
  const { count: fuzzCount, seed, reps, dump } = args.value;
  const docs = loadCorpusTexts();
  const texts = docs.map((doc) => doc.text);
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`Đo trên ${docs.length} văn bản mẫu (${count(chars)} ký tự): ${WARMUP_PASSES} lượt khởi động, ${reps} lượt đo.`);

  // (a) engine vs chrono's own Vietnamese parser over the same texts.
  const runs = timeInTurns(texts, [(text) => extractDirective(text), (text) => chrono.vi.parse(text, CHRONO_REFERENCE)], WARMUP_PASSES, reps);
  const engine = runs[0]!;
  const parser = runs[1]!;
  const engineMs = median(engine.totals);
  const chronoMs = median(parser.totals);
  const ratio = chronoMs > 0 ? engineMs / chronoMs : Number.POSITIVE_INFINITY;
  console.log(`(a) extractDirective: ${ms(engineMs)} / lượt · chrono.vi.parse: ${ms(chronoMs)} / lượt (trung vị ${reps} lượt)`);
  console.log(`    tỉ lệ ${ratio.toFixed(3)} (mục tiêu ≤ ${TARGET_RATIO}) ${verdict(ratio <= TARGET_RATIO)}`);

  // (b) the slowest corpus document.
  const slowest = engine.perText.reduce((best, t, i) => (t > engine.perText[best]! ? i : best), 0);
  console.log(`(b) văn bản chậm nhất: ${docs[slowest]?.name ?? '—'} — ${ms(engine.perText[slowest] ?? 0)}`);

  // (c) damaged texts: no throw, valid output, bounded time.
  let worst = { ms: 0, label: '—', text: '', index: -1 };
  const dumped: { index: number; text: string }[] = [];
  let noiseMs = 0;
  let checked = 0;
  const failures: string[] = [];
  for (const fuzzCase of createFuzzCases(texts, { count: fuzzCount, seed, noiseLength: NOISE_LENGTH })) {
    const label = `#${fuzzCase.index} ${fuzzCase.source < 0 ? 'nhiễu' : docs[fuzzCase.source]!.name} [${fuzzCase.ops.join('+')}]`;
    checked++;
    try {
      const { ms: took, result } = timeOnce(extractDirective, fuzzCase.text);
      if (fuzzCase.source < 0) noiseMs = took;
      else if (took > worst.ms) worst = { ms: took, label, text: fuzzCase.text, index: fuzzCase.index };
      const check = checkExtraction(fuzzCase.text, result);
      if (!check.ok) failures.push(`${label}: kết quả không hợp lệ — ${check.problems.slice(0, 3).join('; ')}`);
    } catch (error) {
      failures.push(`${label}: lỗi — ${error instanceof Error ? error.message : String(error)}`);
    }
    if (dump && failures.length > dumped.length) dumped.push({ index: fuzzCase.index, text: fuzzCase.text });
  }
  console.log(`(c) fuzz ${count(fuzzCount)} văn bản biến đổi (hạt giống ${seed}): chậm nhất ${ms(worst.ms)} (mục tiêu ≤ ${TARGET_MS_PER_DOC} ms) ${verdict(worst.ms <= TARGET_MS_PER_DOC)}`);
  console.log(`    ở ${worst.label}`);
  console.log(`    văn bản nhiễu ${(NOISE_LENGTH / 1024 / 1024).toFixed(0)} MB: ${ms(noiseMs)}`);
  console.log(`    kết quả hợp lệ: ${count(checked - failures.length)}/${count(checked)}`);
  for (const failure of failures.slice(0, 20)) console.error(`    ${failure}`);
  if (failures.length > 20) console.error(`    … và ${count(failures.length - 20)} lỗi khác`);
  if (dump) {
    // The texts behind failures and the slowest case, to replay with `npm run extract -- FILE`.
    mkdirSync(dump, { recursive: true });
    if (worst.index >= 0) dumped.push({ index: worst.index, text: worst.text });
    for (const { index, text } of dumped) writeFileSync(join(dump, `fuzz-${seed}-${index}.txt`), text);
    console.log(`    đã ghi ${dumped.length} văn bản vào ${dump}`);
  }
  return failures.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
