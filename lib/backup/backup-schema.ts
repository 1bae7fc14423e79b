import { z } from 'zod';
import { SavedCitationSchema, SavedDocumentSchema, SavedTaskSchema } from '../db/records';

// Built from the database's own record schemas (lib/db/records.ts, Zod's classic API) rather than
// a second copy in Zod Mini: a field added to a record is then backed up and checked on restore
// with the same rules every write uses. Only the options page loads this, and only on demand.

/** The `format` every backup file carries: a file without it is not a backup of this extension. */
export const BACKUP_FORMAT = 'nhac-viec-backup';
/** Version of the file layout (not of the database: that is `schemaVersion`). */
export const BACKUP_VERSION = 1;
/** Largest backup file read: 10,000 tasks take about 10 MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

const id = z.number().int().positive();

/**
 * A backup: every record of the three tables with its id, as the database held it when
 * `exportedAt` (ISO 8601, UTC); `schemaVersion` is the database version that wrote them. Ids are
 * only the file's own: a restore matches documents by key and gives new records new ids.
 */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    schemaVersion: z.number().int().positive(),
    documents: z.array(SavedDocumentSchema.extend({ id })),
    tasks: z.array(SavedTaskSchema.extend({ id })),
    citations: z.array(SavedCitationSchema.extend({ id })),
  })
  .superRefine((backup, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const documentIds = new Set<number>();
    const keys = new Set<string>();
    backup.documents.forEach((d, i) => {
      if (documentIds.has(d.id)) issue(['documents', i, 'id'], `duplicate id ${d.id}`);
      if (keys.has(d.key)) issue(['documents', i, 'key'], 'duplicate key');
      documentIds.add(d.id);
      keys.add(d.key);
    });
    const taskIds = new Set<number>();
    backup.tasks.forEach((t, i) => {
      if (taskIds.has(t.id)) issue(['tasks', i, 'id'], `duplicate id ${t.id}`);
      if (!documentIds.has(t.documentId)) issue(['tasks', i, 'documentId'], `no document ${t.documentId}`);
      taskIds.add(t.id);
    });
    backup.citations.forEach((c, i) => {
      if (!documentIds.has(c.documentId)) issue(['citations', i, 'documentId'], `no document ${c.documentId}`);
    });
  });

export type Backup = z.infer<typeof BackupSchema>;
