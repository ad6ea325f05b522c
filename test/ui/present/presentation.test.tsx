import { act, screen, waitFor } from '@testing-library/react';
import { activeFaults } from '../../../src/store/faults';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  setPresenting,
  useNarrationStore,
  usePlaybackStore,
  usePresentationStore,
} from '../../../src/store';
import { renderApp } from '../render';

beforeEach(() => {
  setPresenting(false);
  usePresentationStore.setState({ theme: 'light' });
  useNarrationStore.setState({ caption: null });
});

const root = () => document.documentElement;
const caption = () => screen.getByRole('region', { name: 'Caption' });

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
    // The hint and the caption bar load when presenting starts (or once the page is idle).
    expect(await screen.findByText(/blank ·/)).toHaveTextContent(
      'PgDn next · PgUp back · . play · b blank · q QR · f exit',
    );
    expect(await screen.findByRole('region', { name: 'Caption' })).toBeInTheDocument();

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

  it('the caption tells every event of the latest moment at t, or the lesson', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    expect(usePlaybackStore.getState().t).toBe(1_150);
    // Two events at 1.150, the failure and its retry: the caption names the event and tells both.
    expect(caption().textContent).toBe(
      'Event #1: Attempt 1 failed after 800 ms: Simulated handler error — Retry 1 of 2 in 60 s: the function threw',
    );

    // Between events the caption keeps the latest moment.
    act(() => usePlaybackStore.setState({ t: 61_200 }));
    expect(caption().textContent).toBe('Event #1: Warm start: attempt 2 runs in environment 0');

    act(() => useNarrationStore.setState({ caption: 'Watch the retry queue.' }));
    expect(caption()).toHaveTextContent('Watch the retry queue.');
  });

  it('q puts the large QR code up without leaving presentation: the scenario, the moment, the address', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    act(() => usePlaybackStore.setState({ t: 61_150 }));
    await user.keyboard('q');
    const large = await screen.findByRole('dialog', { name: 'Large QR code' }, { timeout: 30_000 });
    expect(root()).toHaveAttribute('data-presenting');
    expect(large).toHaveTextContent('Async retries');
    expect(large).toHaveTextContent('at 1:01.150');
    expect(large.querySelector('.share-large__address')?.textContent).toMatch(
      /^localhost(:\d+)?\/#/,
    );
  });

  it('fault keys do nothing while presenting', async () => {
    const { user } = renderApp();
    await user.keyboard('f');
    await user.keyboard('5');
    expect(activeFaults().throttle).toBeUndefined();
    await user.keyboard('f');
    await user.keyboard('5');
    await waitFor(() => expect(activeFaults().throttle).toBe(true), { timeout: 30_000 });
    await user.keyboard('0');
    await waitFor(() => expect(activeFaults().throttle).toBeUndefined(), { timeout: 30_000 });
  });
});
