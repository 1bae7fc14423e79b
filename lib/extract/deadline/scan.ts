import { B } from './patterns';
import type { Candidate, DeadlineRule, RuleEnv } from './types';

/**
 * Runs the rules' regexes without scanning the whole text once per rule.
 *
 * Every rule's pattern starts with `B` (no letter or digit before) and a word from a short list
 * (`DeadlineRule.starts`). One pass over the folded text finds where words and digit runs start
 * and looks each up by its first four characters, listing for every rule the positions where it
 * can match. The rule's pattern then runs sticky at those positions only, skipping the ones
 * inside its last match: the same matches, in the same order, as `pattern.exec` in a loop from 0
 * (a global scan tries every position left to right and resumes after each match; the positions
 * skipped here are ones where it cannot match). Sticky matching sees the whole text, so
 * look-behinds and look-aheads read the same characters as before.
 *
 * A rule may also name words one of which every match contains (`DeadlineRule.needs`): a start
 * with none of them within the pattern's longest match is not tried.
 */

/** `[a-z0-9]` (the class `B` and `E` look at) → 0…35; anything else → 36. */
const OTHER = 36;
const KEYS = 37;
const BLOCK = KEYS * KEYS;
const SYMBOL = new Uint8Array(65536).fill(OTHER);
/** `SYMBOL` in bits 0–5; bit 6 for a letter or digit, bits 6 and 7 for a digit. */
const CHAR = new Uint8Array(65536).fill(OTHER);
for (let c = 0; c < 26; c++) {
  SYMBOL[97 + c] = c;
  CHAR[97 + c] = c | 64;
}
for (let d = 0; d < 10; d++) {
  SYMBOL[48 + d] = 26 + d;
  CHAR[48 + d] = (26 + d) | 192;
}

/**
 * Which position lists a start goes to, by its first four symbols `a b c d` (36 past the word),
 * as one set: `first[a * 37 + b]` when no prefix of three characters or more begins with `a b`,
 * else `second[block[a * 37 + b] * 1369 + c * 37 + d]` (which also holds the lists of the
 * shorter prefixes). A prefix longer than four characters is checked against the text (`verify`).
 */
interface WordTables {
  first: Uint16Array;
  block: Uint16Array;
  second: Uint16Array;
  /** Set `s` (0 is empty) holds lists `members[from[s] … from[s + 1])` and checks `verify[s]`. */
  from: Int32Array;
  members: Int32Array;
  verify: ([string, number][] | null)[];
}

/** The rules compiled for `scanRules`. */
export interface RuleSet {
  rules: readonly DeadlineRule[];
  /** Each rule's pattern, sticky (rules with `starts`) or global (the others). */
  patterns: RegExp[];
  /** Per rule: the position list of its starts, or -1 (no `starts`: the pattern scans the whole text). */
  starts: number[];
  /** Per rule: the position list of its needed words, or -1. */
  needs: number[];
  /** Per rule: the longest match of its pattern, in UTF-16 units (Infinity when unbounded). */
  reach: number[];
  /** How many position lists: one per distinct `starts` or `needs`. */
  lists: number;
  words: WordTables;
}

