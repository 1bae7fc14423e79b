import type { Candidate, DeadlineRule, RuleEnv } from './types';

/**
 * Runs the rules' regexes without scanning the whole text once per rule.
 *
 * Every rule's pattern starts with `B` (no letter or digit before) and a word from a short list
 * (`DeadlineRule.starts`). One pass over the folded text finds the word starts and walks each
 * word through a trie of those prefixes, listing for every rule the positions where it can match.
 * The rule's pattern then runs sticky at those positions only, skipping the ones inside its last
 * match: the same matches, in the same order, as `pattern.exec` in a loop from 0 (a global scan
 * tries every position left to right and resumes after each match; the positions skipped here are
 * the ones where it could not match). Sticky matching sees the whole text, so look-behinds and
 * look-aheads read the same characters as before.
 *
 * A rule may also name words one of which every match contains (`DeadlineRule.needs`): a start
 * with none of them within the pattern's longest match is not tried.
 */

/** `[a-z0-9]` (the class `B` and `E` look at) → 0…35; anything else → -1. */
const SYMBOLS = 36;
const SYMBOL = new Int8Array(65536).fill(-1);
/** 1 for `[a-z0-9]`, 1 for `[0-9]`. */
const WORD = new Uint8Array(65536);
const DIGIT = new Uint8Array(65536);
for (let c = 0; c < 26; c++) {
  SYMBOL[97 + c] = c;
  WORD[97 + c] = 1;
}
for (let d = 0; d < 10; d++) {
  SYMBOL[48 + d] = 26 + d;
  WORD[48 + d] = 1;
  DIGIT[48 + d] = 1;
}

/** The rules compiled for `scanRules`. */
export interface RuleSet {
  rules: readonly DeadlineRule[];
  /** Each rule's pattern, sticky (rules with `starts`) or global (the others). */
  patterns: RegExp[];
  /** Per rule: the index of its `needs` list (after the rules' start lists), -1 for none; -2 for digits. */
  needs: number[];
  /** Per rule: the longest match of its pattern, in UTF-16 units (Infinity when unbounded). */
  reach: number[];
  /** How many position lists the trie fills: one per rule, one per rule with word `needs`. */
  lists: number;
  /** Trie over `[a-z0-9]`: `next[state * 36 + symbol]`, 0 for none (the root is never re-entered). */
  next: Int32Array;
  /** Per state, the lists whose prefix ends there: `acceptList[acceptFrom[s] … acceptFrom[s + 1])`. */
  acceptFrom: Int32Array;
  acceptList: Int32Array;
}

function withFlags(pattern: RegExp, add: string, drop: string): RegExp {
  let flags = pattern.flags;
  for (const f of drop) flags = flags.replace(f, '');
  for (const f of add) if (!flags.includes(f)) flags += f;
  return new RegExp(pattern.source, flags);
}

/**
 * The longest string `pattern` can match, in UTF-16 units: Infinity with `*`, `+`, `{n,}` or a
 * back-reference, and for anything this small reader does not know.
 */
