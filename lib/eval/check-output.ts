import { ExtractionSchema, type Extraction, type Span } from '../extract/schema';

/** The verdict on one engine result: the parsed extraction, or what is wrong with it. */
export type OutputCheck = { ok: true; value: Extraction } | { ok: false; problems: string[] };

/**
 * Checks a result against the output contract: `ExtractionSchema`, and every span (citations,
 * tasks, deadlines) inside the text it was extracted from, start not after end.
 */
export function checkExtraction(text: string, result: unknown): OutputCheck {
  const parsed = ExtractionSchema.safeParse(result);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const problems: string[] = [];
  const checkSpan = (where: string, [start, end]: Span) => {
    if (start > end || end > text.length) problems.push(`${where}.span [${start}, ${end}] outside the text (length ${text.length})`);
  };
  parsed.data.citations.forEach((citation, i) => checkSpan(`citations.${i}`, citation.span));
  parsed.data.tasks.forEach((task, i) => {
    checkSpan(`tasks.${i}`, task.span);
    if (task.deadline) checkSpan(`tasks.${i}.deadline`, task.deadline.span);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}
