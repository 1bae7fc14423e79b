import { Dexie, type EntityTable } from 'dexie';
import type { StoredCitation, StoredDocument, StoredTask } from './types';
import { declareVersions } from './versions';

/** The extension's IndexedDB database: saved directives, their tasks and the documents they cite. */
export class NhacViecDatabase extends Dexie {
  declare documents: EntityTable<StoredDocument, 'id'>;
  declare tasks: EntityTable<StoredTask, 'id'>;
  declare citations: EntityTable<StoredCitation, 'id'>;

  constructor(name: string) {
    super(name);
    declareVersions(this);
  }
}

/**
 * Opens (lazily, on first query) the database `name`. Every context (side panel, background)
 * creates its own instance; writes in one reach `liveQuery` observers in the others.
 */
export function createDatabase(name = 'nhac-viec'): NhacViecDatabase {
  return new NhacViecDatabase(name);
}
