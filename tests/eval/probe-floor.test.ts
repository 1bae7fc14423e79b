// @vitest-environment node
// The engine must not score below its floors on the labelled sets the rules were not written on:
// tests/corpus-probe to tests/corpus-probe13 (probe-floor.json, probe2-… to probe13-floor.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../lib/eval/corpus';
import { CorpusFloorSchema, readHeadlineFigures, type CorpusFloor } from '../../lib/eval/floor';
import { formatDocumentNotes, formatHeadline } from '../../lib/eval/report';
import { evaluateCorpus } from '../../lib/eval/run-corpus';

const SETS = [
  { name: 'the second labelled set', dir: '../corpus-probe', floor: './probe-floor.json', documents: 12 },
  { name: 'the third labelled set', dir: '../corpus-probe2', floor: './probe2-floor.json', documents: 22 },
  { name: 'the fourth labelled set', dir: '../corpus-probe3', floor: './probe3-floor.json', documents: 17 },
  { name: 'the fifth labelled set', dir: '../corpus-probe4', floor: './probe4-floor.json', documents: 12 },
  { name: 'the sixth labelled set', dir: '../corpus-probe5', floor: './probe5-floor.json', documents: 15 },
  { name: 'the seventh labelled set', dir: '../corpus-probe6', floor: './probe6-floor.json', documents: 7 },
  { name: 'the eighth labelled set', dir: '../corpus-probe7', floor: './probe7-floor.json', documents: 12 },
  { name: 'the ninth labelled set', dir: '../corpus-probe8', floor: './probe8-floor.json', documents: 3 },
  { name: 'the tenth labelled set', dir: '../corpus-probe9', floor: './probe9-floor.json', documents: 5 },
  { name: 'the eleventh labelled set', dir: '../corpus-probe10', floor: './probe10-floor.json', documents: 18 },
  { name: 'the twelfth labelled set', dir: '../corpus-probe11', floor: './probe11-floor.json', documents: 7 },
  { name: 'the thirteenth labelled set', dir: '../corpus-probe12', floor: './probe12-floor.json', documents: 11 },
  { name: 'the fourteenth labelled set', dir: '../corpus-probe13', floor: './probe13-floor.json', documents: 3 },
];

describe.each(SETS)('scores on $name', (set) => {
  let evaluation: ReturnType<typeof evaluateCorpus> | undefined;
  const evaluate = () => (evaluation ??= evaluateCorpus(loadCorpus(fileURLToPath(new URL(set.dir, import.meta.url)))));

  it('reads every document without throwing', () => {
    const { runs } = evaluate();
    expect(runs).toHaveLength(set.documents);
    expect(runs.filter((run) => run.error).map((run) => `${run.stem}: ${run.error}`)).toEqual([]);
  });

  it.each(Object.keys(CorpusFloorSchema.shape) as (keyof CorpusFloor)[])('%s is at or above its floor', (key) => {
    const floor = CorpusFloorSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL(set.floor, import.meta.url)), 'utf8')))[key];
    const { score } = evaluate();
    const got = readHeadlineFigures(score.summary)[key];
    const context = [formatHeadline(score.summary), ...formatDocumentNotes(score.perDoc)].join('\n');
    expect(got, `${key} ${got.toFixed(3)} < floor ${floor}\n${context}`).toBeGreaterThanOrEqual(floor);
  });
});
