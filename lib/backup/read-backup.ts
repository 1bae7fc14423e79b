import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, MAX_BACKUP_BYTES, type Backup } from './backup-schema';

/** Why a file cannot be restored; the options page turns each into a message. */
export type BackupProblem = 'too-large' | 'foreign' | 'corrupt' | 'newer';

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (problem: BackupProblem, detail = ''): ReadBackupResult => ({ ok: false, problem, detail });

/**
 * Reads and checks a backup file's text, the whole of it, before anything is written: JSON that
 * parses, `format` "nhac-viec-backup" (else the file is foreign), a layout and database version
 * this build knows (else it is newer), then every record by the database's own schemas and every
 * reference between them (else it is corrupt; `detail` names the first bad field). Text that is
 * not JSON is corrupt when it still names the format (a cut-off backup), foreign otherwise.
 */
export function readBackup(text: string, schemaVersion: number): ReadBackupResult {
  if (text.length > MAX_BACKUP_BYTES) return fail('too-large');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return text.includes(`"${BACKUP_FORMAT}"`) ? fail('corrupt', (error as Error).message) : fail('foreign');
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) return fail('foreign');
  if (typeof value.version === 'number' && value.version > BACKUP_VERSION) return fail('newer', `version ${value.version}`);
  if (typeof value.schemaVersion === 'number' && value.schemaVersion > schemaVersion) return fail('newer', `schemaVersion ${value.schemaVersion}`);
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./u, '');
    return fail('corrupt', `${path}: ${issue.message}`.slice(0, 300));
  }
  return { ok: true, backup: parsed.data };
}
