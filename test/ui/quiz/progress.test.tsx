import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, exportProgress, PROGRESS_KEY } from '../../../src/quiz/progress';
import { emptyProgress } from '../../../src/quiz/progress-schema';
import { review } from '../../../src/quiz/srs';
import { useQuizStore } from '../../../src/ui/quiz/store';
import { MemoryStorage, renderQuiz } from './helpers';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

describe('saved progress', () => {
  it('says so when saved progress is unreadable, keeps it as a backup, and never wipes it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"format":1,"cards":{"x":');
    const { user } = renderQuiz(storage);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'We couldn’t read your saved progress; it’s kept as a backup, you can export it.',
    );
    expect(alert).toHaveTextContent(`under “${BACKUP_KEY}”`);
    expect(within(alert).getByRole('button', { name: 'Export the backup' })).toBeInTheDocument();
    expect(storage.getItem(BACKUP_KEY)).toBe('{"format":1,"cards":{"x":');
    // Opening the quiz writes nothing: the unreadable value is still where it was.
    expect(storage.getItem(PROGRESS_KEY)).toBe('{"format":1,"cards":{"x":');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(storage.getItem(BACKUP_KEY)).toBe('{"format":1,"cards":{"x":');
  });

  it('shows mastery per topic as bars with the same figures in words', async () => {
    const storage = new MemoryStorage();
    const once = review(undefined, true, T0 - 3 * 86_400_000);
    const cards = { 'gen-invocation-s3': review(once, true, once.due), 'gen-invocation-sqs': once };
    storage.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), cards }));
    const { user } = renderQuiz(storage);
    await user.click(screen.getByRole('button', { name: 'Progress' }));
    const chart = screen.getByRole('region', { name: 'Mastery by topic' });
    const row = within(chart).getByText('Services and how they invoke').closest('li')!;
    expect(row).toHaveTextContent(/1 mastered, 1 learning, \d+ new of \d+/);
  });

  it('lists the weakest topics and starts a practice round on them in one click', async () => {
    const storage = new MemoryStorage();
    const wrong = review(undefined, false, T0);
    const right = review(undefined, true, T0);
    const cards = {
      'gen-invocation-s3': wrong, // services: 0 of 1
      'gen-permission-s3': review(wrong, true, wrong.due), // permissions: 1 of 2
      'gen-model-s3': right, // push and pull: all right, not weak
    };
    storage.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), cards }));
    const { user } = renderQuiz(storage);
    await user.click(screen.getByRole('button', { name: 'Progress' }));
    const panel = screen.getByRole('region', { name: 'Your weakest topics' });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Services and how they invoke: 0 of 1 answer right (0 %)',
      'Permissions: 1 of 2 answers right (50 %)',
    ]);
    await user.click(within(panel).getByRole('button', { name: 'Practise these 2 topics' }));
    const session = useQuizStore.getState().session!;
    expect(useQuizStore.getState().screen).toBe('practice');
    expect(session.title).toBe('2 topics');
    expect(screen.getByText(`2 topics · question 1 of ${session.ids.length}`)).toBeInTheDocument();
  });

  it('imports a progress file after confirmation, and refuses a bad one without touching anything', async () => {
    const storage = new MemoryStorage();
    const { user } = renderQuiz(storage);
    await user.click(screen.getByRole('button', { name: 'Progress' }));
    const input = screen.getByLabelText('Progress file to import');

    await user.upload(input, new File(['{"hello":1}'], 'notes.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Import and replace' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'This file is not a Lambda Event Lab progress export (it has no quiz-progress marker). Your current progress is unchanged.',
    );
    expect(useQuizStore.getState().progress).toEqual(emptyProgress());

    const good = exportProgress(
      { ...emptyProgress(), cards: { 'gen-invocation-s3': review(undefined, true, T0) } },
      T0,
    );
    await user.upload(input, new File([good], 'progress.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Import and replace' }));
    expect(screen.getByRole('status')).toHaveTextContent('Imported progress.json.');
    expect(Object.keys(JSON.parse(storage.getItem(PROGRESS_KEY)!).cards)).toEqual([
      'gen-invocation-s3',
    ]);
  });

  it('resets only after confirmation', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        ...emptyProgress(),
        cards: { 'gen-invocation-s3': review(undefined, true, T0) },
      }),
    );
    const { user } = renderQuiz(storage);
    await user.click(screen.getByRole('button', { name: 'Progress' }));
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.keys(useQuizStore.getState().progress.cards)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });
});
