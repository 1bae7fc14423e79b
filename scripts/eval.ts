// `npm run eval -- [--verbose] [--json] [--out DIR] [--corpus DIR]`: runs the engine over the corpus (or
// another labelled set, e.g. tests/corpus-probe) and scores it
// by the rules of tests/corpus/LABELS.md. Summary lines are those of the corpus's score.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toContractJson } from '../lib/cli/contract-json';
import { parseEvalArgs } from '../lib/cli/parse-args';
import { loadCorpus } from '../lib/eval/corpus';
import { formatScoreReport } from '../lib/eval/report';
import { evaluateCorpus } from '../lib/eval/run-corpus';

function main(argv: readonly string[]): number {
  const args = parseEvalArgs(argv);
  if (!args.ok) {
    (args.exitCode === 0 ? console.log : console.error)(args.message);
    return args.exitCode;
  }
  const { verbose, json, out, corpus } = args.value;
  const docs = corpus ? loadCorpus(corpus) : loadCorpus();
  const { runs, score } = evaluateCorpus(docs);
  const failed = runs.filter((run) => run.error);
  for (const run of failed) console.error(`Lỗi khi trích xuất ${run.stem}: ${run.error}`);

  if (out) {
    mkdirSync(out, { recursive: true });
    // Exactly what `npm run -s extract -- docs/<stem>.txt --json` prints, newline included.
    for (const run of runs) if (run.output) writeFileSync(join(out, `${run.stem}.json`), `${toContractJson(run.output)}\n`);
    console.error(`Đã ghi ${runs.length - failed.length} tệp kết quả vào ${out}`);
  }
  console.log(json ? JSON.stringify(score, null, 2) : formatScoreReport(score, { verbose }));
  // The figures are a report; an engine that throws or breaks the contract is a failure.
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
