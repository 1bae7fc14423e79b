// Seeded mutations of corpus texts, to check that the engine never throws, never breaks the
// output contract and never slows down on damaged input (OCR noise, cut pages, pasted twice…).
// Pure: the same seed gives the same cases on every machine.

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/** A small, fast seeded PRNG (mulberry32); good enough to pick mutations, not for secrets. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in `[min, max]`. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function randomChars(rng: Rng, alphabet: string, length: number): string {
  const chars = [...alphabet];
  let out = '';
  for (let i = 0; i < length; i++) out += pick(rng, chars);
  return out;
}

const VIETNAMESE_LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ' +
  'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ ';
const NUMBER_CHARS = '0123456789//--.. ';

/** Letters without their accents, as text typed without a Vietnamese keyboard ("Đề nghị" → "De nghi"). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A random `[start, end)` of at most `max` units inside `text`. */
function randomSlice(rng: Rng, text: string, max: number): [number, number] {
  const start = randomInt(rng, 0, text.length);
  return [start, Math.min(text.length, start + randomInt(rng, 0, max))];
}

function insertAt(rng: Rng, text: string, piece: string): string {
  const at = randomInt(rng, 0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
}

/** One way of damaging a text. `corpus` supplies a second document to paste after it. */
export interface Mutation {
  name: string;
  apply(text: string, rng: Rng, corpus: readonly string[]): string;
}

/** Every mutation, each picked with the same chance. */
export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'delete-slice',
    apply: (text, rng) => {
      const [s, e] = randomSlice(rng, text, 2000);
      return text.slice(0, s) + text.slice(e);
    },
  },
  {
    name: 'duplicate-slice',
    apply: (text, rng) => {
      const [s, e] = randomSlice(rng, text, 2000);
      return insertAt(rng, text, text.slice(s, e));
    },
  },
  {
    name: 'swap-slices',
    apply: (text, rng) => {
      const cuts = [randomInt(rng, 0, text.length), randomInt(rng, 0, text.length), randomInt(rng, 0, text.length), randomInt(rng, 0, text.length)].sort((a, b) => a - b);
      const [a, b, c, d] = cuts as [number, number, number, number];
      return text.slice(0, a) + text.slice(c, d) + text.slice(b, c) + text.slice(a, b) + text.slice(d);
    },
  },
  { name: 'insert-letters', apply: (text, rng) => insertAt(rng, text, randomChars(rng, VIETNAMESE_LETTERS, randomInt(rng, 1, 60))) },
  { name: 'insert-numbers', apply: (text, rng) => insertAt(rng, text, randomChars(rng, NUMBER_CHARS, randomInt(rng, 1, 40))) },
  { name: 'insert-newlines', apply: (text, rng) => insertAt(rng, text, '\n'.repeat(randomInt(rng, 1, 30))) },
  {
    name: 'repeat-line',
    apply: (text, rng) => {
      const lines = text.split('\n');
      const line = pick(rng, lines) ?? '';
      // Capped so one case stays a plausible document (≤ ~100 000 extra characters).
      const times = Math.min(randomInt(rng, 10, 500), Math.floor(100_000 / (line.length + 1)));
      return insertAt(rng, text, `${line}\n`.repeat(Math.max(1, times)));
    },
  },
  {
    name: 'strip-diacritics',
    apply: (text, rng) => {
      if (rng() < 0.5) return stripDiacritics(text);
      const [s, e] = randomSlice(rng, text, 3000);
      return text.slice(0, s) + stripDiacritics(text.slice(s, e)) + text.slice(e);
    },
  },
  {
    // Gaps of every width, around the bounds the rules allow between words (a laid-out page's indents
    // and column gaps): each blank of a slice becomes a run of 1–14 (a line break keeps its break).
    name: 'widen-blanks',
    apply: (text, rng) => {
      const [s, e] = randomSlice(rng, text, 3000);
      const widened = text.slice(s, e).replace(/[ \n]/g, (blank) => `${blank === '\n' ? '\n' : ''}${' '.repeat(randomInt(rng, 1, 14))}`);
      return text.slice(0, s) + widened + text.slice(e);
    },
  },
  { name: 'concat-docs', apply: (text, rng, corpus) => `${text}\n${corpus.length ? pick(rng, corpus) : text}` },
];

