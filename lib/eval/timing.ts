import { performance } from 'node:perf_hooks';

/** Timings of one function over a set of texts, repeated. */
export interface TimedRuns {
  /** Total time over all texts, one entry per repetition (ms). */
  totals: number[];
  /** Median time per text over the repetitions (ms), in input order. */
  perText: number[];
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `fn(text)` takes once. */
export function timeOnce<T>(fn: (text: string) => T, text: string): { ms: number; result: T } {
  const start = performance.now();
  const result = fn(text);
  return { ms: performance.now() - start, result };
}

/**
 * Times several functions over the same texts: `warmup` untimed passes (JIT, caches), then
 * `reps` timed passes, the functions taking turns within each pass so drift hits all alike.
 */
export function timeInTurns(texts: readonly string[], fns: readonly ((text: string) => unknown)[], warmup: number, reps: number): TimedRuns[] {
  for (let w = 0; w < warmup; w++) for (const fn of fns) for (const text of texts) fn(text);
  const samples = fns.map(() => texts.map(() => [] as number[]));
  const totals = fns.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    // Alternate which function goes first, so neither always runs right after the other's garbage.
    const order = fns.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const f of order) {
      let total = 0;
      texts.forEach((text, t) => {
        const { ms } = timeOnce(fns[f]!, text);
        samples[f]![t]!.push(ms);
        total += ms;
      });
      totals[f]!.push(total);
    }
  }
  return fns.map((_, f) => ({ totals: totals[f]!, perText: samples[f]!.map(median) }));
}
