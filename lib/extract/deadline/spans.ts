import type { Candidate, RuleEnv } from './types';

/** Start and end of a match, with trailing gaps trimmed. */
export function spanOf(match: RegExpExecArray): [number, number] {
  const start = match.index;
  let end = start + match[0].length;
  while (end > start && /[\s|]/.test(match.input[end - 1]!)) end--;
  return [start, end];
}

type CandidateFields = Omit<Candidate, 'start' | 'end' | 'tags' | 'time' | 'recurrence'> & Partial<Pick<Candidate, 'time' | 'recurrence'>>;

/** A candidate covering the whole match, or from `from` (a lead found by `leadBefore`) to its end. */
export function candidateOf(match: RegExpExecArray, rule: string, fields: CandidateFields, from?: number): Candidate {
  const [start, end] = spanOf(match);
  return { start: from ?? start, end, time: null, recurrence: null, ...fields, tags: [rule] };
}

/**
 * A lead's cue word, with "trong" as OCR may leave it ("(rong tháng 01/2026)", "frong Quý 1/2026")
 * read as "trong"; null when the words before `index` hold "rộng" (wide) rather than such a "trong".
 */
export function inCue(env: RuleEnv, leadStart: number, index: number, raw: string | undefined): string | undefined | null {
  if (raw !== 'rong' && raw !== 'frong') return raw;
  return /(?:^|[^\p{L}])[Ff]?rong\s/u.test(env.text.slice(leadStart, index)) ? 'trong' : null;
}

/** `match` cut to its first `length` characters: the phrase ends before what the pattern read after it. */
export function matchPrefix(match: RegExpExecArray, length: number): RegExpExecArray {
  return Object.assign([match[0].slice(0, length)], { index: match.index, input: match.input }) as unknown as RegExpExecArray;
}

/**
 * Cue words right before a match, read backwards: `lead` is matched against the `maxBack`
 * folded characters before `index` and must end with `$` (its optional groups make it match,
 * possibly empty, at the end). Rules use this for optional leading cues ("hoàn thành trong" before
 * "tháng 3/2025") so their own regex starts with a required keyword and scans the text fast.
 */
export function leadBefore(env: RuleEnv, index: number, lead: RegExp, maxBack = 48): { start: number; groups: (string | undefined)[] } {
  const from = Math.max(0, index - maxBack);
  const m = lead.exec(env.folded.slice(from, index));
  if (!m || m[0].length === 0) return { start: index, groups: [] };
  return { start: from + m.index, groups: m.slice(1) };
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
 * True when `index` sits inside a quoted name (“…”, "…") on the same paragraph, e.g. the title of
 * a cited plan: Nghị quyết về “Chuyển đổi số tỉnh Lạng Sơn đến năm 2025, định hướng đến năm 2030”.
 */
export function insideQuotes(env: RuleEnv, index: number, reach = 240): boolean {
  const before = env.text.slice(Math.max(0, index - reach), index);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'));
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('»'));
  if (open > close && !/\n\s*\n/.test(before.slice(open))) return /[”»]/.test(env.text.slice(index, index + reach));
  return false;
}

/**
 * True when [start, end) stands alone: in brackets, a table cell, after a label's colon, or on a
 * line of its own — how a "thời gian hoàn thành" column or a "Tiến độ: Quý I/2025" line shows a
 * bare period.
 */
export function standsAlone(env: RuleEnv, start: number, end: number): boolean {
  const from = Math.max(0, start - 48);
  const head = (from === 0 ? '\n\n' : '') + env.folded.slice(from, start);
  // After a line break, the line before must have ended (so "… ngày 30 tháng 9\nnăm 2025" does not count).
  const before = /(?:[|(>:]|<td[^>]{0,40}>|(?:^|[.:;|)>]|\n)[ \t]{0,8}\n)[ \t]{0,8}$/.test(head);
  const after = /^[ \t.]{0,3}(?:$|[\n|);<,])/.test(env.folded.slice(end, end + 6));
  return before && after;
}
