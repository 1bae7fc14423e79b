/**
 * Words a web page printed without the space between them ("Sở Tài nguyên và Môi trường chủtrì",
 * "Kínhgửi", "cácBộ", "Sốthuếtêu"): some portals lose the spaces where their editor wrapped lines.
 * A Vietnamese syllable has one vowel nucleus, so a run of letters with two nuclei, written with a
 * Vietnamese mark, is two syllables or more. Where to cut between them is read from the text itself:
 * each part must be a syllable the same text prints on its own ("thực" and "hiện", not "thự" and
 * "chiện"), or one of the words every directive prints ("để", "của", "chủ", "trì"); or the run is a
 * duty's verb of two words the engine knows ("khẩntrương") when the text never prints its words
 * apart. A run that cannot be cut so stays whole. Pure: no browser API.
 */

import { isCombiningMarkCode, isLetterCode } from './char-class';
import { ACTION_VERBS_FOLDED } from './vocab/agencies';

/** A piece of the input and what the normaliser reads in its place: `[start, end, replacement]`. */
export type GluedPiece = [number, number, string];

// Per UTF-16 unit below TABLE_SIZE: a letter, a vowel, a letter beyond ASCII (one with a Vietnamese mark).
const LETTER = 1;
const VOWEL = 2;
const MARKED = 4;
const TABLE_SIZE = 0x1f00;
const CLASS = new Uint8Array(TABLE_SIZE);
for (let code = 65; code <= 122; code++) if (code <= 90 || code >= 97) CLASS[code] = LETTER;
for (let code = 0xc0; code < TABLE_SIZE; code++) {
  if (code === 0xd7 || code === 0xf7 || (code > 0x24f && code < 0x1e00)) continue;
  const ch = String.fromCharCode(code);
  if (ch.toLowerCase() === ch.toUpperCase()) continue;
  CLASS[code] = LETTER | MARKED;
}
for (let code = 0; code < TABLE_SIZE; code++) {
  if ((CLASS[code]! & LETTER) === 0) continue;
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  if ('aeiouy'.includes(base)) CLASS[code]! |= VOWEL;
}

/** The class bits of a UTF-16 unit (0 for anything beyond the table). */
function classOf(code: number): number {
  return code < TABLE_SIZE ? CLASS[code]! : 0;
}

/** Runs longer than this are no glued words (a hostile text's letters): left alone. */
const MAX_RUN = 40;
/** A run of more syllables than this is not split (the search stays small). */
const MAX_NUCLEI = 6;
/** Cuts tried per run at most: a hostile run of consonants between its nuclei cannot blow the search up. */
const MAX_STEPS = 64;

/** The vowel nuclei of `input[start, end)`: `[start, end]` each, in order; null past MAX_NUCLEI. */
function nuclei(input: string, start: number, end: number): [number, number][] | null {
  const out: [number, number][] = [];
  let i = start;
  while (i < end) {
    if ((classOf(input.charCodeAt(i)) & VOWEL) === 0) {
      i++;
      continue;
    }
    const from = i;
    while (i < end && (classOf(input.charCodeAt(i)) & VOWEL) !== 0) i++;
    out.push([from, i]);
    if (out.length > MAX_NUCLEI) return null;
  }
  return out;
}

/**
 * The runs of letters with two nuclei or more, one with a Vietnamese mark at least: `[start, end]`, in
 * order, the first MAX_RUNS. One pass over the text, by table.
 */
export function candidateRuns(input: string): [number, number][] {
  const runs: [number, number][] = [];
  const n = input.length;
  let start = -1;
  let nucs = 0;
  let marked = false;
  let inVowel = false;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? input.charCodeAt(i) : 32;
    const c = code < TABLE_SIZE ? CLASS[code]! : 0;
    if ((c & LETTER) !== 0) {
      if (start < 0) {
        start = i;
        nucs = 0;
        marked = false;
        inVowel = false;
      }
      if ((c & MARKED) !== 0) marked = true;
      const vowel = (c & VOWEL) !== 0;
      if (vowel && !inVowel) nucs++;
      inVowel = vowel;
      continue;
    }
    // A letter joined to a combining mark is left to NFC first.
    if (start >= 0 && nucs >= 2 && marked && i - start <= MAX_RUN && !isCombiningMarkCode(code)) {
      runs.push([start, i]);
      if (runs.length === MAX_RUNS) break;
    }
    start = -1;
  }
  return runs;
}

/** The characters searched per text, at most, as a multiple of its length (plus a floor for short texts). */
const SCAN_BUDGET = 2;
const SCAN_FLOOR = 5_000_000;
/** Texts longer than this (no directive is) are not read apart: a 5 MB page costs no extra scan. */
const MAX_TEXT = 1_000_000;
/** Runs read apart per text at most (a page that lost its spaces has dozens). */
const MAX_RUNS = 1_000;