export function maxMatchLength(pattern: RegExp): number {
  const src = pattern.source;
  const unit = /[uv]/.test(pattern.flags) ? 2 : 1; // a class or `.` may match a surrogate pair
  let i = 0;
  const fail = (): never => {
    throw new Error(`cannot read /${src}/ at ${i}`);
  };
  const alternation = (): number => {
    let best = 0;
    let current = 0;
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        best = Math.max(best, current);
        current = 0;
        i++;
      } else current += quantified();
    }
    return Math.max(best, current);
  };
  const atom = (): number => {
    const ch = src[i]!;
    if (ch === '(') {
      i++;
      let zero = false;
      if (src[i] === '?') {
        const a = src[i + 1];
        const b = src[i + 2];
        if (a === ':') i += 2;
        else if (a === '=' || a === '!') {
          zero = true;
          i += 2;
        } else if (a === '<' && (b === '=' || b === '!')) {
          zero = true;
          i += 3;
        } else if (a === '<') {
          const close = src.indexOf('>', i);
          if (close < 0) fail();
          i = close + 1;
        } else fail();
      }
      const length = alternation();
      if (src[i] !== ')') fail();
      i++;
      return zero ? 0 : length;
    }
    if (ch === '[') {
      i++;
      if (src[i] === ']') fail();
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      if (src[i] !== ']') fail();
      i++;
      return unit;
    }
    if (ch === '\\') {
      const e = src[i + 1];
      if (e === undefined) fail();
      if (e === 'b' || e === 'B') {
        i += 2;
        return 0;
      }
      if (/[1-9k]/.test(e!)) return Infinity; // back-reference
      if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'c') fail();
      i += 2;
      return 1;
    }
    if (ch === '^' || ch === '$') {
      i++;
      return 0;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '|' || ch === ')') fail();
    i++;
    return ch === '.' ? unit : 1;
  };
  const quantified = (): number => {
    const length = atom();
    let times = 1;
    const q = src[i];
    if (q === '*' || q === '+') {
      times = Infinity;
      i++;
    } else if (q === '?') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) fail();
      times = m![2] === undefined ? Number(m![1]) : m![3] === '' ? Infinity : Number(m![3]);
      i += m![0].length;
    }
    if (times !== 1 && src[i] === '?') i++; // lazy
    return length === 0 ? 0 : length * times;
  };
  try {
    const length = alternation();
    return i === src.length ? length : Infinity;
  } catch {
    return Infinity;
  }
}

export function compileRules(rules: readonly DeadlineRule[]): RuleSet {
  const prefixes: [string, number][] = [];
  let lists = rules.length;
  const needs = rules.map((rule, index) => {
    for (const start of rule.starts ?? []) {
      if (start === '#') for (let d = 0; d < 10; d++) prefixes.push([String(d), index]);
      else prefixes.push([start, index]);
    }
    if (!rule.starts || !rule.needs) return -1;
    if (rule.needs.includes('#')) {
      if (rule.needs.length > 1) throw new Error(`rule ${rule.name}: "#" needs no other word`);
      return -2;
    }
    for (const word of rule.needs) prefixes.push([word, lists]);
    return lists++;
  });
  let states = 1;
  const table: number[] = new Array<number>(SYMBOLS).fill(0);
  const accept: number[][] = [[]];
  for (const [prefix, list] of prefixes) {
    if (!/^[a-z0-9]+$/.test(prefix)) throw new Error(`bad rule start or need "${prefix}"`);
    let state = 0;
    for (const ch of prefix) {
      const slot = state * SYMBOLS + SYMBOL[ch.charCodeAt(0)]!;
      if (!table[slot]) {
        table[slot] = states++;
        for (let k = 0; k < SYMBOLS; k++) table.push(0);
        accept.push([]);
      }
      state = table[slot]!;
    }
    if (!accept[state]!.includes(list)) accept[state]!.push(list);
  }
  const acceptFrom = new Int32Array(states + 1);
  const flat: number[] = [];
  accept.forEach((hits, s) => {
    acceptFrom[s] = flat.length;
    flat.push(...hits);
  });
  acceptFrom[states] = flat.length;
  return {
    rules,
    patterns: rules.map((rule) => (rule.starts ? withFlags(rule.pattern, 'y', 'g') : withFlags(rule.pattern, 'g', 'y'))),
    needs,
    reach: rules.map((rule) => maxMatchLength(rule.pattern)),
    lists,
    next: Int32Array.from(table),
    acceptFrom,
    acceptList: Int32Array.from(flat),
  };
}

/** Positions found by one pass: per list (rules' starts, then needs), and digit runs. */
export interface Positions {
  lists: number[][];
  /** Starts of digit runs (a digit with no digit before), in text order. */
  digits: Int32Array;
}

