import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startAttempt } from '../../../src/quiz/attempt';
import { ALL_QUESTIONS } from '../../../src/quiz/bank';
import { PROGRESS_KEY } from '../../../src/quiz/progress';
import { emptyProgress } from '../../../src/quiz/progress-schema';
import { EXAM_GONE, submitExam, useQuizStore } from '../../../src/ui/quiz/store';
import { MemoryStorage, renderQuiz } from './helpers';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

/** A mock exam under way, saved by a release whose questions this one no longer has. */
function savedExam(ids: readonly string[]) {
  const exam = startAttempt(ALL_QUESTIONS, 'lambda', 11, T0);
  return { ...exam, questionIds: ids, answers: Object.fromEntries(ids.map((id) => [id, ['a']])) };
}

describe('a mock exam whose questions no longer exist', () => {
  it('is closed without a score, not recorded as a failed exam', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ ...emptyProgress(), exam: savedExam(['gone-one', 'gone-two']) }),
    );
    renderQuiz(storage);
    act(() => submitExam(T0 + 60_000));
    const state = useQuizStore.getState();
    expect(state.progress.results).toEqual([]);
    expect(state.progress.exam).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(EXAM_GONE);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toMatchObject({ exam: null, results: [] });
  });

  it('is scored on the questions that remain when only some are gone', () => {
    const kept = ALL_QUESTIONS[0]!.id;
    const storage = new MemoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ ...emptyProgress(), exam: savedExam([kept, 'gone-one']) }),
    );
    renderQuiz(storage);
    act(() => submitExam(T0 + 60_000));
    const [result] = useQuizStore.getState().progress.results;
    expect(result?.total).toBe(1);
  });
});
