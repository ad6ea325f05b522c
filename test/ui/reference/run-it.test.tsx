import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { usePlaybackStore, useScenarioStore, useSelectionStore } from '../../../src/store';
import { renderApp } from '../render';

/** One valid scenario, for SQS: the journey from the reference page into the simulator. */
vi.mock('../../../src/scenario/service-scenarios', () => ({
  scenarioForService: (id: string) =>
    id === 'sqs'
      ? {
          version: 1,
          name: 'SQS batch test',
          description: 'A queue read by Lambda.',
          seed: 7,
          durationMs: 60_000,
        }
      : undefined,
}));

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

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

describe('Run it', () => {
  it('loads the service’s scenario and opens the simulator on it, paused at the start', async () => {
    window.history.replaceState(null, '', '/?tool=reference&model=poll&open=sqs#s=keep');
    const scrollTo = vi.fn();
    vi.stubGlobal('scrollTo', scrollTo);
    const { user } = renderApp();
    usePlaybackStore.setState({ t: 5_000, playing: true });
    useSelectionStore.setState({ message: 3 });

    const run = await screen.findByRole('button', { name: 'Run it: SQS' });
    await user.click(run);

    const { scenario, presetId } = useScenarioStore.getState();
    expect(presetId).toBeNull();
    expect(scenario.name).toBe('SQS batch test');
    expect(scenario.seed).toBe(7);
    expect(scenario.durationMs).toBe(60_000);
    expect(usePlaybackStore.getState()).toMatchObject({ t: 0, playing: false });
    expect(useSelectionStore.getState().message).toBeNull();
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });

    // The simulator, showing the scenario by name; its address carries none of the page's state.
    const nav = screen.getByRole('navigation', { name: 'Tools' });
    expect(within(nav).getByRole('link', { name: 'Simulator' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByRole('heading', { name: 'SQS batch test' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('');
    expect(window.location.search).toBe('');
    // The fragment now holds the new scenario's share link.
    await waitFor(() => expect(window.location.hash).toMatch(/^#v1\./));

    // Back returns to the reference page as it was left.
    await goBack();
    expect(await screen.findByRole('button', { name: 'Run it: SQS' })).toBeVisible();
    expect(window.location.search).toBe('?tool=reference&model=poll&open=sqs');
    expect(screen.getByRole('button', { name: /^Poll \d+$/, pressed: true })).toBeInTheDocument();
  });

  it('does nothing but explain itself when there is no scenario', async () => {
    window.history.replaceState(null, '', '/?tool=reference&open=sns');
    const { user } = renderApp();
    const run = await screen.findByRole('button', { name: 'Run it: SNS' });
    await user.click(run);
    expect(useScenarioStore.getState().presetId).toBe('async-retries');
    expect(window.location.search).toBe('?tool=reference&open=sns');
    expect(run).toHaveAccessibleDescription('There is no simulator scenario for SNS yet.');
  });
});