function wordTables(prefixes: readonly [string, number][]): WordTables {
  // Per slot, the lists a start takes and the longer prefixes still to check.
  interface Slot {
    lists: Set<number>;
    verify: [string, number][];
  }
  const empty = (): Slot => ({ lists: new Set(), verify: [] });
  const firstSlots = new Map<number, Slot>();
  const secondSlots = new Map<number, Map<number, Slot>>();
  const slotIn = <K>(map: Map<K, Slot>, key: K) => {
    let slot = map.get(key);
    if (!slot) map.set(key, (slot = empty()));
    return slot;
  };
  for (const [prefix, list] of prefixes) {
    if (!/^[a-z0-9]+ ?$/.test(prefix)) throw new Error(`bad rule start or need "${prefix}"`);
    const [a, b, c, d] = [...prefix.slice(0, 4)].map((ch) => SYMBOL[ch.charCodeAt(0)]!);
    if (b === undefined) for (let x = 0; x < KEYS; x++) slotIn(firstSlots, a! * KEYS + x).lists.add(list);
    else if (c === undefined) slotIn(firstSlots, a! * KEYS + b).lists.add(list);
    else {
      let slots = secondSlots.get(a! * KEYS + b);
      if (!slots) secondSlots.set(a! * KEYS + b, (slots = new Map()));
      if (d === undefined) for (let x = 0; x < KEYS; x++) slotIn(slots, c * KEYS + x).lists.add(list);
      else if (prefix.length === 4) slotIn(slots, c * KEYS + d).lists.add(list);
      else slotIn(slots, c * KEYS + d).verify.push([prefix, list]);
    }
  }
  // One set per distinct slot content; set 0 is empty.
  const sets: Slot[] = [empty()];
  const setOf = new Map<string, number>([['', 0]]);
  const intern = (slot: Slot): number => {
    const lists = [...slot.lists].sort((x, y) => x - y);
    // A longer prefix adds nothing when its list is already taken, or when a shorter one of the same list is checked too.
    const verify = slot.verify
      .filter(([prefix, list]) => !slot.lists.has(list) && !slot.verify.some(([other, same]) => same === list && other !== prefix && prefix.startsWith(other)))
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    const key = `${lists.join(',')}|${verify.map(([p, l]) => `${p}:${l}`).join(',')}`;
    let id = setOf.get(key);
    if (id === undefined) {
      id = sets.length;
      setOf.set(key, id);
      sets.push({ lists: new Set(lists), verify });
    }
    return id;
  };
  const first = new Uint16Array(BLOCK);
  const block = new Uint16Array(BLOCK);
  const second: number[] = new Array<number>(BLOCK).fill(0);
  for (const [ab, slot] of firstSlots) first[ab] = intern(slot);
  for (const [ab, slots] of secondSlots) {
    // A start with a longer prefix also takes the lists of its first two characters.
    const short = firstSlots.get(ab) ?? empty();
    block[ab] = second.length / BLOCK;
    const base = second.length;
    for (let k = 0; k < BLOCK; k++) second.push(first[ab]!);
    for (const [cd, slot] of slots) {
      second[base + cd] = intern({ lists: new Set([...short.lists, ...slot.lists]), verify: [...short.verify, ...slot.verify] });
    }
  }
  if (sets.length > 0xffff || second.length / BLOCK > 0xffff) throw new Error('too many prefix sets');
  const from = new Int32Array(sets.length + 1);
  const members: number[] = [];
  sets.forEach((s, i) => {
    from[i] = members.length;
    members.push(...s.lists);
  });
  from[sets.length] = members.length;
  return {
    first,
    block,
    second: Uint16Array.from(second),
    from,
    members: Int32Array.from(members),
    verify: sets.map((s) => (s.verify.length ? s.verify : null)),
  };
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
      } else {
        const at = i;
        current += quantified();
        if (i === at) fail();
      }
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
      // Back-references and escapes whose length this reader does not work out: unknown.
      if (/[1-9kpPuxc]/.test(e!)) fail();
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
  // One position list per distinct set of prefixes ("#" stands for the ten digits).
  const prefixes: [string, number][] = [];
  const listOf = new Map<string, number>();
  const list = (words: readonly string[]): number => {
    const all = [...new Set(words.flatMap((w) => (w === '#' ? [...'0123456789'] : [w])))].sort();
    const key = all.join(' ');
    let index = listOf.get(key);
    if (index === undefined) {
      index = listOf.size;
      listOf.set(key, index);
      for (const prefix of all) prefixes.push([prefix, index]);
    }
    return index;
  };
  for (const rule of rules) {
    if (rule.starts && !rule.pattern.source.startsWith(B)) throw new Error(`rule ${rule.name}: a pattern with starts must begin with B`);
  }
  const starts = rules.map((rule) => (rule.starts ? list(rule.starts) : -1));
  const needs = rules.map((rule) => (rule.starts && rule.needs ? list(rule.needs) : -1));
  return {
    rules,
    patterns: rules.map((rule) => (rule.starts ? withFlags(rule.pattern, 'y', 'g') : withFlags(rule.pattern, 'g', 'y'))),
    starts,
    needs,
    reach: rules.map((rule) => maxMatchLength(rule.pattern)),
    lists: listOf.size,
    words: wordTables(prefixes),
  };
}

/** Word and digit-run starts, kept between calls up to a megabyte. */
let startBuffer = new Int32Array(1024);
const KEEP = 1 << 18;

