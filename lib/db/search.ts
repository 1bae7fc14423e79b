import { foldKey } from '../extract/fold';

/**
 * Diacritic- and case-insensitive search over task titles, assignees and document numbers.
 * Each text is kept folded ("Sở TT&TT" → "so tt tt"), folded with "&" dropped ("so tttt"), and
 * for a name of three or more full words also as initials ("Sở Thông tin và Truyền thông" →
 * "so tttt", "stttt"), so "so tt", "tttt", "STTTT" and "dang" (for "Đảng") all find what they mean.
 */

function initialsOf(name: string): string[] {
  const words = foldKey(name).split(' ').filter((w) => w && w !== 'va');
  if (words.length < 3 || !words.every((w) => /[aeiouy]/.test(w))) return [];
  const rest = words.slice(1).map((w) => w[0]).join('');
  return [`${words[0]} ${rest}`, `${words[0]![0]}${rest}`];
}

function variantsOf(text: string): string[] {
  const folded = foldKey(text);
  const joined = foldKey(text.replace(/\s*&\s*/gu, ''));
  return joined === folded ? [folded] : [folded, joined];
}

/** The folded text a task is searched by (stored as `search`, recomputed when the task changes). */
export function searchKey(
  task: { title: string; assignees: readonly string[]; coordinators: readonly string[] },
  documentNumber: string | null,
): string {
  const names = [...task.assignees, ...task.coordinators];
  const parts = [task.title, ...names, documentNumber ?? ''].flatMap(variantsOf);
  return [...parts, ...names.flatMap(initialsOf)].filter(Boolean).join(' \n ');
}

/** The words of `query` as search keys hold them: folded, "&" dropped. */
export function searchWords(query: string): string[] {
  return foldKey(query.replace(/&/gu, '')).split(' ').filter(Boolean);
}

/** Compiles `query` into a test on `search` keys: every query word must appear in the key. */
export function createSearchTest(query: string): (search: string) => boolean {
  const words = searchWords(query);
  return (search) => words.every((w) => search.includes(w));
}

/**
 * True when every task `query` finds is also found by `previous` (each word of `previous` is part
 * of a word of `query`, as when typing on): a search can then go through the previous matches only.
 */
export function narrowsSearch(previous: string, query: string): boolean {
  const words = searchWords(query);
  return searchWords(previous).every((old) => words.some((word) => word.includes(old)));
}

/** True when every word of `query` (folded, "&" dropped) appears in the task's search key. */
export function matchesSearch(task: { search: string }, query: string): boolean {
  return createSearchTest(query)(task.search);
}
