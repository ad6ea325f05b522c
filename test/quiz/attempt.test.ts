import { describe, expect, it } from 'vitest';
import {
  answer,
  deadlineOf,
  isUnderWay,
  recordResult,
  scoreOf,
  startAttempt,
  submit,
  timeLeft,
  toggleFlag,
  unansweredIds,
} from '../../src/quiz/attempt';
import { emptyProgress } from '../../src/quiz/progress-schema';
import { progressSchema } from '../../src/quiz/progress-schema';
import { FIXTURE_QUESTIONS } from '../fixtures/quiz-questions';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

describe('an exam attempt', () => {
  const start = () => startAttempt(FIXTURE_QUESTIONS, 'lambda', 5, T0);

  it('starts with a deadline 40 minutes out for the Lambda-only drill', () => {
    const a = start();
    expect(a.id).toBe(`lambda-${T0}-5`);
    expect(a.questionIds).toHaveLength(8);
    expect(deadlineOf(a)).toBe(T0 + 40 * 60_000);
    expect(timeLeft(a, T0 + 60_000)).toBe(39 * 60_000);
    expect(timeLeft(a, T0 + 41 * 60_000)).toBe(0);
    expect(isUnderWay(a)).toBe(true);
    expect(progressSchema.safeParse({ ...emptyProgress(), exam: a }).success).toBe(true);
  });

  it('records answers, clears an emptied one, and flags and unflags', () => {
    const [q1, q2, q3] = start().questionIds as [string, string, string];
    let a = answer(start(), q1, ['c', 'a']);
    a = answer(a, q2, ['b']);
    a = answer(a, q2, []);
    a = toggleFlag(a, q3);
    a = toggleFlag(a, q1);
    a = toggleFlag(a, q1);
    expect(a.answers).toEqual({ [q1]: ['a', 'c'] });
    expect(a.flagged).toEqual([q3]);
    expect(unansweredIds(a)).toEqual(a.questionIds.filter((id) => id !== q1));
  });

  it('freezes on submit; the clock submits at the deadline if the page was closed', () => {
    const a = start();
    const done = submit(a, T0 + 5 * 60_000);
    expect(done.submittedAt).toBe(T0 + 5 * 60_000);
    expect(isUnderWay(done)).toBe(false);
    expect(answer(done, a.questionIds[0]!, ['a'])).toBe(done);
    expect(toggleFlag(done, a.questionIds[0]!)).toBe(done);
    expect(submit(a, T0 + 3 * 3_600_000).submittedAt).toBe(deadlineOf(a));
  });

  it('is scored and kept in the progress with its result', () => {
    const a = start();
    const all = Object.fromEntries(
      a.questionIds.map((id) => [
        id,
        FIXTURE_QUESTIONS.find((q) => q.id === id)!
          .options.filter((o) => o.correct)
          .map((o) => o.id),
      ]),
    );
    const done = submit({ ...a, answers: all }, T0 + 600_000);
    const qs = FIXTURE_QUESTIONS.filter((q) => a.questionIds.includes(q.id));
    const score = scoreOf(done, qs);
    expect(score.scaled).toBe(1000);
    const p = recordResult(emptyProgress(), done, score);
    expect(p.exam).toBe(done);
    expect(p.results).toEqual([
      {
        attemptId: a.id,
        variant: 'lambda',
        submittedAt: T0 + 600_000,
        correct: 8,
        total: 8,
        scaled: 1000,
        passed: true,
      },
    ]);
    expect(recordResult(p, done, score).results).toHaveLength(1);
  });
});
