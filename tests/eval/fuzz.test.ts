// @vitest-environment node
// Damaged input must never make the engine throw or break the output contract.
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../lib/extract/index';
import { checkExtraction } from '../../lib/eval/check-output';
import { loadCorpusTexts } from '../../lib/eval/corpus';
import { createFuzzCase, createFuzzCases, createRng, MUTATIONS, mutateText, stripDiacritics } from '../../lib/eval/fuzz';

const corpus = loadCorpusTexts().map((doc) => doc.text);

describe('fuzz generator', () => {
  it('gives the same cases for the same seed', () => {
    const a = [...createFuzzCases(corpus, { count: 20, seed: 7 })];
    const b = [...createFuzzCases(corpus, { count: 20, seed: 7 })];
    expect(a).toEqual(b);
    expect([...createFuzzCases(corpus, { count: 20, seed: 8 })]).not.toEqual(a);
  });

  it('puts the noise document first, at the length asked for', () => {
    const [first, second] = createFuzzCases(corpus, { count: 1, seed: 1, noiseLength: 10_000 });
    expect(first).toMatchObject({ index: 0, source: -1, ops: ['noise'] });
    expect(first!.text).toHaveLength(10_000);
    expect(second!.index).toBe(1);
  });

  it('rebuilds any one case alone, identical to the run', () => {
    const run = [...createFuzzCases(corpus, { count: 12, seed: 5, noiseLength: 100 })];
    expect(createFuzzCase(corpus, 5, 12)).toEqual(run[12]);
    expect(createFuzzCase(corpus, 5, 3)).toEqual(run[3]);
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s returns a string', (_name, mutation) => {
    const rng = createRng(42);
    for (const text of ['', 'a', corpus[0]!]) expect(typeof mutation.apply(text, rng, corpus)).toBe('string');
  });

  it('strips Vietnamese diacritics, đ included', () => {
    expect(stripDiacritics('Đề nghị Sở Tài chính báo cáo trước ngày 15/10')).toBe('De nghi So Tai chinh bao cao truoc ngay 15/10');
  });

  it('names the mutations it applied', () => {
    const { ops } = mutateText(corpus[0]!, createRng(3), corpus);
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) expect(MUTATIONS.map((m) => m.name)).toContain(op);
  });
});

describe('engine on damaged input', () => {
  it('gives a valid extraction for every corpus text with its blanks widened, three ways each', () => {
    const widen = MUTATIONS.find((m) => m.name === 'widen-blanks')!;
    const failures: string[] = [];
    corpus.forEach((text, i) => {
      for (let seed = 1; seed <= 3; seed++) {
        // The whole text widened: every gap of the text between 1 and 14 blanks.
        const rng = createRng(seed * 1000 + i);
        const widened = text.replace(/[ \n]/g, (blank) => `${blank === '\n' ? '\n' : ''}${' '.repeat(1 + Math.floor(rng() * 14))}`);
        const mutated = widen.apply(text, createRng(seed), corpus);
        for (const damaged of [widened, mutated]) {
          try {
            const check = checkExtraction(damaged, extractDirective(damaged));
            if (!check.ok) failures.push(`text ${i}, seed ${seed}: ${check.problems.slice(0, 3).join('; ')}`);
          } catch (error) {
            failures.push(`text ${i}, seed ${seed} threw: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
    });
    expect(failures).toEqual([]);
  });

  it('gives a valid extraction for each of 300 mutated texts and a noise document', () => {
    const failures: string[] = [];
    for (const { index, ops, text } of createFuzzCases(corpus, { count: 300, seed: 20251015, noiseLength: 50_000 })) {
      try {
        const check = checkExtraction(text, extractDirective(text));
        if (!check.ok) failures.push(`case ${index} (${ops.join('+')}): ${check.problems.slice(0, 3).join('; ')}`);
      } catch (error) {
        failures.push(`case ${index} (${ops.join('+')}) threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
