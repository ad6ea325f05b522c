import type { Domain, Question, QuestionInput, Topic } from './schema';

export type { Domain, Question, QuestionInput, Topic };

/**
 * A bank entry as the quiz uses it: the schema's output, with its one default filled in. The
 * bank is checked against the schema by a test, so the app does not pay for parsing ~300
 * questions with zod on every load; this only applies the default.
 */
export function normalizeQuestion(q: QuestionInput): Question {
  return q.showMe === undefined
    ? (q as Question)
    : { ...q, showMe: { ...q.showMe, nth: q.showMe.nth ?? 1 } };
}

/** The ids of the right options, in option order. */
export function correctIds(q: Question): string[] {
  return q.options.filter((o) => o.correct).map((o) => o.id);
}

/** "Choose two." / "Choose three." — how many answers a multiple-response question wants. */
export function expectedCount(q: Question): number {
  return q.kind === 'single' ? 1 : correctIds(q).length;
}
