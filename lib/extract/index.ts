import type { ExtractOptions, Extraction } from './schema';

export * from './schema';

/** Extracts the header, cited documents and tasks of a Vietnamese directive. */
export function extractDirective(text: string, options: ExtractOptions = {}): Extraction {
  void text;
  void options;
  return {
    document: { kind: null, number: null, date: null, place: null, issuer: null, subject: null, recipients: [], signer: null, signerTitle: [], authority: null, system: null },
    citations: [],
    tasks: [],
  };
}
