import type { Observable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecords, createDatabase, saveCapture, setDone, watchDocuments, watchTaskDetails, watchTasks, type NhacViecDatabase } from '../../lib/db';
import { CONTEXT, extraction, NOW } from './fixtures';

const open: NhacViecDatabase[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Collects an Observable's values; resolves `next(n)` once `n` values arrived. */
function collect<T>(observable: Observable<T>) {
  const values: T[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  const subscription = observable.subscribe({
    next(v) {
      values.push(v);
      for (const w of waiting.filter((x) => values.length >= x.n)) w.resolve();
    },
    error(e) {
      throw e;
    },
  });
  const next = (n: number) =>
    new Promise<void>((resolve, reject) => {
      if (values.length >= n) return resolve();
      waiting.push({ n, resolve });
      setTimeout(() => reject(new Error(`only ${values.length} of ${n} values`)), 3000);
    });
  return { values, next, stop: () => subscription.unsubscribe() };
}

describe('live queries', () => {
  it('update when another instance (another context) writes', async () => {
    const name = `live-${Date.now()}`;
    const panel = createDatabase(name);
    const background = createDatabase(name);
    open.push(panel, background);

    const tasks = collect(watchTasks(panel, { filter: 'all' }));
    const documents = collect(watchDocuments(panel));
    await tasks.next(1);
    expect(tasks.values[0]).toEqual([]);

    const saved = await saveCapture(background, buildRecords(extraction(), CONTEXT));
    await tasks.next(2);
    expect(tasks.values.at(-1)!.map((i) => i.task.title)).toEqual(['Triển khai ứng dụng', 'Tổ chức tuyên truyền']);
    await documents.next(2);
    expect(documents.values.at(-1)!.map((d) => d.id)).toEqual([saved.documentId]);

    if (!saved.created) throw new Error('expected a new document');
    const details = collect(watchTaskDetails(panel, saved.taskIds[0]!));
    await details.next(1);
    expect(details.values[0]?.task.done).toBe(0);
    await setDone(background, saved.taskIds[0]!, true, NOW);
    await details.next(2);
    expect(details.values.at(-1)?.task.done).toBe(1);
    await tasks.next(3);
    expect(tasks.values.at(-1)![0]!.task.done).toBe(1);

    for (const c of [tasks, documents, details]) c.stop();
  });
});
