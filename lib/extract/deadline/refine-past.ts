import { addDays } from '../calendar';
import type { DeadlineRefiner } from './types';

/** How far before the document a stated date may fall and still be read as its deadline. */
const STALE_DAYS = 31;

/**
 * Drops dates the document cannot be setting:
 * - weak cues whose date is before the base date: "đến hết ngày 31/3/2020", "trong quý III năm
 *   2024" or "từ 01/4 đến 30/6" in a document issued later narrate the past;
 * - any date more than a month before the base date, even after "trước ngày": background
 *   ("trước ngày 01/7/2025, huyện có 20 xã") or a digit lost to OCR ("trước ngày 20/1\n\n/2024"
 *   for 20/11/2024 in a document of 14/10/2024).
 */
export const refinePast: DeadlineRefiner = (candidates, env) => {
  const base = env.base;
  if (!base) return candidates;
  const stale = addDays(base, -STALE_DAYS);
  return candidates.filter((c) => c.date === null || (c.date >= base || (!c.soft && c.date >= stale)));
};
