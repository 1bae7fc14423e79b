import { isAsciiDigitCode } from '../char-class';
import { foldText } from '../fold';
import type { Citation } from '../schema';
import { createMaskTest, findMaskedRanges, isFormCode } from './exclusions';
import { continues, groupMentions } from './group-mentions';
import { linkLists } from './link-lists';
import { citationKey, createNumberPattern, numberReach } from './number-pattern';
import { isOcrVariant } from './ocr-variant';
import { readMention, type Mention } from './read-mention';

const NUMBER = createNumberPattern();

export interface FindCitationsOptions {
  /** The directive's own number: it and its repeats (appendix headers, "Kèm theo công văn số …") are not citations. */
  ownNumber?: string | null;
  /** `foldText(text)`, when the caller has it: not folded again. */
  folded?: string;
}

/**
 * Finds the documents a directive cites by number, one entry per document in order of first
 * mention, with the type, date and issuer that any mention states.
 */
export function findCitations(text: string, options: FindCitationsOptions = {}): Citation[] {
  const folded = options.folded ?? foldText(text);
  const isMasked = createMaskTest(findMaskedRanges(text, folded));
  // The own number, its truncations at a separator (an OCR break in an appendix header) and its
  // repeats with one look-alike letter ("2222/OD-TTg" in the appendix of 2222/QĐ-TTg).
  const own = options.ownNumber && /\d/u.test(options.ownNumber) ? citationKey(options.ownNumber) : null;
  const isOwn = (key: string): boolean => own !== null && (key === own || continues(own, key) || isOcrVariant(own, key));
  const mentions: Mention[] = [];
  // Every number holds a "/" (State after the digits, Party after the first group), and starts
  // with the first digit of a run: the sticky pattern is tried only at such digits within reach
  // of a "/", in text order, going on after each match as a global search would.
  let at = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    at = Math.max(at, numberReach(text, slash));
    for (; at < slash; at++) {
      if (!isAsciiDigitCode(text.charCodeAt(at)) || isAsciiDigitCode(text.charCodeAt(at - 1))) continue;
      NUMBER.lastIndex = at;
      const match = NUMBER.exec(text);
      if (!match) continue;
      const end = at + match[0].length;
      if (!isMasked(at, end) && !isFormCode(folded, at)) {
        const mention = readMention(text, folded, at, end);
        if (!isOwn(mention.key) && !COPY_NUMBER.test(mention.key)) mentions.push(mention);
      }
      // The loop's step then resumes the search at the match's end.
      at = end - 1;
    }
  }
  // Numbers of the 1970s–80s carry no "/": "Quyết định số 169-CP", "Nghị định 404-CP ngày 09/11/1979".
  // Only after a type word, where nothing else reads as one; looked for only when a digit, a hyphen
  // and a capital meet somewhere.
  if (SLASHLESS_HINT.test(text)) {
    SLASHLESS.lastIndex = 0;
    for (let m = SLASHLESS.exec(text); m; m = SLASHLESS.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      if (isMasked(start, end)) continue;
      const mention = readMention(text, folded, start, end);
      if (!isOwn(mention.key)) mentions.push(mention);
    }
    mentions.sort((a, b) => a.numberStart - b.numberStart);
  }
  return groupMentions(linkLists(folded, withSharedSuffix(folded, mentions, isOwn)));
}

// A copy's own number ("Số: 17/SL-LĐLĐ" under "SAO LỤC"): copies are numbered in series of their own,
// SY (sao y), SL (sao lục), TrS (trích sao), and cite nothing (domain.md §1). Keys are upper case.
const COPY_NUMBER = /^\d{1,6}\/(?:\d{4}\/)?(?:SY|SL|TRS)(?:-|$)/;

// "các công văn số 614, 615, 616-CV/VPTW": running numbers listed before the one that carries the
// code they share (folded, read backwards from the full number; "số" must open the list).
const SHARED_SUFFIX_LIST = /\bso\s{0,2}:?\s{0,2}((?:\d{1,6}\s{0,2}(?:,|va)\s{0,3}){1,8})$/;
const RUNNING = /^\d{1,6}/;

/** `mentions` with one more for each bare running number listed before a full one. */
function withSharedSuffix(folded: string, mentions: Mention[], isOwn: (key: string) => boolean): Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    const digits = RUNNING.exec(m.number)?.[0];
    // Only a list right before the number: a comma or "và" just before it.
    const before = folded.slice(Math.max(0, m.numberStart - 4), m.numberStart);
    if (!digits || !/(?:,|va)\s{0,3}$/.test(before)) continue;
    const window = folded.slice(Math.max(0, m.numberStart - 80), m.numberStart);
    const list = SHARED_SUFFIX_LIST.exec(window);
    if (!list) continue;
    const suffix = m.number.slice(digits.length);
    const listStart = m.numberStart - list[1]!.length;
    const added: Mention[] = [];
    for (const bare of list[1]!.matchAll(/\d{1,6}/g)) {
      const number = `${bare[0]}${suffix}`;
      const key = citationKey(number);
      if (isOwn(key)) continue;
      const start = listStart + bare.index;
      const end = start + bare[0].length;
      added.push({ ...m, number, key, start, end, numberStart: start, numberEnd: end, statedKind: m.statedKind, issuerBefore: m.issuerBefore });
    }
    if (!added.length) continue;
    out ??= [...mentions];
    out.push(...added);
  }
  return out ? out.sort((a, b) => a.numberStart - b.numberStart) : mentions;
}

const SLASHLESS_HINT = /\d-[A-ZĐ]/u;
// The kind's words may break over lines ("theo Quyết\nđịnh 201-CP").
const SLASHLESS = /(?<![\p{L}\p{N}])(?:Quyết\s{1,2}định|Nghị\s{1,2}định|Nghị\s{1,2}quyết|Chỉ\s{1,2}thị|Thông\s{1,2}tư|Thông\s{1,2}tri|Công\s{1,2}văn|Công\s{1,2}điện|Điện)(?:\s{1,3}số)?\s{1,3}(\d{1,4}-(?:TTg|CP|HĐBT|HĐCP|[A-ZĐ]{2,5}))(?![\p{L}\p{N}/-])/gu;
