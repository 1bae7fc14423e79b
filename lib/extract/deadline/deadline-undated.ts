import { B, E } from './patterns';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';
import { UNDATED_CUES, type UndatedCue } from './vocab/undated-cues';

// "khẩn trương", OCR "Khan trương", "Khân trương", "khan truong", "Khan trươn"   → urgent
// "kịp thời" (not "chưa kịp thời", not "kịp thời gian"), "sớm hoàn thành", "trong thời gian sớm nhất",
// "thực hiện ngay", "ngay sau khi nhận được", "ngay lập tức"                          → urgent
// "thường xuyên" (not "chi thường xuyên", a budget line), "liên tục", "thường xuyên, liên tục" → continuous
// "khi có yêu cầu", "đột xuất", "định kỳ hoặc đột xuất", "khi phát sinh"             → on-request
const byPhrase = new Map<string, UndatedCue>(UNDATED_CUES.map((c) => [c.phrase, c]));
const alternatives = [...UNDATED_CUES].sort((a, b) => b.phrase.length - a.phrase.length).map((c) => c.phrase.split(' ').join('[\\s,|]{1,4}')).join('|');
const PATTERN = new RegExp(`${B}(?:${alternatives})${E}`, 'g');

const wordsBefore = (folded: string, index: number) => folded.slice(Math.max(0, index - 24), index).replace(/[^a-z]+/g, ' ').trimEnd();
const wordsAfter = (folded: string, index: number) => folded.slice(index, index + 24).replace(/[^a-z]+/g, ' ').trimStart();
const endsWithWord = (text: string, word: string) =>
  text.endsWith(word) && (text.length === word.length || text.charCodeAt(text.length - word.length - 1) === 32);
const startsWithWord = (text: string, word: string) =>
  text.startsWith(word) && (text.length === word.length || text.charCodeAt(word.length) === 32);

export const undated: DeadlineRule = {
  name: 'deadline-undated',
  pattern: PATTERN,
  starts: [...new Set(UNDATED_CUES.map((c) => c.phrase.split(' ')[0]!))],
  needs: [...new Set(UNDATED_CUES.map((c) => c.phrase.split(' ').at(-1)!))], // every cue's last word
  extract(m, env) {
    const cue = byPhrase.get(m[0].replace(/[\s,|]+/g, ' '));
    if (!cue) return null;
    const end = m.index + m[0].length;
    if (cue.original && !cue.original.test(env.text.slice(m.index, end).toLowerCase())) return null;
    if (cue.notBefore) {
      const before = wordsBefore(env.folded, m.index);
      if (cue.notBefore.some((w) => endsWithWord(before, w))) return null;
    }
    if (cue.notAfter || cue.before) {
      const after = wordsAfter(env.folded, end);
      if (cue.notAfter?.some((w) => startsWithWord(after, w))) return null;
      if (cue.before && !cue.before.some((w) => startsWithWord(after, w))) return null;
    }
    return candidateOf(m, this.name, { date: null, stated: true, kind: cue.kind });
  },
};
