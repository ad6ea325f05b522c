import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_KEY, PROGRESS_KEY } from '../../../src/quiz/progress';
import { resetSaveStatus, useSaveStatus } from '../../../src/store/save-status';
import {
  answerPractice,
  GUARDED_MESSAGE,
  startPractice,
  useQuizStore,
} from '../../../src/ui/quiz/store';
import { SaveFailureNotice } from '../../../src/ui/storage/SaveFailureNotice';
import { MemoryStorage, renderQuiz } from './helpers';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

/** A browser whose storage is full: everything reads, nothing new can be written. */
class FullStorage extends MemoryStorage {
  full = true;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

/** 34 KB of saved progress, cut off in the middle (a broken write). */
const corrupt = `{"format":1,"cards":{${'"q":{"due":1},'.repeat(2_450)}`;

afterEach(() => resetSaveStatus());

describe('when storage is full', () => {
  it('never saves over unreadable progress it could not copy aside, and says what to do', async () => {
    expect(corrupt.length).toBe(34_321);
    const storage = new FullStorage();
    storage.data.set(PROGRESS_KEY, corrupt);
    const { user } = renderQuiz(storage);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'We couldn’t read your saved progress, and there is no room to keep a copy aside, so it is left exactly as it was: nothing is saved over it until you choose.',
    );

    act(() => startPractice('Test', ['gen-invocation-s3'], T0));
    act(() => void answerPractice('gen-invocation-s3', ['a'], T0 + 5_000));
    // The answer counts in this session, and the 34 KB record is untouched.
    expect(Object.keys(useQuizStore.getState().progress.cards)).toEqual(['gen-invocation-s3']);
    expect(storage.data.get(PROGRESS_KEY)).toBe(corrupt);
    expect([...storage.data.keys()]).toEqual([PROGRESS_KEY]);
    expect(useSaveStatus.getState().failures.quiz?.message).toBe(GUARDED_MESSAGE);

    // With room again, starting afresh is the learner's choice, and only then is it saved.
    storage.full = false;
    await user.click(
      within(screen.getByRole('alert')).getByRole('button', {
        name: 'Start afresh and save over it',
      }),
    );
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toMatchObject({
      cards: { 'gen-invocation-s3': {} },
    });
    expect(useSaveStatus.getState().failures).toEqual({});
  });

  it('keeps every backup: a second unreadable record goes to a new key', () => {
    const storage = new MemoryStorage();
    storage.setItem(BACKUP_KEY, 'the first backup');
    storage.setItem(PROGRESS_KEY, 'not json');
    renderQuiz(storage);
    expect(storage.getItem(BACKUP_KEY)).toBe('the first backup');
    expect(storage.getItem(`${BACKUP_KEY}-2`)).toBe('not json');
  });

  it('tells the learner wherever they are and offers their progress as a file', async () => {
    const storage = new FullStorage();
    renderQuiz(storage);
    act(() => startPractice('Test', ['gen-invocation-s3'], T0));
    act(() => void answerPractice('gen-invocation-s3', ['a'], T0 + 5_000));
    const user = userEvent.setup();
    render(<SaveFailureNotice />);
    const notice = screen
      .getAllByRole('alert')
      .find((el) => el.classList.contains('save-failure'))!;
    expect(notice).toHaveTextContent(
      'This browser is not saving your work.Quiz progress: not saved (The quota has been exceeded.)',
    );
    // The file offered is an ordinary progress export, with the answer just given.
    const file = useSaveStatus.getState().failures.quiz!.exportFile!();
    expect(file.filename).toMatch(/^lambda-event-lab-progress-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({
      kind: 'lambda-event-lab/quiz-progress',
      cards: { 'gen-invocation-s3': {} },
    });
    const downloads: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      downloads.push(blob);
      return 'blob:progress';
    };
    try {
      await user.click(within(notice).getByRole('button', { name: 'Export your progress' }));
    } finally {
      URL.createObjectURL = create;
    }
    expect(downloads.map((b) => b.size)).toEqual([file.text.length]);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(notice).not.toBeInTheDocument();
  });
});
