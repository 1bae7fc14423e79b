import { foldName, looksLikeSlip } from '../files/zip';

/** One file of a document, as a site lists it. */
export interface InboxFile {
  url: string;
  name: string;
  /** Marked by the site as the phiếu trình (submission slip), not the directive. */
  slip: boolean;
}

// Most preferred first: the signed PDF as sent ("…_signed.pdf", "…_ky.pdf", "… đã ký.pdf"), any
// PDF, a DOCX, a ZIP (read inside), text, an old .doc (whose refusal at least says what to do),
// and last an Excel workbook (an appendix, read when nothing else is there).
const SIGNED = /signed[^/]*\.pdf$|[_.\s-](?:da[_\s-]?)?ky\.pdf$/u;
const PREFERENCE = [/\.pdf$/u, /\.docx$/u, /\.zip$/u, /\.txt$/u, /\.doc$/u, /\.xlsx$/u];

function rank(file: InboxFile): number {
  const name = foldName(file.name);
  if (SIGNED.test(name)) return 0;
  const at = PREFERENCE.findIndex((pattern) => pattern.test(name));
  return at < 0 ? PREFERENCE.length + 1 : at + 1;
}

/**
 * The directive among a document's files: never a phiếu trình (marked by the site, or named like
 * one: "Phiếu trình…", "PT_…", "Tờ trình…"); a signed PDF before any PDF, then DOCX, ZIP, text,
 * .doc; the first listed among equals. Null when only phiếu trình (or nothing) is left.
 */
export function chooseDirectiveFile(files: readonly InboxFile[]): InboxFile | null {
  const candidates = files.filter((f) => !f.slip && !looksLikeSlip(f.name));
  let best: InboxFile | null = null;
  for (const file of candidates) if (!best || rank(file) < rank(best)) best = file;
  return best;
}
