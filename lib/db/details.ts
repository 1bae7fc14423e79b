import { citationKey } from '../extract/citations';
import type { NhacViecDatabase } from './database';
import type { StoredCitation, StoredDocument, StoredTask } from './types';

/** A citation and the saved document with that number, if any. */
export interface LinkedCitation {
  citation: StoredCitation;
  documentId: number | null;
}

/** Everything the details view shows. */
export interface TaskDetails {
  task: StoredTask;
  document: StoredDocument | null;
  citations: LinkedCitation[];
  /** Saved documents that cite this task's document. */
  citedBy: StoredDocument[];
}

/**
 * The saved document a citation refers to: same number (`citationKey`), and same date when both
 * are known (numbers restart every year). Without a date, the latest captured one.
 */
export async function findDocumentByCitation(
  db: NhacViecDatabase,
  key: string,
  date: string | null = null,
): Promise<StoredDocument | undefined> {
  if (!key) return undefined;
  const found = await db.documents.where('key').startsWith(`${key}|`).toArray();
  const fits = (d: StoredDocument) => !date || !d.date || date.startsWith(d.date);
  return found.filter(fits).sort((a, b) => Number(b.date === date) - Number(a.date === date) || b.capturedAt - a.capturedAt)[0];
}

/** A task with its document, its document's citations (linked to saved documents) and backlinks. */
export function taskDetails(db: NhacViecDatabase, id: number): Promise<TaskDetails | undefined> {
  return db.transaction('r', db.tasks, db.documents, db.citations, async () => {
    const task = await db.tasks.get(id);
    if (!task) return undefined;
    const document = (await db.documents.get(task.documentId)) ?? null;
    const saved = await db.citations.where('documentId').equals(task.documentId).toArray();
    const citations = await Promise.all(
      saved.map(async (citation) => ({
        citation,
        documentId: (await findDocumentByCitation(db, citation.key, citation.date))?.id ?? null,
      })),
    );
    let citedBy: StoredDocument[] = [];
    if (document?.number && /\d/u.test(document.number)) {
      const citing = await db.citations.where('key').equals(citationKey(document.number)).toArray();
      const ids = [...new Set(citing.map((c) => c.documentId))].filter((d) => d !== document.id);
      citedBy = (await db.documents.bulkGet(ids)).filter((d): d is StoredDocument => d !== undefined);
    }
    return { task, document, citations, citedBy };
  });
}
