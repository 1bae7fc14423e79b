/**
 * Two keys that differ by one OCR look-alike in the ký hiệu are one document printed twice:
 * "19/2021/TT-BTC" and "19/2021/TT-BIC", "45/QĐ-UBND" and "45/QĐ-UBNO". The running number
 * must be identical; a different digit there is a different document.
 */
const LOOK_ALIKES: readonly string[] = ['IT1LJ', 'OD0Q', 'S5', 'B8', 'Z2', 'G6', 'EF'];
const REPRESENTATIVE = new Map(LOOK_ALIKES.flatMap((set) => [...set].map((ch) => [ch, set[0]!] as const)));
const LOOK_ALIKE_CHAR = new RegExp(`[${LOOK_ALIKES.join('')}]`, 'gu');

function runningLength(key: string): number {
  return /^\d+[-/]/u.exec(key)?.[0].length ?? key.length;
}

/** `key` with every look-alike after the running number replaced by its set's first member. */
export function ocrSkeleton(key: string): string {
  const at = runningLength(key);
  return key.slice(0, at) + key.slice(at).replace(LOOK_ALIKE_CHAR, (ch) => REPRESENTATIVE.get(ch) ?? ch);
}

/** True when `a` and `b` (keys with the same skeleton) differ in exactly one place. */
export function differsOnce(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diffs = 0;
  for (let i = 0; i < a.length && diffs < 2; i++) if (a[i] !== b[i]) diffs++;
  return diffs === 1;
}
