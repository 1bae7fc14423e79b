/**
 * Diacritic folding that keeps offsets: every UTF-16 unit of the input maps to exactly one
 * unit of the output, so a match found in the folded text is at the same offsets in the input.
 * Vietnamese letters fold to their lower-case ASCII base ("Đảng" → "dang", "Ủy" → "uy");
 * combining marks left in NFD input fold to a space-like "\u0000"-free placeholder ("'").
 */
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') out = 'd';
  else {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out = base.length === 1 ? base.toLowerCase() : base.length === 0 ? "'" : ch.toLowerCase();
    if (out.length !== 1) out = ch;
  }
  cache.set(ch, out);
  return out;
}

/** Folds `text` to lower-case, diacritic-free text of the same length. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** Folds a name for comparison: no diacritics, lower case, punctuation and spaces collapsed. */
export function foldKey(text: string): string {
  return foldText(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
