import type { Candidate, DeadlineRefiner } from './types';

/** Which offsets a kept candidate covers; all zero between calls, kept up to a megabyte. */
let taken = new Uint8Array(1024);
const KEEP = 1 << 20;

/**
 * Keeps one candidate per stretch of text: the longest (it read more of the phrase, e.g.
 * "trước 15h00 ngày 14/10/2025" over "14/10/2025", "trước ngày 20 hằng tháng" over "trước ngày 20"),
 * on a tie the one from the earlier rule. Returns them in text order.
 */
export const refineOverlaps: DeadlineRefiner = (candidates, env) => {
  if (candidates.length < 2) return candidates.slice();
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const size = env.text.length + 1;
  if (taken.length < size) taken = new Uint8Array(Math.max(size, Math.min(KEEP, taken.length * 2)));
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  for (const c of kept) taken.fill(0, c.start, c.end);
  if (taken.length > KEEP) taken = new Uint8Array(1024);
  return kept.sort((a, b) => a.start - b.start);
};
