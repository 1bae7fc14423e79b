import { blanksEnd, isBlankCode } from '../normalize';
import { splitNames } from './agency-phrase';
import type { TaskDraft } from './types';

// A plan's item written as a table row in prose (domain.md §5.2):
//   "1. Xây dựng bộ tiêu chí …\n- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n
//    - Cơ quan phối hợp: Sở Nông nghiệp và Môi trường, UBND các huyện.\n- Thời gian thực hiện: Quý II/2025."
// Folded; a label opens a line (after a bullet, if any) and ends at its colon.
// Lettered too ("a)" or "a/"), and several on one line: "a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: …".
// A Party programme closes each task on "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.".
const ROLE_LABEL =
  /(?:^|\n|;[ \t]{0,3})[ \t]{0,12}(?:[-+•*][ \t]{1,4})?(?:[a-dđ][)/][ \t]{1,4})?(?:(?:co quan|don vi)(?: chiu trach nhiem)? |trach nhiem (?:chi dao |lanh dao,? chi dao )?)(chu tri|thuc hien(?: chinh)?|phoi hop(?: thuc hien)?)[ \t]{0,3}:[ \t]*/g;

/** Sub-items that only give an item's roles, time or means ("a) Cơ quan chủ trì: …", "c) Thời gian thực hiện: …"). */
export const ROLE_ITEM = /^(?:(?:co quan|don vi)(?: chiu trach nhiem)? (?:chu tri|thuc hien|phoi hop)|thoi gian (?:thuc hien|hoan thanh)|thoi han|san pham|kinh phi)\b/;
// Longest value read after a label: a list of bodies.
const MAX_VALUE = 300;

/** The end of a label's value: the first ";", line end, or full stop before a blank, from `at`. */
function valueEnd(text: string, at: number, to: number): number {
  const limit = Math.min(to, at + MAX_VALUE);
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 59 /* ; */ || code === 10) return i;
    // The next lettered label on the same line: "… đơn vị b) Thời gian thực hiện: …" ("b/" too).
    if ((code === 41 /* ) */ || code === 47 /* / */) && i >= at + 2 && isBlankCode(text.charCodeAt(i - 2)) && /[a-dđ]/u.test(text[i - 1]!)) return i - 2;
    if (code === 46 /* . */ && (i + 1 >= to || isBlankCode(text.charCodeAt(i + 1)))) return i;
  }
  return limit;
}

/**
 * The duty of an item whose lead and supporting bodies are given on labelled lines ("Cơ quan chủ
 * trì: …", "Đơn vị thực hiện: …", "Cơ quan phối hợp: …"), or null when it names no lead. The
 * item is the span, so its "Thời gian thực hiện" line gives the deadline.
 */
export function roleLineTask(text: string, folded: string, from: number, to: number): TaskDraft | null {
  const region = folded.slice(from, to);
  const lead: string[] = [];
  const support: string[] = [];
  let firstLabel = -1;
  ROLE_LABEL.lastIndex = 0;
  for (let m = ROLE_LABEL.exec(region); m; m = ROLE_LABEL.exec(region)) {
    if (firstLabel < 0) firstLabel = from + m.index;
    const at = from + m.index + m[0].length;
    const names = splitNames(text.slice(at, valueEnd(text, at, to)));
    (m[1]!.startsWith('phoi hop') ? support : lead).push(...names);
  }
  if (lead.length === 0) return null;
  const start = blanksEnd(text, from, to);
  // The duty is the item's title, before the labelled lines.
  const actionEnd = firstLabel > start + 3 ? firstLabel : undefined;
  return { start, end: to, actionAt: start, ...(actionEnd ? { actionEnd } : {}), assignees: lead, coordinators: support, tags: ['role-lines'] };
}
