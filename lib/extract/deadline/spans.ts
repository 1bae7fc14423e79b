import type { Candidate, RuleEnv } from './types';

/** Start and end of a match, with trailing gaps trimmed. */
export function spanOf(match: RegExpExecArray): [number, number] {
  const start = match.index;
  let end = start + match[0].length;
  while (end > start && /[\s|]/.test(match.input[end - 1]!)) end--;
  return [start, end];
}

/** A candidate covering the whole match. */
export function candidateOf(match: RegExpExecArray, rule: string, fields: Omit<Candidate, 'start' | 'end' | 'tags' | 'time' | 'recurrence'> & Partial<Pick<Candidate, 'time' | 'recurrence'>>): Candidate {
  const [start, end] = spanOf(match);
  return { start, end, time: null, recurrence: null, ...fields, tags: [rule] };
}

/**
 * True when the `maxBack` characters before `index` end with `pattern` (a regex anchored with `$`
 * on the folded text), e.g. "tính " before "đến ngày".
 */
export function precededBy(env: RuleEnv, index: number, pattern: RegExp, maxBack = 40): boolean {
  return pattern.test(env.folded.slice(Math.max(0, index - maxBack), index));
}

/** True when the characters after `index` start with `pattern` (anchored with `^`). */
export function followedBy(env: RuleEnv, index: number, pattern: RegExp, maxAhead = 40): boolean {
  return pattern.test(env.folded.slice(index, index + maxAhead));
}

/**
 * True when [start, end) stands alone: in brackets, a table cell, or a line of its own — how a
 * "thời gian hoàn thành" column shows a bare period such as "Quý I/2025".
 */
export function standsAlone(env: RuleEnv, start: number, end: number): boolean {
  const from = Math.max(0, start - 48);
  const head = (from === 0 ? '\n' : '') + env.folded.slice(from, start);
  const before = /(?:[\n|(>:;]|<td[^>]{0,40}>)[ \t]{0,8}$/.test(head);
  const after = /^[ \t.]{0,3}(?:$|[\n|);<,])/.test(env.folded.slice(end, end + 6));
  return before && after;
}
