import { writtenQuestions } from 'virtual:question-bank';
import { GENERATED_QUESTIONS } from './generated';
import { PREDICT_QUESTIONS } from './predict';
import type { Question } from './question';
import { TOPICS, type Topic } from './schema';

/**
 * Every question the quiz can ask: written by hand (src/quiz/bank/*.yaml, checked against the
 * schema when the app is built), generated from the service catalog, and "predict the outcome"
 * questions keyed by the engine. The schema check of the whole list runs in a test
 * (test/quiz/bank.test.ts), not on every page load.
 */

export type QuestionOrigin = 'written' | 'generated' | 'predict';

export const WRITTEN_QUESTIONS: readonly Question[] = writtenQuestions;

export const ALL_QUESTIONS: readonly Question[] = [
  ...WRITTEN_QUESTIONS,
  ...GENERATED_QUESTIONS,
  ...PREDICT_QUESTIONS,
];

const byId = new Map(ALL_QUESTIONS.map((q) => [q.id, q]));

/**
 * Questions from a teacher's own file, opened in the quiz (src/ui/quiz/own-questions.ts). They
 * are found by id like the bank's, so practice, feedback and review treat them the same; they
 * take no part in topic rounds, mock exams or coverage, which are about the built-in bank.
 */
let ownById = new Map<string, Question>();

export function setOwnQuestions(questions: readonly Question[]): void {
  ownById = new Map(questions.map((q) => [q.id, q]));
}

export function ownQuestions(): readonly Question[] {
  return [...ownById.values()];
}

export function questionById(id: string): Question | undefined {
  return byId.get(id) ?? ownById.get(id);
}

/** Whether the built-in bank has this id (a teacher's file may not reuse it). */
export function isBuiltInId(id: string): boolean {
  return byId.has(id);
}

/** The questions that exist among `ids`, in that order (saved ids may outlive a question). */
export function questionsByIds(ids: readonly string[]): Question[] {
  return ids.flatMap((id) => questionById(id) ?? []);
}

export function questionsOfTopics(topics: readonly Topic[]): Question[] {
  const wanted = new Set(topics);
  return ALL_QUESTIONS.filter((q) => wanted.has(q.topic));
}

/** How many questions each topic has, in the schema's topic order. */
export function topicCounts(questions: readonly Question[] = ALL_QUESTIONS): Record<Topic, number> {
  const counts = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
  for (const q of questions) counts[q.topic]++;
  return counts;
}

export function originOf(q: Question): QuestionOrigin {
  if (q.id.startsWith('gen-')) return 'generated';
  if (q.id.startsWith('predict-')) return 'predict';
  return 'written';
}
