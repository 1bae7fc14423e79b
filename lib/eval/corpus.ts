import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile } from '../cli/read-text-file';
import { GoldFileSchema, type GoldFile } from './gold';

/** The development corpus shipped with the repository: `docs/*.txt` and `gold/*.json`. */
export const CORPUS_DIR = fileURLToPath(new URL('../../tests/corpus', import.meta.url));

/** One corpus document: its stem, its text as read (BOM removed) and its gold labels. */
export interface CorpusDocument {
  stem: string;
  text: string;
  gold: GoldFile;
}

/**
 * Loads every document that has a gold file, in the order the reference scorer uses (stems
 * sorted). Throws when a gold file has no document or does not parse.
 */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusDocument[] {
  const goldDir = join(dir, 'gold');
  const docsDir = join(dir, 'docs');
  const stems = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  return stems.map((stem) => {
    const docPath = join(docsDir, `${stem}.txt`);
    if (!existsSync(docPath)) throw new Error(`gold/${stem}.json has no docs/${stem}.txt`);
    const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(goldDir, `${stem}.json`), 'utf8')));
    return { stem, text: readTextFile(docPath), gold };
  });
}

/** Every `docs/*.txt` text, with or without gold, sorted by name (for benchmarks and fuzzing). */
export function loadCorpusTexts(dir: string = CORPUS_DIR): { name: string; text: string }[] {
  const docsDir = join(dir, 'docs');
  return readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readTextFile(join(docsDir, name)) }));
}
