import type { InboxFile } from './choose-directive';

/** A document's files, or a Vietnamese message saying why they could not be listed. */
export type FileListResult = { ok: true; files: InboxFile[] } | { ok: false; message: string };

/** A site adapter's way to ask the site for a document's files (`number` words the messages). */
export type FileListing = (listUrl: string, number: string, fetchImpl?: typeof fetch) => Promise<FileListResult>;
