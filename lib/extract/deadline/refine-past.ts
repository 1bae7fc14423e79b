import type { DeadlineRefiner } from './types';

/**
 * Drops weak-cue dates that fall before the base date: "đến hết ngày 31/3/2020", "trong quý III
 * năm 2024" or "từ 01/4 đến 30/6" in a document issued later narrate the past; a deadline cannot
 * be over before the document is issued. Strong cues ("trước ngày …") are kept as written.
 */
export const refinePast: DeadlineRefiner = (candidates, env) =>
  candidates.filter((c) => !(c.soft && env.base && c.date !== null && c.date < env.base));
