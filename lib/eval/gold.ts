import { z } from 'zod';

/**
 * A gold label file, as LABELS.md (tests/corpus/LABELS.md) describes it. Fields the scorer does
 * not read are kept loose; the ones it reads may be absent, as the reference scorer tolerates.
 */
export const GoldDeadlineSchema = z.looseObject({
  date: z.string().nullable().optional(),
  text: z.string().optional(),
  time: z.string().optional(),
  recurrence: z.string().optional(),
  /** Other defensible dates; `null` there means "no date" is defensible too. */
  also: z.array(z.string().nullable()).optional(),
});

export const GoldTaskSchema = z.looseObject({
  quote: z.string(),
  assignees: z.array(z.string()).optional(),
  coordinators: z.array(z.string()).optional(),
  deadline: GoldDeadlineSchema.nullable().optional(),
});

export const GoldCitationSchema = z.looseObject({
  kind: z.string().nullable().optional(),
  number: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  issuer: z.string().nullable().optional(),
});

export const GoldFileSchema = z.looseObject({
  document: z.looseObject({ number: z.string().nullable().optional(), date: z.string().nullable().optional() }).optional(),
  citations: z.array(GoldCitationSchema).optional(),
  tasks: z.array(GoldTaskSchema).optional(),
});

export type GoldDeadline = z.infer<typeof GoldDeadlineSchema>;
export type GoldTask = z.infer<typeof GoldTaskSchema>;
export type GoldCitation = z.infer<typeof GoldCitationSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/**
 * What the scorer reads of an extractor's output. An `Extraction` fits; so does the JSON an
 * older or foreign extractor printed, which is why every field may be missing.
 */
export interface ScoredOutput {
  document?: { number?: string | null; date?: string | null };
  citations?: readonly { number?: string | null; date?: string | null }[];
  tasks?: readonly { span?: unknown; assignees?: readonly string[]; deadline?: { date?: string | null } | null }[];
}
