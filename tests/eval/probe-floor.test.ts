// @vitest-environment node
// The engine must not score below the floors in probe-floor.json on the second labelled set
// (tests/corpus-probe: directives the rules were not written on).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../lib/eval/corpus';
import { CorpusFloorSchema, readHeadlineFigures, type CorpusFloor } from '../../lib/eval/floor';
import { formatDocumentNotes, formatHeadline } from '../../lib/eval/report';
import { evaluateCorpus } from '../../lib/eval/run-corpus';

const PROBE_DIR = fileURLToPath(new URL('../corpus-probe', import.meta.url));
const FLOOR_PATH = fileURLToPath(new URL('./probe-floor.json', import.meta.url));

let evaluation: ReturnType<typeof evaluateCorpus> | undefined;
const evaluate = () => (evaluation ??= evaluateCorpus(loadCorpus(PROBE_DIR)));

describe('scores on the second labelled set', () => {
  it('reads all twelve documents without throwing', () => {
    const { runs } = evaluate();
    expect(runs).toHaveLength(12);
    expect(runs.filter((run) => run.error).map((run) => `${run.stem}: ${run.error}`)).toEqual([]);
  });

  it.each(Object.keys(CorpusFloorSchema.shape) as (keyof CorpusFloor)[])('%s is at or above its floor', (key) => {
    const floor = CorpusFloorSchema.parse(JSON.parse(readFileSync(FLOOR_PATH, 'utf8')))[key];
    const { score } = evaluate();
    const got = readHeadlineFigures(score.summary)[key];
    const context = [formatHeadline(score.summary), ...formatDocumentNotes(score.perDoc)].join('\n');
    expect(got, `${key} ${got.toFixed(3)} < floor ${floor}\n${context}`).toBeGreaterThanOrEqual(floor);
  });
});
