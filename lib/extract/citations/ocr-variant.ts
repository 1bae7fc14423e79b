import { digitsEnd } from './number-pattern';

/**
 * Two keys that differ by one OCR look-alike in the ký hiệu are one document printed twice:
 * "19/2021/TT-BTC" and "19/2021/TT-BIC" or "TT-BTO", "45/QĐ-UBND" and "45/QĐ-UBNO", "QH15" and "QHI15". The running number
 * must be identical; a different digit there is a different document.
 */
const LOOK_ALIKES: readonly string[] = ['IT1LJ', 'OD0Q', 'OC', 'S5', 'B8', 'Z2', 'G6', 'EF'];

/**
 * The running number with its separator ("4428/" of "4428/BCA-V03"), or a standard's code up to its
 * first "/" ("QCVN122:2024/" of "QCVN122:2024/BGTVT"); keys sharing it may be one document.
 */
export function runningPart(key: string): string {
  // `/^\d+[-/]/`, read by code.
  const end = digitsEnd(key, 0);
  const sep = key.charCodeAt(end);
  if (end > 0) return sep === 45 || sep === 47 ? key.slice(0, end + 1) : key;
  const slash = key.indexOf('/');
  return slash > 0 ? key.slice(0, slash + 1) : key;
}

/** Stray strokes OCR may add inside a ký hiệu: "188/2025/QHI15" for "188/2025/QH15". */
const STRAY = 'IL1|';

/**
 * True when `long` is `short` with one stray stroke added after the running number, or one of its
 * capitals doubled ("18/2024/TT-BTNMTT" for "18/2024/TT-BTNMT").
 */
function hasStrayStroke(long: string, short: string, strokesOnly = false): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  const added = long[i]!;
  const doubled = !strokesOnly && i > 0 && added === long[i - 1] && added >= 'A' && added <= 'Z';
  return i >= runningPart(short).length && (STRAY.includes(added) || doubled) && long.slice(i + 1) === short.slice(i);
}

/** True when `long` is `short` with a stray stroke added ("QHI15" for "QH15"): never the form to keep. */
export function addsStrayStroke(long: string, short: string): boolean {
  return long.length === short.length + 1 && hasStrayStroke(long, short, true);
}

/**
 * True when `a` and `b` (citation keys) differ only by one look-alike character after the running
 * number, or by one stray stroke there.
 */
export function isOcrVariant(a: string, b: string): boolean {
  if (a.length === b.length + 1) return hasStrayStroke(a, b);
  if (b.length === a.length + 1) return hasStrayStroke(b, a);
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
