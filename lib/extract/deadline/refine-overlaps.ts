import type { Candidate, DeadlineRefiner } from './types';

/**
 * Keeps one candidate per stretch of text: the longest (it read more of the phrase, e.g.
 * "trước 15h00 ngày 14/10/2025" over "14/10/2025", "trước ngày 20 hằng tháng" over "trước ngày 20"),
 * on a tie the one from the earlier rule. Returns them in text order.
 */
export const refineOverlaps: DeadlineRefiner = (candidates) => {
  // The taken marks cover only the stretch the candidates span, not the whole text.
  let from = Infinity;
  let to = 0;
  for (const c of candidates) {
    if (c.start < from) from = c.start;
    if (c.end > to) to = c.end;
  }
  const length = (c: Candidate) => c.end - c.start;
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => length(candidates[b]!) - length(candidates[a]!) || a - b);
  const taken = new Uint8Array(Math.max(0, to - from));
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    let free = true;
    for (let k = c.start - from; k < c.end - from; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