/** Applies 1–`maxSteps` random mutations to `text`; returns the result and the mutations' names. */
export function mutateText(text: string, rng: Rng, corpus: readonly string[], maxSteps = 4): { text: string; ops: string[] } {
  const ops: string[] = [];
  let out = text;
  for (let steps = randomInt(rng, 1, maxSteps); steps > 0; steps--) {
    const mutation = pick(rng, MUTATIONS);
    ops.push(mutation.name);
    out = mutation.apply(out, rng, corpus);
  }
  return { text: out, ops };
}

// Words that trigger the engine's rules, so the noise exercises them rather than only skipping.
const NOISE_WORDS = [
  'Số', 'số:', 'ngày', 'tháng', 'năm', 'Giao', 'Đề nghị', 'Yêu cầu', 'chủ trì', 'phối hợp với', 'trước ngày', 'báo cáo',
  'hằng tháng', 'định kỳ', 'quý IV', 'Quyết định', 'Nghị định', 'Công văn', 'UBND tỉnh', 'Sở', 'Bộ', 'các cơ quan, đơn vị',
  'kể từ ngày', 'làm việc', 'Căn cứ', 'Thực hiện', 'V/v', 'KT. CHỦ TỊCH', 'Nơi nhận:', '1.', 'a)', '-', '12/2025/NĐ-CP',
  '15/10/2025', '9533/VPCP-CN', '1008-CV/BTGTU', '(', ')', ';', ',', '.', ':',
];

/** A long random document of `length` UTF-16 units made of directive words, numbers and line breaks. */
export function createNoiseDocument(rng: Rng, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = rng();
    const part =
      roll < 0.7 ? pick(rng, NOISE_WORDS) : roll < 0.85 ? randomChars(rng, VIETNAMESE_LETTERS, randomInt(rng, 1, 12)) : roll < 0.95 ? randomChars(rng, NUMBER_CHARS, randomInt(rng, 1, 10)) : '\n';
    const piece = part === '\n' ? part : `${part} `;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}

/** One fuzz input: where it came from and how it was damaged. */
export interface FuzzCase {
  index: number;
  /** Index in the corpus of the text it started from; `-1` for the noise document. */
  source: number;
  ops: string[];
  text: string;
}

export interface FuzzOptions {
  /** How many mutated texts. */
  count: number;
  seed: number;
  /** When above 0, a noise document of this many characters comes first (index 0), once. */
  noiseLength?: number;
}

/** A seed of its own for every case, so any one case can be rebuilt without the others. */
function caseSeed(seed: number, index: number): number {
  return Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
}

/** Mutated case number `index` (from 1) of the run with `seed`: the same text on every machine. */
export function createFuzzCase(corpus: readonly string[], seed: number, index: number): FuzzCase {
  const rng = createRng(caseSeed(seed, index));
  const source = randomInt(rng, 0, corpus.length - 1);
  const { text, ops } = mutateText(corpus[source] ?? '', rng, corpus);
  return { index, source, ops, text };
}

/** Yields the noise document as case 0 (if asked for), then mutated cases 1…`count`, lazily. */
export function* createFuzzCases(corpus: readonly string[], options: FuzzOptions): Generator<FuzzCase> {
  if (options.noiseLength && options.noiseLength > 0)
    yield { index: 0, source: -1, ops: ['noise'], text: createNoiseDocument(createRng(caseSeed(options.seed, 0)), options.noiseLength) };
  if (corpus.length === 0) return;
  for (let index = 1; index <= options.count; index++) yield createFuzzCase(corpus, options.seed, index);
}
