/**
 * Spelled counts ("mười", "mười lăm", "hai mươi") as written, with accents: folded text cannot
 * tell "sáu" (six) from "sau" (after) or "năm" (five) from "năm" (year) by itself.
 */
export const UNITS: Readonly<Record<string, number>> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

/** Reads "mười", "mười lăm", "hai mươi", "hai mươi mốt", "ba" … (up to 99); null otherwise. */
export function readNumberWords(text: string): number | null {
  const words = text.normalize('NFC').toLowerCase().replace(/[()]/g, ' ').trim().split(/\s+/);
  if (words.length === 0 || words.length > 3) return null;
  const [a, b, c] = words;
  if (words.length === 1) return a === 'mười' ? 10 : a !== undefined && a !== 'lăm' && a !== 'mốt' ? UNITS[a] ?? null : null;
  if (a === 'mười' && b !== undefined && words.length === 2) return b === 'mốt' ? null : 10 + (UNITS[b] ?? NaN) || null;
  if (a !== undefined && b === 'mươi') {
    const tens = UNITS[a];
    if (tens === undefined || tens < 2) return null;
    if (c === undefined) return tens * 10;
    const unit = UNITS[c];
    return unit === undefined ? null : tens * 10 + unit;
  }
  return null;
}

/** Folded shape of a spelled count, for the regexes (checked afterwards with `readNumberWords`). */
export const NUMBER_WORDS_FOLDED = '(?:(?:hai|ba|bon|nam|sau|bay|tam|chin)[\\s]{1,2}muoi(?:[\\s]{1,2}(?:mot|mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?|muoi(?:[\\s]{1,2}(?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?|mot|hai|ba|bon|nam|sau|bay|tam|chin)';
