// @vitest-environment node
// The engine must not score below the floors in corpus-floor.json on the development corpus.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../lib/eval/corpus';
import { CorpusFloorSchema, readHeadlineFigures, type CorpusFloor } from '../../lib/eval/floor';
import { formatDocumentNotes, formatHeadline } from '../../lib/eval/report';
import { evaluateCorpus } from '../../lib/eval/run-corpus';

const FLOOR_PATH = fileURLToPath(new URL('./corpus-floor.json', import.meta.url));

/** Reads the floors; a missing or malformed file fails the test instead of skipping it. */
function readFloor(): CorpusFloor {
  if (!existsSync(FLOOR_PATH)) throw new Error(`floor file missing: ${FLOOR_PATH}`);
  return CorpusFloorSchema.parse(JSON.parse(readFileSync(FLOOR_PATH, 'utf8')));
}

/** Runs the corpus once, on first use, so that a crash fails the tests instead of the file. */
let evaluation: ReturnType<typeof evaluateCorpus> | undefined;
const evaluate = () => (evaluation ??= evaluateCorpus(loadCorpus()));

describe('corpus scores', () => {
  it('has a floor file', () => {
    expect(() => readFloor()).not.toThrow();
  });

  it('extracts every document without throwing and within the contract', () => {
    const { runs } = evaluate();
    expect(runs.filter((run) => run.error).map((run) => `${run.stem}: ${run.error}`)).toEqual([]);
  });

  it.each(Object.keys(CorpusFloorSchema.shape) as (keyof CorpusFloor)[])('%s is at or above its floor', (key) => {
    const floor = readFloor()[key];
    const { score } = evaluate();
    const got = readHeadlineFigures(score.summary)[key];
    // On failure, the message carries the headline and the per-document notes to start from.
    const context = [formatHeadline(score.summary), ...formatDocumentNotes(score.perDoc)].join('\n');
    expect(got, `${key} ${got.toFixed(3)} < floor ${floor}\n${context}`).toBeGreaterThanOrEqual(floor);
  });
});
