import { Dexie } from 'dexie';
import type { NhacViecDatabase } from '../db/database';
import { SavedTaskSchema } from '../db/records';
import type { StoredTask } from '../db/types';
import { addDays } from '../extract/calendar';
import { foldKey } from '../extract/fold';
import { nextOccurrence } from './next-occurrence';

/** How far back done recurring duties are looked at: a year and a little. */
const DONE_LOOKBACK_DAYS = 400;

/** The next occurrence of `task` as a new row (same duty and document, own reminders, not done). */
function followUp(task: StoredTask, due: string, anchor: string, now: number): Omit<StoredTask, 'id'> {
  const { id: _id, ...rest } = task;
  return {
    ...rest,
    due,
    // The series' date is counted, not read from the text.
    dueImplied: true,
    done: 0,
    doneAt: null,
    createdAt: now,
    updatedAt: now,
    snoozedUntil: null,
    recurrenceAnchor: anchor,
    nextOccurrenceId: null,
  };
}

/**
 * Makes the next occurrence of every recurring duty ("trước ngày 20 hằng tháng", "định kỳ hằng
 * quý") that was done or whose date has passed (before `today`, local) and has none yet, in one
 * transaction. Each gets exactly one: the old row records the new one's id; a task of the same
 * document, title and date already saved is linked instead of doubled. Returns the new ids.
 */
export function spawnNextOccurrences(db: NhacViecDatabase, today: string, now: number): Promise<number[]> {
  return db.transaction('rw', db.tasks, async () => {
    const passed = db.tasks.where('[done+due]').between([0, Dexie.minKey], [0, today], true, false).toArray();
    const done = db.tasks.where('[done+due]').between([1, addDays(today, -DONE_LOOKBACK_DAYS)], [1, Dexie.maxKey], true, true).toArray();
    const candidates = [...(await passed), ...(await done)].filter((t) => t.recurrence && t.due && !t.nextOccurrenceId);
    const created: number[] = [];
    for (const task of candidates) {
      const anchor = task.recurrenceAnchor ?? task.due!;
      const due = nextOccurrence(anchor, task.recurrence!, task.due!, today);
      // Already there (restored from a backup, or made before a link was lost): linked, not doubled.
      const siblings = await db.tasks.where('documentId').equals(task.documentId).toArray();
      const existing = siblings.find((t) => t.due === due && foldKey(t.title) === foldKey(task.title));
      const id = existing?.id ?? (await db.tasks.add(SavedTaskSchema.parse(followUp(task, due, anchor, now))));
      await db.tasks.put({ ...SavedTaskSchema.parse({ ...task, recurrenceAnchor: anchor, nextOccurrenceId: id, updatedAt: now }), id: task.id });
      if (!existing) created.push(id);
    }
    return created;
  });
}
