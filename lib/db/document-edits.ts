import type { NhacViecDatabase } from './database';
import { SavedCitationSchema, SavedDocumentSchema, SavedTaskSchema } from './records';
import type { StoredCitation, StoredDocument, StoredTask } from './types';

/** A deleted document with everything that went with it, for `restoreDocument`. */
export interface DeletedDocument {
  document: StoredDocument;
  tasks: StoredTask[];
  citations: StoredCitation[];
}

/** Deletes a document with its tasks and citations, in one transaction; returns them for undo. */
export function deleteDocument(db: NhacViecDatabase, id: number): Promise<DeletedDocument | undefined> {
  return db.transaction('rw', db.documents, db.tasks, db.citations, async () => {
    const document = await db.documents.get(id);
    if (!document) return undefined;
    const tasks = await db.tasks.where('documentId').equals(id).toArray();
    const citations = await db.citations.where('documentId').equals(id).toArray();
    await db.tasks.bulkDelete(tasks.map((t) => t.id));
    await db.citations.bulkDelete(citations.map((c) => c.id));
    await db.documents.delete(id);
    return { document, tasks, citations };
  });
}

/**
 * Undo of `deleteDocument`: puts everything back with the same ids, in one transaction. Fails
 * (writing nothing) if the same directive was captured again in the meantime.
 */
export function restoreDocument(db: NhacViecDatabase, deleted: DeletedDocument): Promise<void> {
  return db.transaction('rw', db.documents, db.tasks, db.citations, async () => {
    await db.documents.add({ ...SavedDocumentSchema.parse(deleted.document), id: deleted.document.id });
    await db.tasks.bulkAdd(deleted.tasks.map((t) => ({ ...SavedTaskSchema.parse(t), id: t.id })));
    await db.citations.bulkAdd(deleted.citations.map((c) => ({ ...SavedCitationSchema.parse(c), id: c.id })));
  });
}
