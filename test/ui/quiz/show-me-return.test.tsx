import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reloadQuiz, startPractice, useQuizStore } from '../../../src/ui/quiz/store';
import { renderApp } from '../render';
import { MemoryStorage } from './helpers';

beforeEach(() => {
  reloadQuiz(new MemoryStorage());
  window.history.replaceState(null, '', '/?tool=quiz');
});
afterEach(() => window.history.replaceState(null, '', '/'));

// The whole app, with the quiz loaded lazily as in the browser: slower than one screen.
describe('"Show me in the simulator" and the way back', () => {
  it('opens the named scenario, then "Back to question 2" returns to the same answered question', async () => {
    const { user } = renderApp();
    act(() => startPractice('Test', ['gen-invocation-s3', 'predict-sync-error-runs'], Date.now()));
    await user.click(await screen.findByRole('radio', { name: /It calls Invoke with the Event/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(screen.getByRole('radio', { name: /^Once/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Show me in the simulator' }));

    const banner = await screen.findByRole('complementary', { name: 'Opened from the quiz' });
    expect(window.location.search).toBe('');
    expect(banner).toHaveTextContent(
      'Opened from the quiz: A synchronous call to a failing function',
    );
    await user.click(within(banner).getByRole('button', { name: 'Back to question 2' }));

    expect(window.location.search).toBe('?tool=quiz');
    expect(await screen.findByText('Test · question 2 of 2')).toBeInTheDocument();
    // Still answered, feedback and all.
    expect(
      within(screen.getByRole('region', { name: 'Feedback' })).getByRole('status'),
    ).toHaveTextContent('Right');
    expect(useQuizStore.getState().session?.index).toBe(1);
    expect(screen.queryByRole('complementary', { name: 'Opened from the quiz' })).toBeNull();
  });

  it('lets the learner stay in the simulator instead', async () => {
    const { user } = renderApp();
    act(() => startPractice('Test', ['predict-sync-error-runs'], Date.now()));
    await user.click(await screen.findByRole('radio', { name: /^Once/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Show me in the simulator' }));
    const banner = await screen.findByRole('complementary', { name: 'Opened from the quiz' });
    await user.click(within(banner).getByRole('button', { name: 'Stay here' }));
    expect(screen.queryByRole('complementary', { name: 'Opened from the quiz' })).toBeNull();
    expect(window.location.search).toBe('');
  });
});
