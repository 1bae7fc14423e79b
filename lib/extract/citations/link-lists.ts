import type { Mention } from './read-mention';

/**
 * Numbers listed together share what the list states once:
 *   "Quyết định số 41/2018/QĐ-TTg ngày 25/9/2018 và 15/QĐ-TTg. ngày 30/3/2021 của Thủ tướng Chính phủ"
 * — both are Quyết định, both of the Thủ tướng. A list joins mentions with "," or "và" (";" also
 * carries the type, not the issuer), optionally followed by "số".
 */
const JOINED = /^[ \t\r\n.]{0,3}(,|;|va)?[ \t\r\n]{0,3}(?:s[o0][ \t\r\n.:]{0,3})?$/u;

function joiner(folded: string, left: Mention, right: Mention): string | null {
  if (right.start - left.end > 12) return null;
  const hit = JOINED.exec(folded.slice(left.end, right.start));
  return hit ? (hit[1] ?? '') : null;
}

/** Returns copies of `mentions` (in text order) with list-shared type and issuer filled in. */
export function linkLists(folded: string, mentions: readonly Mention[]): Mention[] {
  const out = mentions.map((m) => ({ ...m }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    const join = joiner(folded, prev, cur);
    if (join === null) continue;
    if (!cur.statedKind) cur.impliedKind = prev.statedKind ?? prev.impliedKind ?? cur.impliedKind;
    if (join !== ';') cur.issuerBefore ??= prev.issuerBefore;
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    const next = out[i + 1]!;
    const join = joiner(folded, cur, next);
    if (join !== null && join !== ';' && !cur.issuer) cur.issuer = next.issuer;
  }
  return out;
}
