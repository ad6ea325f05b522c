import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentRun,
  setPresenting,
  useNarrationStore,
  usePlaybackStore,
  usePresentationStore,
} from '../../../src/store';
import { eventSentenceAt, sentenceSelector } from '../../../src/ui/present/caption';
import { describeEvent } from '../../../src/view';
import { renderApp } from '../render';

beforeEach(() => {
  setPresenting(false);
  usePresentationStore.setState({ theme: 'light' });
  useNarrationStore.setState({ caption: null });
});

const root = () => document.documentElement;
const caption = () => screen.getByRole('region', { name: 'Caption' });
const lastCurrentRow = () => {
  const rows = document.querySelectorAll('.log-row--current .log-row__text');
  return rows[rows.length - 1]?.textContent;
};

describe('presentation mode', () => {
  it('the Present button and f start it; the page shows the hint and a caption', async () => {
    const { user } = renderApp();
    expect(root()).not.toHaveAttribute('data-presenting');
    expect(screen.queryByRole('region', { name: 'Caption' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(root()).toHaveAttribute('data-presenting');
    // Presenting in the light theme shows high contrast; the saved choice stays light.
    expect(root().dataset.theme).toBe('contrast');
    expect(usePresentationStore.getState().theme).toBe('light');
    expect(screen.getByText(/blank ·/)).toHaveTextContent(
      'PgDn next · PgUp back · . play · b blank · f exit',
    );
    expect(caption()).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(root()).not.toHaveAttribute('data-presenting');
    expect(root().dataset.theme).toBe('light');

    await user.keyboard('f');
    expect(root()).toHaveAttribute('data-presenting');
    await user.keyboard('{Escape}');
    expect(root()).not.toHaveAttribute('data-presenting');
  });

  it('b blanks the screen to black and back', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    await user.keyboard('b');
    expect(root()).toHaveAttribute('data-blank');
    expect(screen.getByRole('button', { name: 'Show the screen again (b)' })).toBeInTheDocument();
    await user.keyboard('b');
    expect(root()).not.toHaveAttribute('data-blank');
    expect(screen.queryByRole('button', { name: 'Show the screen again (b)' })).toBeNull();
  });

  it('leaves presentation mode when the browser leaves fullscreen', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    // jsdom has no fullscreen: document.fullscreenElement is undefined, as after the browser's Esc.
    act(() => void document.dispatchEvent(new Event('fullscreenchange')));
    expect(usePresentationStore.getState().presenting).toBe(false);
  });

  it('the caption reads the log sentence of the latest event at t, or the lesson', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    expect(usePlaybackStore.getState().t).toBe(1_150);
    // Two events at 1.150 (the failure, then its retry): the caption reads the later one.
    expect(caption()).toHaveTextContent('Retry 1 of 2 in 60 s: the function threw');
    expect(caption().textContent).toBe(lastCurrentRow());

    // Between events the caption keeps the latest one's sentence.
    act(() => usePlaybackStore.setState({ t: 61_200 }));
    expect(caption()).toHaveTextContent('Warm start: attempt 2 runs in environment 0');
    expect(caption().textContent).toBe(lastCurrentRow());

    act(() => useNarrationStore.setState({ caption: 'Watch the retry queue.' }));
    expect(caption()).toHaveTextContent('Watch the retry queue.');
  });
});

describe('caption sentences', () => {
  it('are null before the first event and the log sentence after', () => {
    const run = currentRun();
    const last = run.trace[run.trace.length - 1]!;
    expect(eventSentenceAt(run, -1)).toBeNull();
    expect(eventSentenceAt(run, run.endTime)).toBe(describeEvent(last, run));
  });

  it('the selector words an event once and returns the same sentence between events', () => {
    const run = currentRun();
    const select = sentenceSelector(run);
    const a = select({ t: 61_200 });
    expect(a).toBe('Warm start: attempt 2 runs in environment 0');
    expect(select({ t: 61_300 })).toBe(a);
    expect(select({ t: 350 })).toBe('Attempt 1 starts in environment 0 after Init');
  });
});