// Words every directive prints many times, known without looking: "thông báođể", "củaỦy ban", "vàĐào tạo".
const COMMON = new Set([
  'để', 'và', 'các', 'của', 'với', 'cho', 'về', 'theo', 'tại', 'được', 'này', 'là', 'có', 'trong', 'những', 'một',
  'như', 'đã', 'sẽ', 'đến', 'từ', 'số', 'ngày', 'tháng', 'năm', 'bộ', 'sở', 'ủy', 'uỷ', 'ban', 'nhân', 'dân', 'tỉnh',
  'thành', 'phố', 'việc', 'thực', 'hiện', 'chủ', 'trì', 'phối', 'hợp', 'báo', 'cáo', 'đề', 'nghị', 'yêu', 'cầu', 'giao',
]);

/**
 * Whether a piece of a glued run is printed as a word of its own in the text: looked up in the text
 * in lower case, one native search per piece. The searches share a budget of characters read, a few
 * times the text's length: a hostile text with many runs stops being read apart, linear still.
 */
class Vocabulary {
  private readonly lower: string;
  private readonly known = new Map<string, boolean>();
  private budget: number;

  constructor(input: string) {
    this.lower = input.toLowerCase();
    this.budget = SCAN_BUDGET * input.length + SCAN_FLOOR;
  }

  has(piece: string): boolean {
    const key = piece.toLowerCase();
    if (COMMON.has(key)) return true;
    const memo = this.known.get(key);
    if (memo !== undefined) return memo;
    let found = false;
    let from = 0;
    while (this.budget > 0) {
      const at = this.lower.indexOf(key, from);
      this.budget -= (at < 0 ? this.lower.length : at + key.length) - from;
      if (at < 0) break;
      const before = at > 0 ? this.lower.charCodeAt(at - 1) : 32;
      const after = this.lower.charCodeAt(at + key.length);
      if (!isWordCode(before) && !isWordCode(after)) {
        found = true;
        break;
      }
      from = at + 1;
    }
    this.known.set(key, found);
    return found;
  }
}

/** The duty verbs of two words or more, folded, with their spaces taken out: where each space was. */
const GLUED_VERBS = new Map<string, number[]>();
for (const verb of ACTION_VERBS_FOLDED) {
  const words = verb.trim().split(' ');
  if (words.length < 2) continue;
  const cuts: number[] = [];
  let at = 0;
  for (const word of words.slice(0, -1)) cuts.push((at += word.length));
  GLUED_VERBS.set(words.join(''), cuts);
}

const MARKS = /[\u0300-\u036f]/g;
const D_BAR = /[đĐ]/g;

/** The cuts of a run that is a known duty verb glued ("chủtrì" → "chủ|trì"), or null. */
function verbCuts(input: string, start: number, end: number): number[] | null {
  // Folded here, by itself: a run is a few letters (foldText keeps the last whole text it folded).
  const folded = input.slice(start, end).normalize('NFD').replace(MARKS, '').replace(D_BAR, 'd').toLowerCase();
  const cuts = folded.length === end - start ? GLUED_VERBS.get(folded) : undefined;
  return cuts ? cuts.map((c) => start + c) : null;
}

/** A letter or a combining mark: what goes on a word. */
function isWordCode(code: number): boolean {
  return isLetterCode(code) || isCombiningMarkCode(code);
}

/**
 * Where to cut `input[start, end)` into syllables the text prints on their own: the cut offsets, or
 * null. Cuts fall in the consonants between two nuclei ("thực|hiện", "tổ|chức", "các|Bộ"), or before
 * the "g"/"q" of "gi"/"qu" opening the next syllable.
 */
function cutsOf(input: string, start: number, end: number, words: Vocabulary): number[] | null {
  const nucs = nuclei(input, start, end);
  if (!nucs || nucs.length < 2) return null;
  // The cut before nucleus k lies in the consonants after nucleus k - 1, or right before nucleus k.
  // A depth-first search over at most MAX_NUCLEI - 1 cuts of a few positions each.
  const cuts: number[] = [];
  let steps = 0;
  const search = (k: number, at: number): boolean => {
    if (k === nucs.length) return words.has(input.slice(at, end));
    for (let p = nucs[k - 1]![1]; p <= nucs[k]![0] && steps < MAX_STEPS; p++) {
      steps++;
      if (p <= at) continue;
      if (!words.has(input.slice(at, p))) continue;
      cuts.push(p);
      if (search(k + 1, p)) return true;
      cuts.pop();
    }
    return false;
  };
  return search(1, start) ? cuts : null;
}

/**
 * A space at each cut of the glued runs of `input`, in text order: the letter before the cut read as
 * itself and a space (`[cut - 1, cut, letter + " "]`), so every other letter keeps its offset.
 */
export function gluedWordPieces(input: string): GluedPiece[] {
  if (input.length > MAX_TEXT) return [];
  const runs = candidateRuns(input);
  if (runs.length === 0) return [];
  const words = new Vocabulary(input);
  const pieces: GluedPiece[] = [];
  for (const [start, end] of runs) {
    for (const cut of cutsOf(input, start, end, words) ?? verbCuts(input, start, end) ?? []) pieces.push([cut - 1, cut, `${input[cut - 1]} `]);
  }
  return pieces;
}

/** `input` with the glued runs read apart (what normalisation makes of them). */
export function unglued(input: string): string {
  let out = '';
  let last = 0;
  for (const [start, end, repl] of gluedWordPieces(input)) {
    out += input.slice(last, start) + repl;
    last = end;
  }
  return out + input.slice(last);
}
