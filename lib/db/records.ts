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

/**
 * A task's own reminder settings: each field given replaces the settings' one (see
 * `ReminderSettings` in lib/reminders/reminder-settings.ts); `off` silences the task.
 */
export const ReminderOverrideSchema = z.object({
  off: z.boolean().optional(),
  /** Days before the due date, 1–60, at most 10. */
  days: z.array(z.number().int().min(1).max(60)).max(10).optional(),
  workingDays: z.boolean().optional(),
  overdueDaily: z.boolean().optional(),
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
  // Reminder fields (lib/reminders). Unindexed and optional: a row written before reminders
  // existed has none of them and reads as "the defaults, not snoozed, no series yet", so they
  // need no schema version. They are kept through every edit because every write parses here.
  /** This task's own reminder ladder, overriding parts of the settings' (`ReminderOverride`); null or absent: the settings'. */
  reminder: ReminderOverrideSchema.nullable().optional(),
  /** "Nhắc lại": remind at this instant (epoch ms) instead of anything earlier. Null or absent: not snoozed. */
  snoozedUntil: z.number().nullable().optional(),
  /** A recurring duty's first due date (`YYYY-MM-DD`): later occurrences are counted from it. Set when the next one is made. */
  recurrenceAnchor: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  /** Id of the next occurrence made from this one (a recurring duty done or past its date); null or absent: none yet. */
  nextOccurrenceId: z.number().int().positive().nullable().optional(),
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
export type ReminderOverride = z.infer<typeof ReminderOverrideSchema>;
