import type { Recurrence } from '../schema';
import type { Candidate, DeadlineRefiner } from './types';

/**
 * A yearless day in an item headed "Báo cáo năm:" / "Báo cáo quý:" / "Báo cáo hằng tháng:" is a
 * recurring due day:
 *   "- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12; Sở Tài chính tổng hợp
 *      báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12."   → both yearly
 * "Báo cáo 6 tháng: … trước ngày 05/7" has no recurrence in the contract and is left alone.
 */
const HEAD = /^[\s\-+•*–]{0,6}bao cao (?:dinh ky )?(hang nam|nam|hang quy|quy|hang thang|thang|hang tuan|tuan)(?![\p{L}\p{N}])(?![\s(]{0,3}\d)/u;
const FREQUENCY: Record<string, Recurrence> = { nam: 'yearly', quy: 'quarterly', thang: 'monthly', tuan: 'weekly' };
/** Where an item starts: a line that opens with a list marker, or after a blank line. */
const ITEM_START = /\n[ \t]*(?=[-+•*–]|[a-zđ]\)|\d{1,2}[.)]|\n)/g;

function itemHead(folded: string, index: number): string {
  const from = Math.max(0, index - 400);
  const window = folded.slice(from, index);
  let start = 0;
  ITEM_START.lastIndex = 0;
  for (let hit = ITEM_START.exec(window); hit; hit = ITEM_START.exec(window)) start = hit.index + 1;
  if (start === 0 && from > 0) return '';
  return window.slice(start).replace(/[\s|]+/g, ' ');
}

export const refinePeriodHeader: DeadlineRefiner = (candidates, env) =>
  candidates.map((c): Candidate => {
    if (!c.yearless || c.recurrence || c.kind !== 'date') return c;
    const head = HEAD.exec(itemHead(env.folded, c.start));
    if (!head) return c;
    const recurrence = FREQUENCY[head[1]!.replace('hang ', '')];
    if (!recurrence || recurrence !== 'yearly') return c; // a day and month repeat only yearly
    return { ...c, recurrence, kind: 'recurring', tags: [...c.tags, 'refine-period-header'] };
  });
