import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandForKey, runCommand } from '../../src/commands';
import {
  DEFAULT_PRESET,
  resetAll,
  selectNode,
  useScenarioStore,
  useSelectionStore,
} from '../../src/store';
import { requestBuild, toggleBuild, useBuildStore } from '../../src/store/build';
import { startFromScratch } from '../../src/store/build-actions';
import BuildPanel from '../../src/ui/build/BuildPanel';

beforeEach(async () => {
  resetAll(DEFAULT_PRESET);
  toggleBuild(true);
  await startFromScratch();
});
afterEach(() => toggleBuild(false));

const scenario = () => useScenarioStore.getState().scenario;

describe('the Build palette', () => {
  it('adds a piece from the keyboard: Tab to it, Enter', async () => {
    const user = userEvent.setup();
    render(<BuildPanel />);
    const queue = screen.getByRole('button', { name: /^SQS standard queue/ });
    queue.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(scenario().queues?.map((q) => q.name)).toEqual(['orders']));
    // The new box is picked, so the inspector edits it, and the live region says what happened.
    expect(useSelectionStore.getState().node).toBe('sqs:orders');
    expect(screen.getByRole('status')).toHaveTextContent('Added SQS standard queue.');
    expect(useScenarioStore.getState().presetId).toBeNull();
  });

  it('connects the picked queue to the function and lists refused arrows with their reason', async () => {
    const user = userEvent.setup();
    render(<BuildPanel />);
    await user.click(screen.getByRole('button', { name: /^SQS standard queue/ }));
    await waitFor(() => expect(screen.getByText('Connect to…')).toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Connect orders to' });
    const caller = screen.getByRole('button', { name: 'Caller (Caller)' });
    expect(caller).toBeDisabled();
    expect(caller).toHaveAccessibleDescription(
      'Arrows end at the function, or at a dead-letter queue or destination that receives failures or results.',
    );
    const fn = screen.getByRole('button', { name: 'my-function (Function)' });
    expect(list).toContainElement(fn);
    await user.click(fn);
    await waitFor(() => expect(scenario().queues?.[0]?.mapping).toBeDefined());
    expect(useSelectionStore.getState().node).toBe('esm:sqs:orders');

    // A DLQ piece goes to the picked box: the queue, as its redrive policy.
    act(() => selectNode('sqs:orders'));
    await user.click(screen.getByRole('button', { name: /^Dead-letter queue \(SQS\)/ }));
    await waitFor(() =>
      expect(scenario().queues?.[0]?.redrivePolicy).toEqual({
        deadLetterQueue: 'orders-dlq',
        maxReceiveCount: 5,
      }),
    );
  });

  it('says why a piece cannot go on the picked box', async () => {
    const user = userEvent.setup();
    render(<BuildPanel />);
    await user.click(screen.getByRole('button', { name: /^Dead-letter queue \(SQS FIFO\)/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'A FIFO queue cannot be a Lambda dead-letter queue — use a standard SQS queue or an SNS topic.',
    );
    expect(scenario().function.deadLetterQueue).toBeUndefined();
  });

  it('removes the picked box with Delete, only while the palette is open', async () => {
    render(<BuildPanel />);
    fireEvent.click(screen.getByRole('button', { name: /^SQS standard queue/ }));
    await waitFor(() => expect(useSelectionStore.getState().node).toBe('sqs:orders'));
    expect(commandForKey('Delete')?.id).toBe('build-remove');
    expect(commandForKey('Backspace')?.id).toBe('build-remove');
    expect(runCommand('build-remove')).toBe(true);
    await waitFor(() => expect(scenario().queues).toEqual([]));
    act(() => selectNode('workload:caller'));
    act(() => toggleBuild(false));
    expect(runCommand('build-remove')).toBe(false);
    expect(scenario().workloads).toHaveLength(1);
  });

  it('"a" opens and closes the palette', () => {
    toggleBuild(false);
    expect(commandForKey('a')?.id).toBe('build');
    runCommand('build');
    expect(useBuildStore.getState().open).toBe(true);
    runCommand('build');
    expect(useBuildStore.getState().open).toBe(false);
  });

  it('duplicates the current design as "Copy of …"', async () => {
    const user = userEvent.setup();
    render(<BuildPanel />);
    await user.click(screen.getByRole('button', { name: 'Duplicate this design' }));
    await waitFor(() => expect(scenario().name).toBe('Copy of My design'));
  });

  it('does what the scenario picker asks: start from scratch, or duplicate the preset', async () => {
    resetAll(DEFAULT_PRESET);
    render(<BuildPanel />);
    act(() => requestBuild('duplicate'));
    await waitFor(() => expect(scenario().name).toBe('Copy of Async retries, then the DLQ'));
    expect(useScenarioStore.getState().presetId).toBeNull();
    act(() => requestBuild('scratch'));
    await waitFor(() => expect(scenario().name).toBe('My design'));
    expect(scenario().workloads.map((w) => w.id)).toEqual(['caller']);
    expect(useBuildStore.getState().request).toBeNull();
  });
});
