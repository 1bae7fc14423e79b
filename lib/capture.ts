import * as z from 'zod/mini';
import { MAX_CAPTURE_CHARS, MAX_CAPTURE_TITLE, MAX_CAPTURE_URL } from './capture-limits';

// Zod Mini (tree-shakable, a fraction of Zod's size): the service worker, started again for every
// capture, checks these. The limits live in capture-limits.ts, which the capture script injected
// into pages imports instead of this module.

export { MAX_CAPTURE_CHARS, MAX_CAPTURE_TITLE, MAX_CAPTURE_URL };

/**
 * A document an e-office page names (a detail page: one; a list page: one per row): its metadata
 * and where its attachments are — links found on the page (`files`, a phiếu trình marked `slip`)
 * or the site's attachment list to ask with the user's session (`filesUrl`).
 */
export const InboxDocSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  number: z.string().check(z.maxLength(200)),
  subject: z.string().check(z.maxLength(1000)),
  /** The document's own page (a list row's detail link). */
  page: z.optional(z.string().check(z.maxLength(MAX_CAPTURE_URL))),
  filesUrl: z.optional(z.string().check(z.maxLength(MAX_CAPTURE_URL))),
  files: z.optional(
    z
      .array(z.object({ url: z.string().check(z.maxLength(MAX_CAPTURE_URL)), label: z.string().check(z.maxLength(200)), slip: z.optional(z.boolean()) }))
      .check(z.maxLength(50)),
  ),
});
export type InboxDoc = z.infer<typeof InboxDocSchema>;

/** What a page reader returns: the text to extract from, and where it came from. */
export const PageCaptureSchema = z.object({
  /** Plain text (never HTML) of the selection or of the page's main content. */
  text: z.string().check(z.maxLength(MAX_CAPTURE_CHARS)),
  /** True when `text` is the user's selection. */
  selection: z.boolean(),
  /** True when the page text was longer than `MAX_CAPTURE_CHARS` and was cut. */
  truncated: z.boolean(),
  url: z.string().check(z.maxLength(MAX_CAPTURE_URL)),
  title: z.string().check(z.maxLength(MAX_CAPTURE_TITLE)),
  /** Name of the reader that produced it ("selection", "generic", …). */
  reader: z.string().check(z.maxLength(40)),
  /**
   * The page's links to .pdf/.docx/.doc/.zip files (absolute, deduplicated, at most 50), or the page
   * itself when it is a PDF open in the viewer (`text` may then be empty). Absent on older captures.
   */
  attachments: z.optional(
    z
      .array(z.object({ url: z.string().check(z.maxLength(MAX_CAPTURE_URL)), label: z.string().check(z.maxLength(200)) }))
      .check(z.maxLength(50)),
  ),
  /**
   * On an e-office inbox (a site reader's capture, `text` then empty): the documents the page
   * names, and the site (`ioffice-old`, `ioffice-new`) whose adapter finds their files.
   */
  inbox: z.optional(z.object({ site: z.string().check(z.maxLength(40)), docs: z.array(InboxDocSchema).check(z.maxLength(200)) })),
});
export type PageCapture = z.infer<typeof PageCaptureSchema>;

/** Why a capture could not be made; the side panel turns each into a plain message. */
export const CaptureFailureSchema = z.enum(['no-tab', 'no-access', 'unsupported-page', 'no-text', 'failed']);
export type CaptureFailure = z.infer<typeof CaptureFailureSchema>;

export const CaptureResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), capture: PageCaptureSchema }),
  z.object({ ok: z.literal(false), reason: CaptureFailureSchema, detail: z.string().check(z.maxLength(500)) }),
]);
export type CaptureResult = z.infer<typeof CaptureResultSchema>;

/** A capture started by a toolbar click, shortcut or menu, waiting for the side panel. */
export const PendingCaptureSchema = z.object({
  result: CaptureResultSchema,
  /** When it was made (epoch ms), so the panel shows each capture once. */
  at: z.number(),
});
export type PendingCapture = z.infer<typeof PendingCaptureSchema>;