/** Appends `at` to the position lists of set `s` (and of its longer prefixes that `folded` spells there). */
function addSet(lists: number[][], words: WordTables, s: number, folded: string, at: number): void {
  const { from, members } = words;
  for (let h = from[s]!, end = from[s + 1]!; h < end; h++) lists[members[h]!]!.push(at);
  const checks = words.verify[s];
  if (checks) {
    for (let v = 0; v < checks.length; v++) {
      const [prefix, list] = checks[v]!;
      let same = true;
      for (let p = 4; p < prefix.length && same; p++) {
        const next = at + p;
        same = SYMBOL[prefix.charCodeAt(p)] === (next < folded.length ? SYMBOL[folded.charCodeAt(next)] : OTHER);
      }
      if (same) lists[list]!.push(at);
    }
  }
}

/**
 * Per position list (see `RuleSet.starts` and `needs`), the positions in text order: word
 * starts, and digit runs (also inside a word: "15h00", "ngày01"), that begin with one of its
 * prefixes. A list may hold more than the exact word starts (a digit run inside a word), never less.
 * With `windows` (sorted, disjoint `[from, to)`), only the starts inside them are listed.
 */
export function startPositions(set: RuleSet, folded: string, windows?: readonly (readonly [number, number])[]): number[][] {
  const words = set.words;
  const { first, block, second } = words;
  const n = folded.length;
  const size = (n >> 1) + 2;
  if (size > startBuffer.length && size <= KEEP) startBuffer = new Int32Array(Math.max(size, Math.min(KEEP, startBuffer.length * 2)));
  const starts = size <= startBuffer.length ? startBuffer : new Int32Array(size);
  // Where words and digit runs start, without a branch per character.
  let count = 0;
  const all: readonly (readonly [number, number])[] = windows ?? [[0, n]];
  for (let w = 0; w < all.length; w++) {
    const lo = Math.max(0, all[w]![0]);
    const hi = Math.min(n, all[w]![1]);
    let before = lo > 0 ? CHAR[folded.charCodeAt(lo - 1)]! >> 6 : 0; // 1: letter, 3: digit
    for (let i = lo; i < hi; i++) {
      const kind = CHAR[folded.charCodeAt(i)]! >> 6;
      const fresh = kind & ~before; // a word starts at `i`, or a digit run
      starts[count] = i;
      count += (fresh | (fresh >> 1)) & 1;
      before = kind;
    }
  }
  const lists: number[][] = [];
  for (let k = 0; k < set.lists; k++) lists.push([]);
  // Each start's set, by its first two symbols and, under a longer prefix, the next two.
  for (let k = 0; k < count; k++) {
    const at = starts[k]!;
    const ab = SYMBOL[folded.charCodeAt(at)]! * KEYS + (at + 1 < n ? SYMBOL[folded.charCodeAt(at + 1)]! : OTHER);
    const b = block[ab]!;
    let s = first[ab]!;
    if (b) {
      const c = at + 2 < n ? SYMBOL[folded.charCodeAt(at + 2)]! : OTHER;
      const d = at + 3 < n ? SYMBOL[folded.charCodeAt(at + 3)]! : OTHER;
      s = second[b * BLOCK + c * KEYS + d]!;
    }
    if (s) addSet(lists, words, s, folded, at);
  }
  return lists;
}

function inside(windows: readonly (readonly [number, number])[], at: number): boolean {
  return windows.some(([from, to]) => at >= from && at < to);
}

function keep(rule: DeadlineRule, m: RegExpExecArray, env: RuleEnv, out: Candidate[]): void {
  const found = rule.extract(m, env);
  if (found && found.end > found.start) out.push(found);
}

/**
 * Runs every rule in order over `env.folded`, appending candidates in rule order, then text order.
 * With `windows`, only matches starting inside them are tried (see `startPositions`); every match
 * of a full scan that lies inside a window is found (a needed word past its window is not seen).
 */
export function scanRules(set: RuleSet, env: RuleEnv, out: Candidate[], windows?: readonly (readonly [number, number])[]): void {
  const folded = env.folded;
  const found = startPositions(set, folded, windows);
  for (let r = 0; r < set.rules.length; r++) {
    const rule = set.rules[r]!;
    const pattern = set.patterns[r]!;
    if (!rule.starts) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        if (m[0].length === 0) pattern.lastIndex++;
        else if (!windows || inside(windows, m.index)) keep(rule, m, env, out);
      }
      continue;
    }
    const positions = found[set.starts[r]!]!;
    const need = set.needs[r]!;
    const needed = need >= 0 ? found[need]! : null;
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
      if (rule.admits && !rule.admits(folded, at)) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(folded);
      if (!m) continue;
      from = at + Math.max(1, m[0].length);
      if (m[0].length > 0) keep(rule, m, env, out);
    }
  }
}
