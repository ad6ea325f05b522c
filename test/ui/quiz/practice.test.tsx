import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../../src/quiz/progress';
import {
  usePlaybackStore,
  useScenarioStore,
  useSelectionStore,
  resetAll,
  DEFAULT_PRESET,
} from '../../../src/store';
import { startPractice, useQuizStore } from '../../../src/ui/quiz/store';
import { renderQuiz } from './helpers';

beforeEach(() => {
  resetAll(DEFAULT_PRESET);
  window.history.replaceState(null, '', '/?tool=quiz');
});
afterEach(() => window.history.replaceState(null, '', '/'));

const option = (text: string) =>
  screen.getAllByRole('radio').find((r) => r.closest('label')?.textContent?.includes(text))!;

describe('practice', () => {
  it('lists topics with their counts and starts a session over the chosen ones', async () => {
    const { user } = renderQuiz();
    const provisioned = screen.getByRole('checkbox', { name: /Provisioned concurrency/ });
    const start = screen.getByRole('button', { name: 'Choose a topic to start' });
    expect(start).toBeDisabled();
    await user.click(provisioned);
    const n = useQuizStore.getState().topics.length;
    expect(n).toBe(1);
    const label = screen.getByRole('button', { name: /^Start: \d+ questions?$/ });
    const count = Number(/(\d+)/.exec(label.textContent!)![1]);
    await user.click(label);
    expect(
      screen.getByText(`Provisioned concurrency · question 1 of ${count}`),
    ).toBeInTheDocument();
  });

  it('gives instant feedback with every option’s why, then "show me" opens the simulator at the moment', async () => {
    const { user, storage } = renderQuiz();
    act(() => startPractice('Test', ['predict-sync-error-runs', 'gen-invocation-s3'], Date.now()));
    expect(
      screen.getByText(/How many times does Lambda run the function for this call\?/),
    ).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check answer' });
    expect(check).toBeDisabled();
    await user.click(option('Once'));
    await user.click(check);

    const feedback = screen.getByRole('region', { name: 'Feedback' });
    expect(within(feedback).getByRole('status')).toHaveTextContent('Right');
    // Every option now says why it is right or wrong.
    expect(
      screen.getByText(/Three runs \(two retries\) is the asynchronous default/),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Right answer, and yours')).toHaveLength(1);
    expect(screen.getAllByText('Wrong')).toHaveLength(3);
    // The moment that proves it: the caller's response at 0:00.450.
    expect(within(feedback).getByText('0:00.450')).toBeInTheDocument();
    // The answer is scheduled and saved.
    expect(
      JSON.parse(storage.getItem(PROGRESS_KEY)!).cards['predict-sync-error-runs'],
    ).toMatchObject({
      answered: 1,
      right: 1,
      lastCorrect: true,
    });

    // The button names the scenario it opens.
    expect(
      within(feedback).getByRole('button', {
        name: 'Show me in the simulator',
        description: /^Opens “A synchronous call to a failing function” paused at 0:00\.450: /,
      }),
    ).toBeInTheDocument();
    await user.click(within(feedback).getByRole('button', { name: 'Show me in the simulator' }));
    expect(window.location.search).toBe('');
    expect(usePlaybackStore.getState()).toMatchObject({ t: 450, playing: false });
    expect(useScenarioStore.getState().presetId).toBeNull();
    expect(useScenarioStore.getState().scenario.function.name).toBe('validate-order');
    expect(useSelectionStore.getState().message).toBe(0);
  });

  it('marks a wrong answer, shows the right one, and offers the misses again at the end', async () => {
    const { user } = renderQuiz();
    act(() => startPractice('Test', ['gen-invocation-s3', 'predict-sync-error-runs'], Date.now()));
    await user.click(option('It calls Invoke with RequestResponse'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not quite');
    expect(
      screen.getByText(
        'The right answer: It calls Invoke with the Event type: Lambda queues the event, then retries.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Your answer: wrong')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    await user.click(option('Once'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'See how it went' }));
    expect(screen.getByText('1 of 2 right.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed' }));
    expect(screen.getByText('Retry missed · question 1 of 1')).toBeInTheDocument();
    expect(useQuizStore.getState().session?.ids).toEqual(['gen-invocation-s3']);
  });

  it('answers from the keyboard: 1–6 choose as shown, Enter checks and moves on', async () => {
    const { user } = renderQuiz();
    act(() => startPractice('Keys', ['gen-pick-poll-1', 'gen-invocation-s3'], Date.now()));
    const boxes = screen.getAllByRole('checkbox');
    // Choose two: tick the two right ones by their shown position.
    const right = boxes
      .map((b, i) => [b, i] as const)
      .filter(([b]) => /SQS|DynamoDB/.test(b.closest('label')!.textContent!))
      .map(([, i]) => i + 1);
    expect(right).toHaveLength(2);
    await user.keyboard(`${right[0]}${right[1]}`);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Right');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Keys · question 2 of 2')).toBeInTheDocument();
  });
});

describe('ending a session early', () => {
  it('shows what was answered so far', async () => {
    const { user } = renderQuiz();
    act(() => startPractice('Early', ['predict-sync-error-runs', 'gen-invocation-s3'], Date.now()));
    await user.click(option('Once'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'End session' }));
    expect(screen.getByText('1 of 1 right.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to topics' }));
    expect(screen.getByRole('heading', { name: 'Practice by topic' })).toBeInTheDocument();
  });
});
