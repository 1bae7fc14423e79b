import { collapseBlanks } from '../normalize';

const MAX_WORDS = 14;
const LEADING_MARKS = /^[\s:;,.\-–+•*_|>]+/u;
// A blank after a full stop or semicolon ends the first clause.
const CLAUSE_BREAK = /(?<=[.;])\s/u;

/** Collapses whitespace and strips list markers and leading punctuation. */
export function cleanText(text: string): string {
  return collapseBlanks(text).replace(LEADING_MARKS, '').trim();
}

/** A short to-do title: the first words of the duty, ending at the first sentence or clause. */
export function makeTitle(action: string): string {
  // The title comes from the first clause: a few hundred characters are enough to find it.
  const clean = cleanText(action.slice(0, 400));
  const cut = clean.search(CLAUSE_BREAK);
  const first = cut < 0 ? clean : clean.slice(0, cut);
  const words = first.replace(/[.;:,]+$/u, '').split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const head = words.slice(0, MAX_WORDS).join(' ');
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return words.length > MAX_WORDS ? `${title}…` : title;
}
