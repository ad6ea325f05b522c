import { drawExam, type ExamVariant } from './exam';
import type { ExamAttempt, ExamResult, Progress } from './progress-schema';
import type { Question } from './schema';
import { scoreAttempt, type ScoreResult } from './score';

/**
 * An exam attempt's life, as pure functions from one saved attempt to the next: start, answer,
 * flag, submit. The attempt is part of the saved progress, so its countdown (a deadline, not a
 * timer) survives a reload, and a deadline that passed while the page was closed submits it.
 */

export function startAttempt(
  bank: readonly Question[],
  variant: ExamVariant,
  seed: number,
  now: number,
): ExamAttempt {
  const draw = drawExam(bank, variant, seed);
  return {
    id: `${variant}-${now}-${seed}`,
    variant,
    seed,
    questionIds: [...draw.questionIds],
    startedAt: now,
    durationMs: draw.durationMs,
    answers: {},
    flagged: [],
    submittedAt: null,
  };
}

export const deadlineOf = (a: ExamAttempt) => a.startedAt + a.durationMs;

export function timeLeft(a: ExamAttempt, now: number): number {
  return Math.max(0, deadlineOf(a) - now);
}

export function isUnderWay(a: ExamAttempt | null): a is ExamAttempt {
  return a !== null && a.submittedAt === null;
}

export function answer(a: ExamAttempt, questionId: string, chosen: readonly string[]): ExamAttempt {
  if (a.submittedAt !== null) return a;
  const answers = { ...a.answers };
  if (chosen.length === 0) delete answers[questionId];
  else answers[questionId] = [...chosen].sort();
  return { ...a, answers };
}

export function toggleFlag(a: ExamAttempt, questionId: string): ExamAttempt {
  if (a.submittedAt !== null) return a;
  const flagged = a.flagged.includes(questionId)
    ? a.flagged.filter((id) => id !== questionId)
    : [...a.flagged, questionId];
  return { ...a, flagged };
}

/** Submitted at `now`, or at the deadline if that came first (the clock submits for you). */
export function submit(a: ExamAttempt, now: number): ExamAttempt {
  if (a.submittedAt !== null) return a;
  return { ...a, submittedAt: Math.min(now, deadlineOf(a)) };
}

export function unansweredIds(a: ExamAttempt): string[] {
  return a.questionIds.filter((id) => !a.answers[id]?.length);
}

export function scoreOf(a: ExamAttempt, questions: readonly Question[]): ScoreResult {
  return scoreAttempt(questions, a.answers);
}

/**
 * A submitted attempt's score, or null when none of its questions is in the bank any more (a new
 * release removed or renamed them): that is not an exam the learner failed, and is not scored.
 */
export function scoreIfAny(a: ExamAttempt, questions: readonly Question[]): ScoreResult | null {
  return questions.length === 0 ? null : scoreOf(a, questions);
}

/** Put a submitted attempt and its score into the progress (keeping the last 50 scores). */
export function recordResult(p: Progress, a: ExamAttempt, score: ScoreResult): Progress {
  const result: ExamResult = {
    attemptId: a.id,
    variant: a.variant,
    submittedAt: a.submittedAt ?? a.startedAt,
    correct: score.correct,
    total: score.total,
    scaled: score.scaled,
    passed: score.passed,
  };
  const results = [...p.results.filter((r) => r.attemptId !== a.id), result].slice(-50);
  return { ...p, exam: a, results };
}
