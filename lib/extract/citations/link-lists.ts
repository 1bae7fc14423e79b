import { kindFromCode } from './cited-kind';
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

/** "… 46/KH-UBND cùng ngày 12/3/2025": the date after the number belongs to the whole list. */
const SHARED_DATE = /^[ \t\r\n,.]{0,4}cung[ \t]{1,2}ngay/;

/** The issuer code at the end of a number ("CP" of "192/2025/NĐ-CP", "TW" of "30-NQ/TW"). */
function issuerCode(number: string): string {
  return /[^-/]*$/u.exec(number)?.[0] ?? '';
}

/**
 * "A và B của X": A shares B's issuer when B names no other type, or the same type, or the same
 * issuer code ("Nghị quyết số 155/NQ-CP…, Nghị định số 192/2025/NĐ-CP… của Chính phủ").
 * "Kết luận 198-KL/TW và Kế hoạch số 45/KH-UBND… của UBND tỉnh" are two issuers.
 */
function sharesIssuer(left: Mention, right: Mention): boolean {
  if (!right.statedKind || right.statedKind === left.statedKind) return true;
  return issuerCode(left.number) === issuerCode(right.number);
}

/** Returns copies of `mentions` (in text order) with list-shared type and issuer filled in. */
export function linkLists(folded: string, mentions: readonly Mention[]): Mention[] {
  const out = mentions.map((m) => ({ ...m }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    const join = joiner(folded, prev, cur);
    if (join === null) continue;
    // The list's type word, unless the number's own type code says otherwise ("… và 15/KH-UBND").
    if (!cur.statedKind && !kindFromCode(cur.number)) cur.impliedKind = prev.statedKind ?? prev.impliedKind ?? cur.impliedKind;
    if (join !== ';') cur.issuerBefore ??= prev.issuerBefore;
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    const next = out[i + 1]!;
    const join = joiner(folded, cur, next);
    if (join !== null && join !== ';' && !cur.issuer && sharesIssuer(cur, next)) cur.issuer = next.issuer;
    if (join !== null && !cur.date && next.date && SHARED_DATE.test(folded.slice(next.numberEnd, next.numberEnd + 12))) cur.date = next.date;
  }
  return out;
}
