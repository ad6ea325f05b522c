import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { presetScenario, usePlaybackStore, useScenarioStore, currentRun } from '../../../src/store';
import { renderApp } from '../render';

const toolbar = () => screen.getByRole('toolbar', { name: 'Faults' });
const button = (name: RegExp) => within(toolbar()).getByRole('button', { name });

describe('the fault toolbar', () => {
  it('starts with every fault off, and says why a fault cannot apply', async () => {
    renderApp();
    expect(
      within(toolbar())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '1Errors: off',
      '2First 3 fail',
      '3Poison message',
      '4Timeouts',
      '5Throttle',
      '6Remove permission',
      '7Destination outage',
      '0Clear faults',
    ]);
    for (const b of within(toolbar()).getAllByRole('button').slice(0, 7))
      expect(b).toHaveAttribute('aria-pressed', 'false');
    // async-retries: S3-style events with no source that needs a permission.
    expect(button(/Remove permission/)).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() =>
      expect(button(/Remove permission/)).toHaveAttribute(
        'title',
        'No event source here needs a permission that is still granted (key 6)',
      ),
    );
    // Still focusable, with its reason as its description for screen readers.
    expect(button(/Remove permission/)).toHaveAccessibleDescription(
      'No event source here needs a permission that is still granted',
    );
    expect(button(/Clear faults/)).toBeDisabled();
  });

  it('throttles with a click and restores the exact scenario with a second click', async () => {
    const { user } = renderApp();
    const before = useScenarioStore.getState().scenario;
    await user.click(button(/Throttle/));
    expect(button(/Throttle/)).toHaveAttribute('aria-pressed', 'true');
    expect(useScenarioStore.getState().scenario.function.reservedConcurrency).toBe(0);
    expect(currentRun().stats.throttles).toBe(2);
    expect(currentRun().stats.invocations).toBe(0);
    await user.click(button(/Throttle/));
    expect(button(/Throttle/)).toHaveAttribute('aria-pressed', 'false');
    expect(useScenarioStore.getState()).toMatchObject({
      scenario: before,
      presetId: 'async-retries',
      edited: false,
    });
  });

  it('works from the keyboard: 1 steps the error rate, 3 adds a poison event at the playhead, 0 clears', async () => {
    const { user } = renderApp();
    usePlaybackStore.setState({ t: 7_000 });
    await user.keyboard('1');
    expect(button(/Errors/)).toHaveTextContent('Errors: 10 %');
    await user.keyboard('1');
    await user.keyboard('1');
    expect(button(/Errors/)).toHaveTextContent('Errors: 100 %');
    await user.keyboard('3');
    const s = useScenarioStore.getState().scenario;
    expect(s.workloads.map((w) => [w.id, w.arrivals])).toEqual([
      ['uploads', { kind: 'single', atMs: [0, 5_000] }],
      ['poison', { kind: 'single', atMs: [7_000] }],
    ]);
    expect(button(/Poison/)).toHaveAttribute('aria-pressed', 'true');
    // The playhead stays where it was.
    expect(usePlaybackStore.getState().t).toBe(7_000);
    expect(button(/Clear faults/)).toBeEnabled();
    await user.keyboard('0');
    expect(useScenarioStore.getState().scenario).toBe(presetScenario('async-retries'));
    expect(button(/Errors/)).toHaveTextContent('Errors: off');
    expect(button(/Clear faults/)).toBeDisabled();
  });

  it('turning one fault off keeps the others', async () => {
    const { user } = renderApp();
    await user.keyboard('4');
    await user.keyboard('7');
    await user.keyboard('4');
    const s = useScenarioStore.getState().scenario;
    expect(s.function.behaviour).toEqual(presetScenario('async-retries').function.behaviour);
    expect(s.faults.destinationOutage).toEqual({ fromMs: 0, untilMs: 600_000 });
    expect(button(/Timeouts/)).toHaveAttribute('aria-pressed', 'false');
    expect(button(/Destination outage/)).toHaveAttribute('aria-pressed', 'true');
    expect(currentRun().trace.filter((e) => e.kind === 'dlq.failed')).toHaveLength(2);
  });
});
