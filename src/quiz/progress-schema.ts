import { z } from 'zod';

/**
 * The shape of a learner's saved progress (format 1). Stored in localStorage and in exported
 * files, checked with this schema on every load: anything that does not fit is kept aside, never
 * trusted and never wiped.
 */

export const PROGRESS_FORMAT = 1;

const id = z.string().min(1).max(200);
const epochMs = z.number().int().nonnegative();

/** An FSRS card (ts-fsrs's Card with times as epoch ms), plus the quiz's own tallies. */
export const savedCardSchema = z.strictObject({
  due: epochMs,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3),
  lastReview: epochMs.nullable(),
  /** Times answered and answered right, and whether the last answer was right. */
  answered: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
  lastCorrect: z.boolean(),
});
export type SavedCard = z.infer<typeof savedCardSchema>;

export const examAttemptSchema = z.strictObject({
  id,
  variant: z.enum(['full', 'lambda']),
  seed: z.number().int().nonnegative(),
  questionIds: z.array(id).max(200),
  startedAt: epochMs,
  durationMs: z.number().int().positive(),
  answers: z.record(id, z.array(z.string().regex(/^[a-f]$/)).max(6)),
  flagged: z.array(id),
  /** When the attempt was submitted (by the learner or by the clock), or null while under way. */
  submittedAt: epochMs.nullable(),
});
export type ExamAttempt = z.infer<typeof examAttemptSchema>;

/** What a finished attempt scored, kept so history survives changes to the bank. */
export const examResultSchema = z.strictObject({
  attemptId: id,
  variant: z.enum(['full', 'lambda']),
  submittedAt: epochMs,
  correct: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  scaled: z.number().int().min(100).max(1000),
  passed: z.boolean(),
});
export type ExamResult = z.infer<typeof examResultSchema>;

export const progressSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  /** One FSRS card per question answered at least once, by question id. */
  cards: z.record(id, savedCardSchema),
  /** The exam under way, or the last one finished (for its review), or null. */
  exam: examAttemptSchema.nullable(),
  /** Scores of finished exams, newest last (at most 50 kept). */
  results: z.array(examResultSchema).max(50),
});
export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, cards: {}, exam: null, results: [] };
}
