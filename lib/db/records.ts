import { z } from 'zod';
import { RecurrenceSchema } from '../extract/schema';

/**
 * Records kept in IndexedDB. Dates are ISO strings (`YYYY-MM-DD`, or `YYYY-MM` for a document
 * whose day was left blank); times `HH:MM`; instants epoch milliseconds.
 */
export const SavedDocumentSchema = z.object({
  id: z.number().int().positive().optional(),
  /** Identity of a directive across captures: see `documentKey`. Unique. */
  key: z.string().min(1),
  number: z.string().nullable(),
  kind: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  signer: z.string().nullable(),
  recipients: z.array(z.string()),
  /** Page the directive was captured on (http(s) only), for the "open source" link. */
  url: z.string().nullable(),
  /** Title of that page. */
  pageTitle: z.string().nullable(),
  capturedAt: z.number(),
});

export const SavedTaskSchema = z.object({
  id: z.number().int().positive().optional(),
  documentId: z.number().int().positive(),
  title: z.string().min(1),
  /** The duty as written (the item or sentence it came from). */
  source: z.string(),
  assignees: z.array(z.string()),
  coordinators: z.array(z.string()),
  /** Due date (`YYYY-MM-DD`) or null when the text sets none. */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dueTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  /** The deadline phrase ("trước ngày 15/10/2025", "khẩn trương"), or null. */
  deadlineText: z.string().nullable(),
  /** True when the date was implied (year from the document, end of a period…). */
  dueImplied: z.boolean(),
  recurrence: RecurrenceSchema.nullable(),
  /** 0 = open, 1 = done (a number so it can be indexed). */
  done: z.union([z.literal(0), z.literal(1)]),
  doneAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Folded search text: title, assignees, coordinators, document number (see `searchKey`). */
  search: z.string(),
  /** Rule tags of the extraction, to explain why the task exists. */
  tags: z.array(z.string()),
});

export const SavedCitationSchema = z.object({
  id: z.number().int().positive().optional(),
  documentId: z.number().int().positive(),
  /** Comparison key of the cited number (see `citationKey`), to link to a saved document. */
  key: z.string().min(1),
  number: z.string(),
  kind: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
});

export type SavedDocument = z.infer<typeof SavedDocumentSchema>;
export type SavedTask = z.infer<typeof SavedTaskSchema>;
export type SavedCitation = z.infer<typeof SavedCitationSchema>;
