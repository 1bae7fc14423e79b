import { digitsEnd } from './number-pattern';

/**
 * Two keys that differ by one OCR look-alike in the ký hiệu are one document printed twice:
 * "19/2021/TT-BTC" and "19/2021/TT-BIC" or "TT-BTO", "45/QĐ-UBND" and "45/QĐ-UBNO". The running number
 * must be identical; a different digit there is a different document.
 */
const LOOK_ALIKES: readonly string[] = ['IT1LJ', 'OD0Q', 'OC', 'S5', 'B8', 'Z2', 'G6', 'EF'];

/** The running number with its separator ("4428/" of "4428/BCA-V03"); keys sharing it may be one document. */
export function runningPart(key: string): string {
  // `/^\d+[-/]/`, read by code.
  const end = digitsEnd(key, 0);
  const sep = key.charCodeAt(end);
  return end > 0 && (sep === 45 || sep === 47) ? key.slice(0, end + 1) : key;
}

/** True when `a` and `b` (citation keys) differ only by one look-alike character after the running number. */
export function isOcrVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  const x = a[diff]!;
  const y = b[diff]!;
  return diff >= runningPart(a).length && LOOK_ALIKES.some((set) => set.includes(x) && set.includes(y));
}
