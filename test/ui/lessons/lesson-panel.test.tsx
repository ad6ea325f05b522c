import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { PROGRESS_KEY } from '../../../src/lessons/progress';
import {
  resetAll,
  usePlaybackStore,
  useNarrationStore,
  useScenarioStore,
} from '../../../src/store';
import { setPresenting } from '../../../src/store';
import { showLesson } from '../../../src/ui/lessons/lesson-address';
import { revealStep } from '../../../src/ui/lessons/session';
import { reloadProgress } from '../../../src/ui/lessons/progress-store';
import { renderApp } from '../render';

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

const panel = () => screen.getByRole('region', { name: /push vs pull|synchronous/i });
const narration = () => screen.getByTestId('lesson-narration').textContent ?? '';

beforeEach(() => {
  window.localStorage.clear();
  reloadProgress();
  showLesson(true);
});
afterEach(() => {
  act(() => setPresenting(false));
  openAt('');
});

describe('the lesson panel', () => {
  it('opens the step the address names, beside the diagram, with its narration as caption', async () => {
    openAt('?lesson=push-vs-pull&step=2');
    renderApp();
    expect(await screen.findByText('Step 2 of 7', { exact: false })).toBeInTheDocument();
    await waitFor(() => expect(useScenarioStore.getState().presetId).toBe('push-vs-pull'));
    expect(usePlaybackStore.getState().t).toBe(1_000);
    expect(narration()).toMatch(/^Nobody called the function/);
    expect(useNarrationStore.getState().caption).toBe(narration());
    expect(screen.getByRole('button', { name: 'Lesson', pressed: true })).toBeInTheDocument();
    expect(document.querySelector('.area-diagram')).not.toBeNull();
  });

  it('holds at a question until it is answered, then says whether it was right', async () => {
    openAt('?lesson=push-vs-pull&step=1');
    const { user } = renderApp();
    await screen.findByText('Step 1 of 7', { exact: false });
    const next = within(panel()).getByRole('button', { name: 'Next' });
    expect(next).toBeDisabled();
    expect(screen.getByText(/Answer to go on/)).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: /who invokes the function/i });
    const options = within(group).getAllByRole('radio');
    expect(options).toHaveLength(3);
    // A wrong answer: both stay marked, the chosen one and the right one, until Watch why.
    await user.click(within(group).getByRole('radio', { name: /SQS, calling the Invoke API/ }));
    expect(await screen.findByText('Not this time.')).toBeInTheDocument();
    expect(
      within(group).getByRole('radio', { name: /SQS, calling the Invoke API/ }),
    ).toHaveTextContent('your answer');
    expect(
      within(group).getByRole('radio', { name: /SQS poller, with a batch/ }),
    ).toHaveTextContent('right answer');
    expect(usePlaybackStore.getState().playing).toBe(false);
    // Watch why: the reveal plays on, and the panel names the right one.
    await user.click(within(panel()).getByRole('button', { name: 'Watch why' }));
    expect(
      screen.getByText(/The answer is: Lambda’s SQS poller, with a batch/),
    ).toBeInTheDocument();
    expect(usePlaybackStore.getState().playing).toBe(true);
    // Skip ahead: straight to the reveal's moment.
    await user.click(within(panel()).getByRole('button', { name: 'Skip ahead' }));
    await waitFor(() => expect(narration()).toMatch(/^Nobody called the function/));
    expect(usePlaybackStore.getState()).toMatchObject({ t: 1_000, playing: false });
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!)).toEqual({
      version: 1,
      lessons: { 'push-vs-pull': { reached: 2, done: false } },
    });
  });

  it('after a question revealed for the room, Watch why names the answer, not a wrong choice', async () => {
    openAt('?lesson=push-vs-pull&step=1');
    const { user } = renderApp();
    await screen.findByText('Step 1 of 7', { exact: false });
    // A presenter's PageDown at a question: the right answer marked, nobody's choice.
    act(() => revealStep());
    expect(
      screen.getByText('The right answer is marked. Next plays on to show why.'),
    ).toBeVisible();
    await user.click(within(panel()).getByRole('button', { name: 'Watch why' }));
    expect(
      screen.getByText('The answer: Lambda’s SQS poller, with a batch — watch why.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Not this time.')).toBeNull();
    expect(screen.queryByText('Right.')).toBeNull();
  });

  it('at the end, PageDown opens the next lesson at its first step; the caption says so', async () => {
    openAt('?lesson=push-vs-pull&step=7');
    const { user } = renderApp();
    await screen.findByText('Step 7 of 7', { exact: false });
    act(() => setPresenting(true));
    const caption = screen.getByRole('region', { name: 'Caption' });
    await waitFor(() =>
      expect(caption).toHaveTextContent(/^Push vs pull · Step 7 of 7For the exam/),
    );
    await user.keyboard('{PageDown}');
    // The caption carries the end for the room: the tally and what the clicker does now.
    expect(caption).toHaveTextContent(
      'Push vs pull · Step 7 of 7Lesson complete. 3 questions, answered by the room.PgDn: next lesson — Synchronous vs asynchronous',
    );
    expect(useNarrationStore.getState().end).toEqual({
      tally: '3 questions, answered by the room.',
      next: 'Synchronous vs asynchronous',
    });
    await user.keyboard('{PageDown}');
    expect(window.location.search).toBe('?lesson=sync-vs-async&step=1');
    await waitFor(() =>
      expect(caption).toHaveTextContent(/^Synchronous vs asynchronous · Step 1 of 8/),
    );
    await waitFor(() => expect(useScenarioStore.getState().presetId).toBe('api-gateway-throttle'));
  });

  it('after the last lesson, Next leaves the lesson for the simulator', async () => {
    openAt('?lesson=eventbridge-rules&step=10');
    const { user } = renderApp();
    await screen.findByText('Step 10 of 10', { exact: false });
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByText(/That was the last lesson/)).toBeInTheDocument();
    // Finished, the nav's Next gives way to the end's own way on.
    expect(screen.queryByRole('button', { name: 'Finish' })).toBeNull();
    await user.keyboard('{PageDown}');
    expect(window.location.search).toBe('');
  });

  it('Back (and PageUp) travel to the previous step’s exact time and scenario', async () => {
    openAt('?lesson=sync-vs-async&step=6');
    const { user } = renderApp();
    await screen.findByText('Step 6 of 8', { exact: false });
    await waitFor(() => expect(useScenarioStore.getState().presetId).toBe('async-retries'));
    expect(usePlaybackStore.getState().t).toBe(350);
    await user.click(within(panel()).getByRole('button', { name: 'Back' }));
    await screen.findByText('Step 5 of 8', { exact: false });
    expect(usePlaybackStore.getState().t).toBe(0);
    await user.keyboard('{PageUp}');
    await screen.findByText('Step 4 of 8', { exact: false });
    await waitFor(() => expect(useScenarioStore.getState().presetId).toBe('api-gateway-throttle'));
    expect(usePlaybackStore.getState()).toMatchObject({ t: 5_000, playing: false });
    expect(window.location.search).toBe('?lesson=sync-vs-async&step=4');
  });

  it('says so when the address names no such lesson, and exits cleanly', async () => {
    openAt('?lesson=nope');
    const { user } = renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no lesson called “nope”.');
    await user.click(screen.getByRole('button', { name: 'Exit lesson' }));
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('button', { name: 'Lesson' })).toBeNull();
    await act(async () => {});
    expect(useNarrationStore.getState().caption).toBeNull();
  });

  it('asks before a lesson replaces edited work, and keeps it when told to', async () => {
    openAt('?lesson=push-vs-pull&step=1');
    vi.stubGlobal(
      'requestAnimationFrame',
      vi.fn(() => 1),
    );
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    resetAll('async-retries');
    useScenarioStore.setState({ presetId: null, edited: true });
    const edited = useScenarioStore.getState().scenario;
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The lesson did not start, so your edited scenario is still open.',
    );
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(useScenarioStore.getState()).toMatchObject({ scenario: edited, edited: true });
    vi.unstubAllGlobals();
  });
});
