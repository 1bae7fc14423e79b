import type { LoadPdfjs } from './types';

/** A document pdf.js has opened. */
export type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<LoadPdfjs>>['lib']['getDocument']>['promise']>;

/** What opening a PDF gave: the document, or why it could not be opened. */
export type OpenedPdf = { ok: true; doc: PdfDocument } | { ok: false; encrypted: boolean };

/**
 * Opens a PDF with pdf.js, for both the text-layer reader and OCR. pdf.js takes ownership of
 * (detaches) the buffer it is given, so it gets a copy; a failed open is cleaned up.
 */
export async function openPdf(loadPdfjs: LoadPdfjs, bytes: Uint8Array): Promise<OpenedPdf> {
  const { lib, params } = await loadPdfjs();
  const task = lib.getDocument({ ...params, data: bytes.slice(), verbosity: lib.VerbosityLevel.ERRORS });
  try {
    return { ok: true, doc: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return { ok: false, encrypted: (error as { name?: string } | null)?.name === 'PasswordException' };
  }
}
