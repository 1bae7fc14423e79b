import type { Deadline } from '../schema';
import type { TaskDraft } from '../tasks/find-tasks';

/**
 * Gives each task the deadline found inside its span (LABELS.md): the first dated phrase (a
 * one-off date before a recurring one, a recurring one with its day before one without); the
 * later dates of the same item go to `also`; with no date, the first undated cue ("khẩn trương",
 * "khi có yêu cầu") is kept as text. Deadlines are sorted by position.
 */
export function attachDeadline(task: TaskDraft, deadlines: readonly Deadline[]): Deadline | null {
  // Deadlines are in text order: find the first at or after the task's start by bisection.
  let lo = 0;
  let hi = deadlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (deadlines[mid]!.span[0] < task.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: Deadline[] = [];
  for (let i = lo; i < deadlines.length && deadlines[i]!.span[0] < task.end; i++) {
    if (deadlines[i]!.span[1] <= task.end) inside.push(deadlines[i]!);
  }
  const dated = inside.filter((d) => d.date !== null);
  // A one-off date outranks a recurring one stated in passing ("chậm nhất 10 ngày của tháng kế tiếp"),
  // and a recurring one with its day ("trước ngày 20 hàng tháng") one without ("định kỳ hàng tháng").
  const first = dated.find((d) => d.recurrence === null) ?? dated.find((d) => !d.also?.includes(null)) ?? dated[0];
  if (first) {
    const others = [...new Set(dated.filter((d) => d !== first).map((d) => d.date).filter((x) => x !== first.date))];
    const also = [...(first.also ?? []), ...others];
    return also.length ? { ...first, also } : first;
  }
  return inside[0] ?? null;
}
