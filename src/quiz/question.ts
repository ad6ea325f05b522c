import type { Domain, Question, QuestionInput, Topic } from './schema';

export type { Domain, Question, QuestionInput, Topic };

/** The ids of the right options, in option order. */
export function correctIds(q: Question): string[] {
  return q.options.filter((o) => o.correct).map((o) => o.id);
}

/** "Choose two." / "Choose three." — how many answers a multiple-response question wants. */
export function expectedCount(q: Question): number {
  return q.kind === 'single' ? 1 : correctIds(q).length;
}
