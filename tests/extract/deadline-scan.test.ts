// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES, findDeadlines, WITHIN_MARGIN } from '../../lib/extract/deadline';
import { compileRules, maxMatchLength, scanRules } from '../../lib/extract/deadline/scan';
import type { DeadlineRule, RuleEnv } from '../../lib/extract/deadline/types';
import { foldText } from '../../lib/extract/fold';
import { normalizeText } from '../../lib/extract/normalize';

const DOCS = fileURLToPath(new URL('../corpus/docs', import.meta.url));
const corpus = readdirSync(DOCS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => normalizeText(readFileSync(join(DOCS, f), 'utf8')).text);

/** A small seeded PRNG, so the damaged texts are the same on every run. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Texts with glued words, lost spaces, stray digits and bars: where a prefilter could miss a start. */
function damaged(text: string, seed: number): string {
  const random = rng(seed);
  const pieces = ['', ' ', '|', '\n', '0', '1', '12', '/', '-', '(', ')', ',', 'a', 'ng', '  '];
  let out = '';
  for (let i = 0; i < text.length; ) {
    const step = 1 + Math.floor(random() * 40);
    out += text.slice(i, i + step);
    i += step;
    const roll = random();
    if (roll < 0.3) i++; // drop a character
    else if (roll < 0.6) out += pieces[Math.floor(random() * pieces.length)];
  }
  return out;
}

const texts = [
  ...corpus,
  ...corpus.map(stripAccents),
  ...corpus.map((text, i) => damaged(text, i + 1)),
  ...corpus.map((text, i) => damaged(stripAccents(text), i + 101)),
  ...corpus.map((text, i) => damaged(damaged(text.toUpperCase(), i + 201), i + 301)),
];

function envOf(text: string): RuleEnv {
  return { text, folded: foldText(text), documentDate: '2025-10-01', reference: null, base: '2025-10-01', receipt: '2025-10-01', year: null, chrono: { left: 0 } };
}

/** Every match each rule's pattern gives, as `rule@index:text`, rejecting them all. */
function matches(rules: readonly DeadlineRule[], text: string, windows?: [number, number][]): string[] {
  const seen: string[] = [];
  const recording = rules.map(
    (rule): DeadlineRule => ({
      ...rule,
      extract(m) {
        seen.push(`${rule.name}@${m.index}:${m[0]}`);
        return null;
      },
    }),
  );
  scanRules(compileRules(recording), envOf(text), [], windows);
  return seen;
}

