import { ExtractionSchema, type Extraction } from '../extract/schema';

/** An extraction that does not satisfy the output contract; `message` is for the user (Vietnamese). */
export class ContractError extends Error {
  override readonly name = 'ContractError';
}

/**
 * Validates an extraction against `ExtractionSchema` and returns exactly the contract's JSON
 * (keys outside the contract dropped), as `npm run -s extract -- FILE --json` prints it.
 */
export function toContractJson(extraction: unknown): string {
  const parsed = ExtractionSchema.safeParse(extraction);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `  ${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
    throw new ContractError(`Kết quả trích xuất không đúng định dạng:\n${issues.join('\n')}`);
  }
  return JSON.stringify(parsed.data satisfies Extraction, null, 2);
}
