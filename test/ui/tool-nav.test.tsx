import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { usePlaybackStore } from '../../src/store';
import { renderApp } from './render';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const nav = () => screen.getByRole('navigation', { name: 'Tools' });
const tab = (name: string) => within(nav()).getByRole('link', { name });

/** history.back() reports through an asynchronous popstate; wait for it. */
async function goBack() {
  await act(
    () =>
      new Promise<void>((resolve) => {
        window.addEventListener('popstate', () => resolve(), { once: true });
        window.history.back();
      }),
  );
}

describe('the tool tabs', () => {
  it('opens on the simulator, marked as the current page', () => {
    renderApp();
    expect(tab('Simulator')).toHaveAttribute('aria-current', 'page');
    expect(tab('Event patterns')).not.toHaveAttribute('aria-current');
    expect(tab('Event patterns')).toHaveAttribute('href', '/?tool=patterns');
    expect(tab('Schedules')).toHaveAttribute('href', '/?tool=schedules');
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toBeInTheDocument();
    expect(document.title).toBe('Lambda Event Lab');
  });

  it('switches tools in place, puts the tool in the URL, and comes back with Back', async () => {
    const { user } = renderApp();
    await user.click(tab('Event patterns'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Event pattern playground' }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?tool=patterns');
    expect(tab('Event patterns')).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Event pattern playground · Lambda Event Lab');
    // The scenario picker and the simulator are gone while another tool is open.
    expect(screen.queryByRole('combobox', { name: 'Scenario' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Event log' })).not.toBeInTheDocument();

    await user.click(tab('Schedules'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Schedule preview' }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?tool=schedules');

    await goBack();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Event pattern playground' }),
    ).toBeInTheDocument();
    await goBack();
    expect(screen.getByRole('region', { name: 'Event log' })).toBeInTheDocument();
    expect(tab('Simulator')).toHaveAttribute('aria-current', 'page');
    expect(window.location.search).toBe('');
  });

  it('keeps the rest of the URL as it was, fragment included', async () => {
    window.history.replaceState(null, '', '/?lesson=a%20b&x=1#s=abc');
    const { user } = renderApp();
    expect(tab('Schedules')).toHaveAttribute('href', '/?lesson=a%20b&x=1&tool=schedules#s=abc');
    await user.click(tab('Schedules'));
    expect(window.location.search).toBe('?lesson=a%20b&x=1&tool=schedules');
    expect(window.location.hash).toBe('#s=abc');
    await user.click(tab('Simulator'));
    expect(window.location.search).toBe('?lesson=a%20b&x=1');
    expect(window.location.hash).toBe('#s=abc');
  });

  it('leaves playback keys to the simulator', async () => {
    window.history.replaceState(null, '', '/?tool=schedules');
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Schedule preview' });
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(usePlaybackStore.getState()).toMatchObject({ playing: false, t: 0 });
  });
});
