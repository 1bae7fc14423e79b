/** Where each page's text sits in `FileReadResult.text` (offsets; `end` excluded). */
export interface PageRange {
  /** 1-based page number. */
  page: number;
  start: number;
  end: number;
}

/** What a file reader can give the extractor. */
export type FileKind = 'pdf' | 'docx' | 'xlsx' | 'zip' | 'text';

/** Why a file gave no text; each reason has a Vietnamese message for the user. */
export type FileFailureReason =
  | 'too-large'
  | 'too-many-pages'
  | 'encrypted'
  | 'corrupt'
  | 'scanned'
  | 'unsupported-doc'
  | 'unsupported-rar'
  | 'unsupported'
  | 'empty';

export interface FileReadSuccess {
  ok: true;
  /** NFC text, paragraphs on their own lines, legacy encodings converted. */
  text: string;
  /** Page ranges of `text` (PDF only). */
  pages?: PageRange[];
  kind: FileKind;
  /** What the reader did that the user may want to know (Vietnamese), e.g. a TCVN3 conversion. */
  note?: string;
  /** The file read inside an archive (ZIP only). */
  file?: string;
}

export interface FileReadFailure {
  ok: false;
  reason: FileFailureReason;
  /** Vietnamese, says what to do. */
  message: string;
}

export type FileReadResult = FileReadSuccess | FileReadFailure;

/** A loaded pdf.js and the document parameters its environment needs (CMaps, fonts). */
export interface PdfjsRuntime {
  lib: typeof import('pdfjs-dist');
  /** Extra `getDocument` parameters, e.g. `cMapUrl`, `standardFontDataUrl`. */
  params?: Record<string, unknown>;
}

/** Loads pdf.js lazily; the extension passes one that sets up its bundled worker. */
export type LoadPdfjs = () => Promise<PdfjsRuntime>;

export interface FileReadLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Below this many non-space characters per page on average, a PDF is taken as scanned. */
  minCharsPerPage: number;
  /** Most entries a ZIP may list. */
  maxZipEntries: number;
  /** Most bytes the chosen ZIP entries may inflate to, together. */
  maxZipBytes: number;
  /** Most documents read inside one ZIP to choose among them. */
  maxZipCandidates: number;
}

export const DEFAULT_LIMITS: FileReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 300,
  minCharsPerPage: 20,
  maxZipEntries: 1000,
  maxZipBytes: 200 * 1024 * 1024,
  maxZipCandidates: 6,
};

export interface ReadFileOptions {
  /** pdf.js loader; defaults to the legacy build in Node (`pdfjs-node.ts`). */
  loadPdfjs?: LoadPdfjs;
  limits?: Partial<FileReadLimits>;
}
