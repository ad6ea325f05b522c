import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAttempt } from '../../../src/quiz/attempt';
import { ALL_QUESTIONS } from '../../../src/quiz/bank';
import { PROGRESS_KEY } from '../../../src/quiz/progress';
import { emptyProgress } from '../../../src/quiz/progress-schema';
import { useQuizStore } from '../../../src/ui/quiz/store';
import { MemoryStorage, renderQuiz } from './helpers';

const T0 = Date.parse('2026-03-02T10:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** Saved progress with a Lambda-only exam that started `minutesAgo` minutes before now. */
function withExam(minutesAgo: number) {
  const storage = new MemoryStorage();
  const exam = startAttempt(ALL_QUESTIONS, 'lambda', 11, T0 - minutesAgo * 60_000);
  storage.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), exam }));
  return { storage, exam };
}

const nav = () => screen.getByRole('navigation', { name: 'Questions' });

describe('mock exam', () => {
  it('starts the Lambda-only drill: 20 questions, a 40-minute countdown, a navigator', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Mock exam' }));
    // The long mock is named for what it covers, and the score says what it is and is not.
    expect(screen.getByRole('heading', { name: 'Lambda and event sources mock' })).toBeVisible();
    expect(
      screen.getByText(/It is not a full SAA-C03 exam, which covers many more services\.$/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /It tells you how ready you are on these topics, weighted like the exam\. It does not predict your SAA-C03 result/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Start the lambda and event sources mock (65 questions, 130 min)',
      }),
    ).toBeEnabled();
    await user.click(
      screen.getByRole('button', {
        name: /^Start the lambda-only drill \(20 questions, 40 min\)$/,
      }),
    );
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('40:00');
    expect(screen.getByText('Question 1 of 20')).toBeInTheDocument();
    // A timed exam offers no link that would lead away from it.
    expect(screen.queryByRole('button', { name: 'Copy link to this question' })).toBeNull();
    expect(within(nav()).getAllByRole('button')).toHaveLength(20);
    expect(within(nav()).getByRole('button', { name: 'Question 1, not answered' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('answers, flags with F, moves with Enter and the navigator, and lists the unanswered before submitting', async () => {
    const { storage, exam } = withExam(0);
    const { user } = renderQuiz(storage);
    await user.keyboard('1');
    await user.keyboard('f');
    expect(
      within(nav()).getByRole('button', { name: 'Question 1, answered, flagged' }),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Question 2 of 20')).toBeInTheDocument();
    await user.click(within(nav()).getByRole('button', { name: 'Question 5, not answered' }));
    expect(screen.getByText('Question 5 of 20')).toBeInTheDocument();
    await user.keyboard('2');
    expect(screen.getByText('2 of 20 answered · 1 flagged')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Submit the exam?' });
    expect(
      within(dialog).getByText(/18 questions have no answer and will count as wrong/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('1 flagged for review: 1.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit now' }));
    expect(
      screen.getByText(
        /^What this score means: your readiness on this quiz’s topics, on the exam’s scale\..*What it does not mean: a prediction of your SAA-C03 result\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/\/ 1,000 · (Pass|Below the pass mark)/)).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveTextContent('Design Secure Architectures');
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(saved.results).toHaveLength(1);
    expect(saved.exam.submittedAt).toBe(T0);
    expect(saved.exam.id).toBe(exam.id);
  });

  it('reviews every question with your answer, the right set and each why; retries the misses', async () => {
    const { user } = renderQuiz(withExam(0).storage);
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit now' }));
    expect(
      screen.getByText('0 of 20 right (0 %), 0 answered. The pass mark is 720.'),
    ).toBeInTheDocument();
    expect(screen.getByText('100')).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'Review' });
    expect(within(review).getAllByText(/^Question \d+: not answered$/)).toHaveLength(20);
    // The right answers are marked, and every option has its why.
    expect(within(review).getAllByText('Right answer').length).toBeGreaterThanOrEqual(20);
    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed (20)' }));
    expect(screen.getByText('Retry missed · question 1 of 20')).toBeInTheDocument();
  });

  it('keeps counting down across a reload, and submits when time ran out while away', () => {
    renderQuiz(withExam(39).storage);
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('1:00');
    expect(screen.getByText('Less than 1 minute left', { exact: false })).toBeInTheDocument();
  });

  it('submits an exam whose deadline passed while the page was closed', () => {
    renderQuiz(withExam(41).storage);
    expect(screen.getByText(/; submitted when time ran out\./)).toBeInTheDocument();
    expect(useQuizStore.getState().progress.exam?.submittedAt).toBe(T0 - 60_000);
  });
});
