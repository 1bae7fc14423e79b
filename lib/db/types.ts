import type { SavedCitation, SavedDocument, SavedTask } from './records';

/** A document as read back from the database (its id is set). */
export type StoredDocument = SavedDocument & { id: number };
/** A task as read back from the database. */
export type StoredTask = SavedTask & { id: number };
/** A citation as read back from the database. */
export type StoredCitation = SavedCitation & { id: number };

/** A document before it is saved. */
export type DocumentDraft = Omit<SavedDocument, 'id'>;
/** A task before it is saved: its document id is set when the document is written. */
export type TaskDraft = Omit<SavedTask, 'id' | 'documentId'>;
/** A citation before it is saved. */
export type CitationDraft = Omit<SavedCitation, 'id' | 'documentId'>;

/** Everything one capture writes: see `buildRecords` and `saveCapture`. */
export interface CaptureRecords {
  document: DocumentDraft;
  tasks: TaskDraft[];
  citations: CitationDraft[];
}
