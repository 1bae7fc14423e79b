import { CITATION_KINDS, TT_KIND, TYPE_CODES, kindAlternation } from './citation-kinds';
import { typeCodeOf } from './number-pattern';

const KINDS = kindAlternation("[\\s'’]{1,4}");
const kindByFolded = new Map(CITATION_KINDS.map((k) => [k.folded, k.kind]));

/**
 * A type word right before the number, with optional "số": "Công văn số ", "Nghị quyết 68-",
 * "Thông báo sô ", "công văn số. ", "Quyét\n\nđịnh số ", "Tờ trình số: ". Runs on folded text.
 */
const DIRECT = new RegExp(
  `(?<![a-z])(${KINDS})[\\s'’:]{0,4}(?:s[o0][\\s.:]{0,4})?[(“"'_]?[ \\t]{0,2}$`,
  'u',
);
/** Any type word as a whole word; "pháp luật" is not a Luật. */
const ANY_KIND = new RegExp(`(?<![a-z])(?<!phap )(${KINDS})(?![a-z])`, 'gu');
const ENDS_WITH_SO = /(?<![a-z])s[o0][\s.:]{0,4}[(“"'_]?[ \t]{0,2}$/u;
/** ENDS_WITH_SO's longest match (9 units) and the unit its look-behind reads: the part of a window it is tested on. */
const SO_REACH = 10;

export interface StatedKind {
  kind: string;
  /** Offset of the type word, where the mention's span starts. */
  start: number;
}

const GAPS = /[\s'’]+/gu;

/** The type named by a matched type word; most are written with single spaces, looked up as they are. */
function kindOf(foldedWord: string): string {
  return kindByFolded.get(foldedWord) ?? kindByFolded.get(foldedWord.replace(GAPS, ' ')) ?? foldedWord;
}

/**
 * The longest DIRECT match: the longest type word (31 units: 19 letters, 3 gaps of 4) and 13 of "số"
 * and punctuation. The window reaches one unit further, for the look-behind.
 */
const DIRECT_REACH = 45;

/** The type word stated right before the number at `at` in the folded text, else null. */
export function readStatedKind(folded: string, at: number): StatedKind | null {
  const from = Math.max(0, at - DIRECT_REACH);
  const hit = DIRECT.exec(folded.slice(from, at));
  return hit ? { kind: kindOf(hit[1]!), start: from + hit.index } : null;
}

/**
 * A type word earlier in the clause, when the number follows a bare "số": "Luật Đường sắt số N",
 * "các văn bản đã gửi Bộ Tài chính (số N". The closest word wins; a ";" or a blank line ends the clause.
 */
export function readEarlierKind(folded: string, at: number): string | null {
  const from = Math.max(0, at - 90);
  const window = folded.slice(from, at);
  if (!ENDS_WITH_SO.test(window.slice(-SO_REACH))) return null;
  let last: RegExpExecArray | undefined;
  // An exec loop on the shared regex (matches are never empty): `matchAll` would copy it.
  ANY_KIND.lastIndex = 0;
  for (let m = ANY_KIND.exec(window); m; m = ANY_KIND.exec(window)) last = m;
  if (!last || /;|\n\s*\n/u.test(window.slice(last.index + last[0].length))) return null;
  return kindOf(last[1]!);
}

/** The type named by the ký hiệu's type code ("NQ" → Nghị quyết, "QD" → Quyết định), else null. */
export function kindFromCode(number: string): string | null {
  const code = typeCodeOf(number);
  if (!code) return null;
  const key = code.code.toUpperCase().replace(/[ĐÐ]/gu, 'D');
  if (key === 'TT') return code.party ? TT_KIND.party : TT_KIND.state;
  return TYPE_CODES[key] ?? null;
}
