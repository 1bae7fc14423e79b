import { z } from 'zod';
import type { ScoreSummary } from './score';

/** Minimum corpus figures, each in [0, 1]; raised as the engine improves, never lowered to pass. */
export const CorpusFloorSchema = z.strictObject({
  citationsF1: z.number().min(0).max(1),
  tasksF1: z.number().min(0).max(1),
  deadlinesF1: z.number().min(0).max(1),
  header: z.number().min(0).max(1),
  assigneeAccuracy: z.number().min(0).max(1),
});

export type CorpusFloor = z.infer<typeof CorpusFloorSchema>;

/** The headline figures a floor applies to, read from a score summary. */
export function readHeadlineFigures(summary: ScoreSummary): CorpusFloor {
  return {
    citationsF1: summary.citations.f1,
    tasksF1: summary.tasks.f1,
    deadlinesF1: summary.deadlines.f1,
    header: summary.header,
    assigneeAccuracy: summary.tasks.assigneeAccuracy,
  };
}
