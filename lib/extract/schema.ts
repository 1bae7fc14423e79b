import { z } from 'zod';

/** `[start, end)` offsets (UTF-16) into the text given to `extractDirective`. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** `YYYY-MM-DD`, or `YYYY-MM` when the day was left blank (document dates only). */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IsoDateOrMonth = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/);

export const RecurrenceSchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly']);

/**
 * What a deadline phrase means.
 * - `date`: a calendar date or period end that can be resolved;
 * - `relative`: N (working) days from the document or receipt date;
 * - `recurring`: a duty that comes back every period;
 * - `urgent` / `continuous` / `on-request` / `event`: undated cues kept as text.
 */
export const DeadlineKindSchema = z.enum(['date', 'relative', 'recurring', 'urgent', 'continuous', 'on-request', 'event']);

export const DeadlineSchema = z.object({
  /** Last day the duty can be done; `null` for undated cues. */
  date: IsoDate.nullable(),
  /** `HH:MM` when a time of day was stated. */
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  /** The phrase that sets the deadline, as written. */
  text: z.string(),
  recurrence: RecurrenceSchema.nullable(),
  /** False when part of the date was implied (year from the document date, end of a period…). */
  stated: z.boolean(),
  kind: DeadlineKindSchema,
  /** Other dates a careful reader could defend (e.g. later dates in the same item). */
  also: z.array(IsoDate.nullable()).optional(),
  span: SpanSchema,
});

export const SignatureAuthoritySchema = z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']);

export const DocumentSchema = z.object({
  kind: z.string().nullable(),
  number: z.string().nullable(),
  date: IsoDateOrMonth.nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  recipients: z.array(z.string()),
  signer: z.string().nullable(),
  /** Signature block title lines, e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  signerTitle: z.array(z.string()),
  authority: SignatureAuthoritySchema.nullable(),
  /** "Đảng" (Party) or "Nhà nước" (State) system, from the header. */
  system: z.enum(['party', 'state']).nullable(),
});

export const CitationSchema = z.object({
  kind: z.string().nullable(),
  number: z.string(),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
  span: SpanSchema,
});

export const TaskSchema = z.object({
  /** Short title for the to-do list. */
  title: z.string(),
  /** The duty's text (item or sentence), whitespace collapsed. */
  action: z.string(),
  assignees: z.array(z.string()),
  coordinators: z.array(z.string()),
  deadline: DeadlineSchema.nullable(),
  /** The item or sentence the task came from. */
  span: SpanSchema,
  /** Names of the rules that produced the task, so the UI can say why it exists. */
  tags: z.array(z.string()),
});

export const ExtractionSchema = z.object({
  document: DocumentSchema,
  citations: z.array(CitationSchema),
  tasks: z.array(TaskSchema),
});

export const ExtractOptionsSchema = z.object({
  /** Date the document was received (`YYYY-MM-DD`); relative deadlines count from it when given. */
  reference: IsoDate.optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type DirectiveDocument = z.infer<typeof DocumentSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
