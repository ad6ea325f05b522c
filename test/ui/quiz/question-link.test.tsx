import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAttempt } from '../../../src/quiz/attempt';
import { ALL_QUESTIONS } from '../../../src/quiz/bank';
import { PROGRESS_KEY } from '../../../src/quiz/progress';
import { emptyProgress } from '../../../src/quiz/progress-schema';
import { startPractice, useQuizStore } from '../../../src/ui/quiz/store';
import { MemoryStorage, renderQuiz } from './helpers';

const S3 = 'gen-invocation-s3';
const S3_STEM =
  'A team connects Amazon Simple Storage Service (S3) to a Lambda function. How does the function get invoked?';

/** The page opened at `search`, as a link would open it. */
function arriveAt(search: string) {
  window.history.replaceState(null, '', `/${search}#s=kept`);
}

beforeEach(() => arriveAt('?tool=quiz'));
afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('a link to one question', () => {
  it('opens exactly that question in practice, then offers more on its topic', async () => {
    arriveAt(`?tool=quiz&q=${S3}`);
    const { user, storage } = renderQuiz();

    expect(screen.getByText('Linked question')).toBeInTheDocument();
    expect(screen.getByText(S3_STEM)).toBeInTheDocument();
    expect(useQuizStore.getState().session).toMatchObject({ ids: [S3], index: 0, linked: true });
    // Taken out of the address, so the other tools' links do not carry it; the rest stays.
    expect(window.location.search).toBe('?tool=quiz');
    expect(window.location.hash).toBe('#s=kept');
    // Opening the link saved nothing.
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();

    await user.click(screen.getByRole('radio', { name: /It calls Invoke with the Event type/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const feedback = screen.getByRole('region', { name: 'Feedback' });
    expect(within(feedback).getByRole('status')).toHaveTextContent('Right');
    expect(
      within(feedback).getByText(/^The study table lists S3 as “Event-driven, asynchronous”\./),
    ).toBeInTheDocument();
    // Answering is what records it.
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).cards[S3]).toMatchObject({
      answered: 1,
      right: 1,
    });

    expect(screen.getByRole('button', { name: 'Back to the quiz' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More questions on this topic' }));
    expect(
      screen.getByText(/^Services and how they invoke · question 1 of \d+$/),
    ).toBeInTheDocument();
    expect(useQuizStore.getState().session?.linked).toBeUndefined();
  });

  it('"Back to the quiz" leaves an unanswered linked question with nothing saved', async () => {
    arriveAt(`?tool=quiz&q=${S3}`);
    const { user, storage } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Back to the quiz' }));
    expect(screen.getByRole('heading', { name: 'Practice by topic' })).toBeInTheDocument();
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('leaves a mock exam under way exactly as saved', () => {
    const storage = new MemoryStorage();
    const exam = startAttempt(ALL_QUESTIONS, 'lambda', 11, Date.now());
    const saved = JSON.stringify({ ...emptyProgress(), exam });
    storage.setItem(PROGRESS_KEY, saved);
    arriveAt(`?tool=quiz&q=${S3}`);
    renderQuiz(storage);
    expect(screen.getByText(S3_STEM)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Practice' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
  });

  it('says so when no question has the id, and shows the usual start', async () => {
    arriveAt('?tool=quiz&q=no-such-question');
    const { user, storage } = renderQuiz();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('The linked question is not in this quiz.');
    expect(notice).toHaveTextContent('No question has the id “no-such-question”.');
    expect(screen.getByRole('heading', { name: 'Practice by topic' })).toBeInTheDocument();
    expect(useQuizStore.getState().session).toBeNull();
    expect(window.location.search).toBe('?tool=quiz');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('The linked question is not in this quiz.')).toBeNull();
  });

  it('is not opened from another page’s "q" (the Event sources search)', () => {
    arriveAt('?tool=reference&q=kinesis');
    renderQuiz();
    expect(useQuizStore.getState().session).toBeNull();
    expect(screen.queryByText('The linked question is not in this quiz.')).toBeNull();
    expect(window.location.search).toBe('?tool=reference&q=kinesis');
  });
});

describe('"Copy link to this question"', () => {
  const link = () => `${window.location.origin}/?tool=quiz&q=${S3}`;

  it('copies the question’s own address and says "Copied"', async () => {
    const { user } = renderQuiz();
    act(() => startPractice('Test', [S3], Date.now()));
    await user.click(screen.getByRole('button', { name: 'Copy link to this question' }));
    expect(await navigator.clipboard.readText()).toBe(link());
    expect(screen.getByText('Copied')).toBeInTheDocument();
  });

  it('shows the link in a selected field when the browser refuses the clipboard', async () => {
    const { user } = renderQuiz();
    act(() => startPractice('Test', [S3], Date.now()));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link to this question' }));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Copy this link:' });
    expect(field).toHaveValue(link());
    expect(field).toHaveAttribute('readonly');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, link().length]);
    expect(screen.queryByText('Copied')).toBeNull();
  });
});
