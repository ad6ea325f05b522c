import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  setPresenting,
  usePlaybackStore,
  useWelcomeStore,
  WELCOME_STORAGE_KEY,
} from '../../../src/store';
import { renderApp } from '../render';

function reset(): void {
  window.localStorage.removeItem(WELCOME_STORAGE_KEY);
  act(() => {
    setPresenting(false);
    useWelcomeStore.setState({ open: true });
  });
}

describe('the first-visit welcome', () => {
  afterEach(() => {
    window.localStorage.removeItem(WELCOME_STORAGE_KEY);
    act(() => usePlaybackStore.setState({ playing: false }));
  });

  it('says what the app is for and where to start, and is remembered once closed', async () => {
    reset();
    const { user } = renderApp();
    // Its own chunk: it comes a moment after the simulator (with the closed panels' chunks
    // fetched at the same time, so a busy machine gets the setup's longer wait).
    const welcome = await screen.findByRole('region', {
      name: 'Watch AWS Lambda handle events, one at a time',
    });
    expect(within(welcome).getByRole('heading', { name: 'Start here' })).toBeInTheDocument();
    expect(
      within(welcome)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Lesson 1: Push vs pull',
      'Then play this scenario',
      'Test yourself in the quiz',
      'Not now ×',
    ]);
    await user.click(within(welcome).getByRole('button', { name: 'Close the welcome' }));
    expect(screen.queryByRole('region', { name: /Watch AWS Lambda/ })).toBeNull();
    expect(window.localStorage.getItem(WELCOME_STORAGE_KEY)).toBe('dismissed');
  });

  it('“Then play this scenario” closes it and plays', async () => {
    reset();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Then play this scenario' }));
    expect(usePlaybackStore.getState().playing).toBe(true);
    expect(screen.queryByRole('region', { name: /Watch AWS Lambda/ })).toBeNull();
  });

  it('the first lesson opens the lesson and closes it', async () => {
    reset();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Lesson 1:/ }));
    expect(window.location.search).toBe('?lesson=push-vs-pull&step=1');
    expect(screen.queryByRole('region', { name: /Watch AWS Lambda/ })).toBeNull();
  });

  it('stays out of a presentation', async () => {
    reset();
    act(() => setPresenting(true));
    renderApp();
    // Long enough for its chunk to have come, had it been asked for.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('region', { name: /Watch AWS Lambda/ })).toBeNull();
  });
});