describe('rule scanning', () => {
  it('finds the same matches at word starts as a scan of every position', () => {
    const fullScan = DEADLINE_RULES.map(({ starts: _starts, needs: _needs, ...rule }) => rule);
    let compared = 0;
    for (const text of texts) {
      const fast = matches(DEADLINE_RULES, text);
      expect(fast).toEqual(matches(fullScan, text));
      compared += fast.length;
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('never matches more than the longest match it computes', () => {
    for (const rule of DEADLINE_RULES) {
      const reach = maxMatchLength(rule.pattern);
      expect(reach, rule.name).toBeLessThan(400);
      for (const text of corpus) {
        for (const m of foldText(text).matchAll(new RegExp(rule.pattern.source, 'g'))) expect(m[0].length).toBeLessThanOrEqual(reach);
      }
    }
  });

  it('within windows, finds the matches of a full scan that start inside them', () => {
    const random = rng(11);
    let compared = 0;
    for (const text of texts.slice(0, 60)) {
      // Windows cut at random places, and at each edge of the text.
      const cuts = [0, ...Array.from({ length: 6 }, () => Math.floor(random() * text.length)), text.length].sort((a, b) => a - b);
      const windows: [number, number][] = [];
      for (let k = 0; k + 1 < cuts.length; k += 2) windows.push([cuts[k]!, cuts[k + 1]!]);
      const startOf = (hit: string) => Number(hit.slice(hit.indexOf('@') + 1, hit.indexOf(':')));
      const endOf = (hit: string) => startOf(hit) + hit.length - hit.indexOf(':') - 1;
      const full = matches(DEADLINE_RULES, text);
      const windowed = matches(DEADLINE_RULES, text, windows);
      const inWindow = (from: number, to: number) => windows.some(([lo, hi]) => from >= lo && to <= hi);
      expect(windowed.every((hit) => inWindow(startOf(hit), startOf(hit) + 1))).toBe(true);
      // Every match of a full scan that lies inside a window is found within the windows too.
      for (const hit of full) if (inWindow(startOf(hit), endOf(hit))) expect(windowed).toContain(hit);
      compared += windowed.length;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('rejects starts on a pattern that does not begin with a word boundary', () => {
    const rule: DeadlineRule = { name: 'bad', pattern: /truoc/g, starts: ['truoc'], extract: () => null };
    expect(() => compileRules([rule])).toThrow();
  });
});

describe('deadlines searched within stretches', () => {
  const inside = (span: readonly [number, number], ranges: readonly [number, number][]) => ranges.some(([from, to]) => span[0] >= from && span[1] <= to);

  it('finds inside each stretch exactly what a search of the whole text finds there', () => {
    const random = rng(7);
    let compared = 0;
    for (const text of [...corpus, ...corpus.map((t, i) => damaged(t, i + 401))]) {
      const full = findDeadlines(text, { documentDate: '2025-10-01' });
      for (let round = 0; round < 4; round++) {
        // A few stretches of random length, as the duties of a directive would be.
        const ranges: [number, number][] = [];
        for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
          const from = Math.floor(random() * text.length);
          ranges.push([from, Math.min(text.length, from + 50 + Math.floor(random() * 1500))]);
        }
        // And stretches that begin or end exactly where a phrase does.
        const hit = full[Math.floor(random() * full.length)];
        if (hit) ranges.push(round % 2 ? [hit.span[0], hit.span[1]] : [hit.span[0], hit.span[1] + 20]);
        const windowed = findDeadlines(text, { documentDate: '2025-10-01', within: ranges });
        const expected = full.filter((d) => inside(d.span, ranges));
        expect(windowed.filter((d) => inside(d.span, ranges))).toEqual(expected);
        compared += expected.length;
        // Nothing is read beyond the margin around the stretches.
        const reach = ranges.map(([from, to]): [number, number] => [from - WITHIN_MARGIN, to + WITHIN_MARGIN]);
        for (const d of windowed) expect(reach.some(([from, to]) => d.span[0] >= from && d.span[0] < to)).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('finds nothing when the stretches hold no text', () => {
    const text = corpus.find((t) => findDeadlines(t, { documentDate: '2025-10-01' }).length > 5)!;
    expect(findDeadlines(text, { documentDate: '2025-10-01', within: [] })).toEqual([]);
  });
});

describe('maxMatchLength', () => {
  it.each([
    [/abc/, 3],
    [/a{2,5}/, 5],
    [/a{3}b?/, 4],
    [/(?:ab|c)?d/, 3],
    [/a|bcd|ef/, 3],
    [/(?<![a-z0-9])x(?=yy)(?!z)/, 1],
    [/[\s|]{1,4}[^\n.;]{0,60}?\./, 65],
    [/\d{1,2}\s{0,3}[/.-]\s{0,3}\d{1,2}/, 11],
    [/x(?:y|z{0,3})?$/, 4],
    [/(?<year>\d{4})-\d\d/, 7],
    [/^\bab\b$/, 2],
    [/a+/, Infinity],
    [/a*b/, Infinity],
    [/a{2,}/, Infinity],
    [/(a)\1/, Infinity],
    [/./u, 2],
    [/\p{L}/u, Infinity], // not read: unknown
  ])('%s → %s', (pattern, expected) => {
    expect(maxMatchLength(pattern)).toBe(expected);
  });
});
