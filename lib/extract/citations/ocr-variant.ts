/**
 * Two keys that differ by one OCR look-alike in the ký hiệu are one document printed twice:
 * "19/2021/TT-BTC" and "19/2021/TT-BIC", "45/QĐ-UBND" and "45/QĐ-UBNO". The running number
 * must be identical; a different digit there is a different document.
 */
const LOOK_ALIKES: readonly string[] = ['IT1LJ', 'OD0Q', 'S5', 'B8', 'Z2', 'G6', 'EF'];

function lookAlike(a: string, b: string): boolean {
  return LOOK_ALIKES.some((set) => set.includes(a) && set.includes(b));
}

/** True when `a` and `b` (citation keys) differ only by one look-alike character in the ký hiệu. */
export function isOcrVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const running = /^\d+[-/]/u.exec(a)?.[0].length ?? a.length;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff >= running && lookAlike(a[diff]!, b[diff]!);
}
