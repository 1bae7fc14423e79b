import type { Citation } from '../schema';
import { isOcrVariant } from './ocr-variant';
import type { Mention } from './read-mention';

/**
 * One citation per document: mentions with the same key are one document, and so is a mention
 * whose key is a truncation of another's at a separator ("118/TB-" broken off by OCR, "4428/BCA'"
 * for "4428/BCA-V03"): a running number is unique per issuer and year, so the longer form wins.
 * A ký hiệu misread by one look-alike letter ("TT-BIC" for "TT-BTC") is the same document too.
 */
function extends_(long: string, short: string): boolean {
  return long.length > short.length && long.startsWith(short) && /[-/]/u.test(long[short.length]!);
}

/** True when `key` is, or truncates, `target`. */
export function sameOrTruncated(key: string, target: string): boolean {
  return key === target || extends_(target, key);
}

/** Groups mentions (in text order) into citations, keeping the first mention's span. */
export function groupMentions(mentions: readonly Mention[]): Citation[] {
  const groups: { key: string; number: string; mentions: Mention[] }[] = [];
  for (const m of mentions) {
    const group =
      groups.find((g) => g.key === m.key) ??
      groups.find((g) => extends_(g.key, m.key) || extends_(m.key, g.key) || isOcrVariant(g.key, m.key));
    if (!group) groups.push({ key: m.key, number: m.number, mentions: [m] });
    else {
      group.mentions.push(m);
      if (extends_(m.key, group.key)) Object.assign(group, { key: m.key, number: m.number });
    }
  }
  return groups.map(({ number, mentions: ms }) => {
    const first = ms[0]!;
    return {
      kind: ms.find((m) => m.statedKind)?.statedKind ?? ms.find((m) => m.impliedKind)?.impliedKind ?? null,
      number,
      date: ms.find((m) => m.date)?.date ?? null,
      issuer: ms.find((m) => m.issuer)?.issuer ?? ms.find((m) => m.issuerBefore)?.issuerBefore ?? null,
      span: [first.start, first.end],
    };
  });
}