/** Buffers for word and digit-run starts, kept between calls (up to a megabyte or so each). */
let wordBuffer = new Int32Array(0);
let digitBuffer = new Int32Array(0);
const KEEP = 1 << 18;

function buffer(kept: Int32Array, size: number): Int32Array {
  return size <= kept.length ? kept : new Int32Array(Math.max(size, Math.min(KEEP, kept.length * 2)));
}

/** For each rule, the word starts where its pattern may match, in text order; and where its needed words are. */
export function startPositions(set: RuleSet, folded: string): Positions {
  const { next, acceptFrom, acceptList } = set;
  const n = folded.length;
  // Word starts and digit-run starts, collected without a branch per character.
  const size = (n >> 1) + 2;
  const words = buffer(wordBuffer, size);
  const digits = buffer(digitBuffer, size);
  if (words.length <= KEEP) wordBuffer = words;
  if (digits.length <= KEEP) digitBuffer = digits;
  let wordCount = 0;
  let digitCount = 0;
  let prevWord = 0;
  let prevDigit = 0;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    const w = WORD[c]!;
    const d = DIGIT[c]!;
    words[wordCount] = i;
    wordCount += w & (prevWord ^ 1);
    digits[digitCount] = i;
    digitCount += d & (prevDigit ^ 1);
    prevWord = w;
    prevDigit = d;
  }
  const lists: number[][] = [];
  for (let k = 0; k < set.lists; k++) lists.push([]);
  const last = new Int32Array(set.lists).fill(-1);
  for (let k = 0; k < wordCount; k++) {
    const at = words[k]!;
    let state = next[SYMBOL[folded.charCodeAt(at)]!]!;
    for (let j = at + 1; state !== 0; j++) {
      for (let h = acceptFrom[state]!, end = acceptFrom[state + 1]!; h < end; h++) {
        const list = acceptList[h]!;
        if (last[list] !== at) {
          last[list] = at;
          lists[list]!.push(at);
        }
      }
      if (j >= n) break;
      const s = SYMBOL[folded.charCodeAt(j)]!;
      if (s < 0) break;
      state = next[state * SYMBOLS + s]!;
    }
  }
  return { lists, digits: digits.subarray(0, digitCount) };
}

function keep(rule: DeadlineRule, m: RegExpExecArray, env: RuleEnv, out: Candidate[]): void {
  const found = rule.extract(m, env);
  if (found && found.end > found.start) out.push(found);
}

/** Runs every rule in order over `env.folded`, appending candidates in rule order, then text order. */
export function scanRules(set: RuleSet, env: RuleEnv, out: Candidate[]): void {
  const folded = env.folded;
  const found = startPositions(set, folded);
  for (let r = 0; r < set.rules.length; r++) {
    const rule = set.rules[r]!;
    const pattern = set.patterns[r]!;
    if (!rule.starts) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        if (m[0].length === 0) pattern.lastIndex++;
        else keep(rule, m, env, out);
      }
      continue;
    }
    const positions = found.lists[r]!;
    const need = set.needs[r]!;
    const needed: ArrayLike<number> | null = need === -2 ? found.digits : need >= 0 ? found.lists[need]! : null;
    const reach = set.reach[r]!;
    let from = 0;
    let nextNeed = 0;
    for (let k = 0; k < positions.length; k++) {
      const at = positions[k]!;
      if (at < from) continue;
      if (needed) {
        // The first needed word at or after `at` must fall inside the longest match.
        while (nextNeed < needed.length && needed[nextNeed]! < at) nextNeed++;
        if (nextNeed === needed.length) break;
        if (needed[nextNeed]! - at > reach) continue;
      }
      pattern.lastIndex = at;
      const m = pattern.exec(folded);
      if (!m) continue;
      from = at + Math.max(1, m[0].length);
      if (m[0].length > 0) keep(rule, m, env, out);
    }
  }
}
