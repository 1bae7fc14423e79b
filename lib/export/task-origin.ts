import { foldKey } from '../extract/fold';
import type { SavedTask } from '../db/records';

type OriginTask = Pick<SavedTask, 'createdAt' | 'source'> & { id?: number };

/**
 * The identity of each task of one document that survives the user's edits and a backup and
 * restore: when it was captured, its source sentence (folded), and its rank among the document's
 * tasks with the same two (one sentence can hand out several duties), by id. Title, due date and
 * assignees can be edited, so they are not part of it. `tasks` are all the tasks of one document;
 * the result is in their order.
 */
export function taskOrigins(tasks: readonly OriginTask[]): string[] {
  const order = tasks.map((task, index) => ({ task, index })).sort((a, b) => (a.task.id ?? a.index) - (b.task.id ?? b.index));
  const seen = new Map<string, number>();
  const origins: string[] = new Array<string>(tasks.length);
  for (const { task, index } of order) {
    const base = `${task.createdAt}|${foldKey(task.source)}`;
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    origins[index] = `${base}|${rank}`;
  }
  return origins;
}

/**
 * A calendar UID for a task: the SHA-256 of its document's key and its origin, so exporting again
 * (even from another browser restored from a backup) updates the same calendar entry.
 */
export async function taskUid(documentKey: string, origin: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${documentKey}\n${origin}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex}@nhac-viec`;
}
