import { foldText } from '../fold';
import type { Citation } from '../schema';
import { createMaskTest, findMaskedRanges, isFormCode } from './exclusions';
import { continues, groupMentions } from './group-mentions';
import { linkLists } from './link-lists';
import { citationKey, createNumberPattern } from './number-pattern';
import { isOcrVariant } from './ocr-variant';
import { readMention, type Mention } from './read-mention';

const NUMBER = createNumberPattern();

export interface FindCitationsOptions {
  /** The directive's own number: it and its repeats (appendix headers, "Kèm theo công văn số …") are not citations. */
  ownNumber?: string | null;
}

/**
 * Finds the documents a directive cites by number, one entry per document in order of first
 * mention, with the type, date and issuer that any mention states.
 */
export function findCitations(text: string, options: FindCitationsOptions = {}): Citation[] {
  const folded = foldText(text);
  const isMasked = createMaskTest(findMaskedRanges(text, folded));
  // The own number, its truncations at a separator (an OCR break in an appendix header) and its
  // repeats with one look-alike letter ("2222/OD-TTg" in the appendix of 2222/QĐ-TTg).
  const own = options.ownNumber && /\d/u.test(options.ownNumber) ? citationKey(options.ownNumber) : null;
  const isOwn = (key: string): boolean => own !== null && (key === own || continues(own, key) || isOcrVariant(own, key));
  const mentions: Mention[] = [];
  // An exec loop on a regex compiled once (matches are never empty): `matchAll` would copy it,
  // and building the pattern hashes its long source on every call.
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const at = match.index;
    const end = at + match[0].length;
    if (isMasked(at, end) || isFormCode(folded, at)) continue;
    const mention = readMention(text, folded, at, end);
    if (isOwn(mention.key)) continue;
    mentions.push(mention);
  }
  return groupMentions(linkLists(folded, mentions));
}
