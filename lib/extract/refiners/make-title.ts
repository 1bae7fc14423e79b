import { collapseBlanks } from '../normalize';

const MAX_WORDS = 14;
const LEADING_MARKS = /^[\s:;,.\-–+•*_|>]+/u;
// A full stop or semicolon before a blank ends the first clause.
const CLAUSE_END = /[.;]\s/u;

/** Collapses whitespace and strips list markers and leading punctuation. */
export function cleanText(text: string): string {
  return collapseBlanks(text).replace(LEADING_MARKS, '').trim();
}

// The title comes from the first clause: a few hundred characters are enough to find it.
const TITLE_SOURCE = 400;

/** A short to-do title: the first words of the duty, ending at the first sentence or clause. */
export function makeTitle(action: string): string {
  return titleOf(cleanText(action.slice(0, TITLE_SOURCE)));
}

/**
 * `makeTitle` of an action that `cleanText` returned (or a prefix of one): cleaning it again
 * would only trim the end of the cut.
 */
export function makeTitleOfClean(action: string): string {
  return titleOf(action.slice(0, TITLE_SOURCE).trimEnd());
}

/** The title of cleaned text. */
function titleOf(clean: string): string {
  const cut = clean.search(CLAUSE_END);
  let end = cut < 0 ? clean.length : cut + 1;
  while (end > 0 && isClauseMark(clean.charCodeAt(end - 1))) end--;
  // Clean text has single spaces between words and none around them, but for one left before
  // the marks just dropped: the words end at the MAX_WORDS-th space, if there is one.
  if (end > 0 && clean.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return '';
  let space = -1;
  for (let n = 0; n < MAX_WORDS; n++) {
    space = clean.indexOf(' ', space + 1);
    if (space < 0 || space >= end) break;
  }
  const more = space >= 0 && space < end;
  const head = clean.slice(0, more ? space : end);
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return more ? `${title}…` : title;
}

/** ".", ";", ":" or ",": marks that end a clause, dropped from the end of a title. */
function isClauseMark(code: number): boolean {
  return code === 46 || code === 59 || code === 58 || code === 44;
}
