import { extractDirective } from '../extract/index';
import { ExtractionSchema, type Extraction } from '../extract/schema';
import type { CorpusDocument } from './corpus';
import { scoreCorpus, type CorpusScore } from './score';

/** The engine's result for one corpus document; `output` is `null` when it threw or broke the contract. */
export interface CorpusRun {
  stem: string;
  output: Extraction | null;
  error: string | null;
}

/** Runs `extractDirective` on every document and validates each result against `ExtractionSchema`. */
export function runCorpus(docs: readonly CorpusDocument[], extract: (text: string) => unknown = extractDirective): CorpusRun[] {
  return docs.map(({ stem, text }) => {
    let result: unknown;
    try {
      result = extract(text);
    } catch (error) {
      return { stem, output: null, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    const parsed = ExtractionSchema.safeParse(result);
    if (!parsed.success) return { stem, output: null, error: `invalid output: ${parsed.error.message}` };
    return { stem, output: parsed.data, error: null };
  });
}

/** Extracts and scores the corpus in one go. */
export function evaluateCorpus(docs: readonly CorpusDocument[]): { runs: CorpusRun[]; score: CorpusScore } {
  const runs = runCorpus(docs);
  const score = scoreCorpus(docs.map((doc, i) => ({ ...doc, output: runs[i]!.output })));
  return { runs, score };
}
