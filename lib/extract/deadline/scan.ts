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
 */

/** `[a-z0-9]` → 0…35 (the class `B` and `E` look at); anything else → -1. */
const SYMBOLS = 36;
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) SYMBOL[97 + c] = c;
for (let d = 0; d < 10; d++) SYMBOL[48 + d] = 26 + d;

/** The rules compiled for `scanRules`. */
export interface RuleSet {
  rules: readonly DeadlineRule[];
  /** Each rule's pattern, sticky (rules with `starts`) or global (the others). */
  patterns: RegExp[];
  /** Rules without `starts`: scanned in full. */
  full: boolean[];
  /** Trie over `[a-z0-9]`: `next[state * 36 + symbol]`, 0 for none (the root is never re-entered). */
  next: Int32Array;
  /** Rule indices whose prefix ends at each state. */
  accept: number[][];
}

function withFlags(pattern: RegExp, add: string, drop: string): RegExp {
  let flags = pattern.flags;
  for (const f of drop) flags = flags.replace(f, '');
  for (const f of add) if (!flags.includes(f)) flags += f;
  return new RegExp(pattern.source, flags);
}

export function compileRules(rules: readonly DeadlineRule[]): RuleSet {
  const prefixes: [string, number][] = [];
  rules.forEach((rule, index) => {
    for (const start of rule.starts ?? []) {
      if (start === '#') for (let d = 0; d < 10; d++) prefixes.push([String(d), index]);
      else prefixes.push([start, index]);
    }
  });
  let states = 1;
  const table: number[] = new Array<number>(SYMBOLS).fill(0);
  const accept: number[][] = [[]];
  for (const [prefix, index] of prefixes) {
    if (!/^[a-z0-9]+$/.test(prefix)) throw new Error(`rule ${rules[index]!.name}: bad start "${prefix}"`);
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
    if (!accept[state]!.includes(index)) accept[state]!.push(index);
  }
  return {
    rules,
    patterns: rules.map((rule) => (rule.starts ? withFlags(rule.pattern, 'y', 'g') : withFlags(rule.pattern, 'g', 'y'))),
    full: rules.map((rule) => !rule.starts),
    next: Int32Array.from(table),
    accept,
  };
}

/** For each rule, the word starts where its pattern may match, in text order. */
export function startPositions(set: RuleSet, folded: string): number[][] {
  const { next, accept } = set;
  const lists: number[][] = set.rules.map(() => []);
  const last = new Int32Array(set.rules.length).fill(-1);
  const n = folded.length;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    const symbol = c < 128 ? SYMBOL[c]! : -1;
    if (symbol < 0) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    let state = next[symbol]!;
    for (let j = i + 1; state !== 0; j++) {
      const hits = accept[state]!;
      for (let k = 0; k < hits.length; k++) {
        const r = hits[k]!;
        if (last[r] !== i) {
          last[r] = i;
          lists[r]!.push(i);
        }
      }
      if (j >= n) break;
      const cj = folded.charCodeAt(j);
      const s = cj < 128 ? SYMBOL[cj]! : -1;
      if (s < 0) break;
      state = next[state * SYMBOLS + s]!;
    }
  }
  return lists;
}

function keep(rule: DeadlineRule, m: RegExpExecArray, env: RuleEnv, out: Candidate[]): void {
  const found = rule.extract(m, env);
  if (found && found.end > found.start) out.push(found);
}

/** Runs every rule in order over `env.folded`, appending candidates in rule order, then text order. */
export function scanRules(set: RuleSet, env: RuleEnv, out: Candidate[]): void {
  const folded = env.folded;
  const starts = startPositions(set, folded);
  set.rules.forEach((rule, r) => {
    const pattern = set.patterns[r]!;
    if (set.full[r]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        if (m[0].length === 0) pattern.lastIndex++;
        else keep(rule, m, env, out);
      }
      return;
    }
    const positions = starts[r]!;
    let from = 0;
    for (let k = 0; k < positions.length; k++) {
      const at = positions[k]!;
      if (at < from) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(folded);
      if (!m) continue;
      from = at + Math.max(1, m[0].length);
      if (m[0].length > 0) keep(rule, m, env, out);
    }
  });
}
