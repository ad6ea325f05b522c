import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentRun, selectNode, usePlaybackStore, useSelectionStore } from '../../../src/store';
import { fateCounts, openNode, scenario, traceCount } from './helpers';

/** Replace a field's text the way typing does, one change event for the whole value. */
function setText(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

describe('the node inspector', () => {
  it('shows the selected node’s title, what it is, and closes with the button or Escape', async () => {
    const { user } = await openNode('async-retries', 'function');
    expect(screen.getByRole('heading', { name: 'resize-image' })).toBeInTheDocument();
    expect(screen.getByText('Lambda function')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close settings' }));
    expect(useSelectionStore.getState().node).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Edit the function’s settings' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the function’s settings' }));
    expect(useSelectionStore.getState().node).toBe('function');
    await user.keyboard('{Escape}');
    expect(useSelectionStore.getState().node).toBeNull();
  });

  it('reserved concurrency 0 throttles every request', async () => {
    await openNode('sync-throttle', 'function', 2_000);
    expect(fateCounts()).toEqual({ succeeded: 1, throttled: 2 });
    const reserved = await screen.findByRole('spinbutton', { name: 'Reserved concurrency' });
    expect(reserved).toHaveValue(1);
    setText(reserved, '0');
    expect(scenario().function.reservedConcurrency).toBe(0);
    expect(fateCounts()).toEqual({ throttled: 3 });
    // All three arrive at 0 s and are refused at once: the run now ends there, so does the playhead.
    expect(currentRun().endTime).toBe(0);
    expect(usePlaybackStore.getState().t).toBe(0);
    // Empty means no reservation at all.
    setText(reserved, '');
    expect(scenario().function.reservedConcurrency).toBeUndefined();
  });

  it('a shorter timeout makes the one-second invocations time out', async () => {
    await openNode('api-gateway-throttle', 'function', 5_000);
    expect(fateCounts()).toEqual({ succeeded: 3, throttled: 4, 'http-500': 2 });
    const timeout = screen.getByRole('spinbutton', { name: 'Timeout (s)' });
    setText(timeout, '1');
    expect(scenario().function.timeoutSeconds).toBe(1);
    expect(fateCounts()).toEqual({ 'timed-out': 2, throttled: 4, 'http-502': 1, 'http-500': 2 });
    expect(usePlaybackStore.getState().t).toBe(5_000);
  });

  it('an out-of-range timeout shows the parser’s message and leaves the scenario as it was', async () => {
    const { user } = await openNode('api-gateway-throttle', 'function');
    const before = scenario();
    const timeout = screen.getByRole('spinbutton', { name: 'Timeout (s)' });
    await user.clear(timeout);
    await user.type(timeout, '1000');
    expect(timeout).toHaveValue(1000);
    expect(timeout).toHaveAttribute('aria-invalid', 'true');
    const message = document.getElementById(
      timeout.getAttribute('aria-describedby')!.split(' ').at(-1)!,
    );
    expect(message).toHaveTextContent('must be a whole number from 1 to 900 s');
    expect(screen.getByRole('alert')).toHaveTextContent('Not applied');
    // "1" was valid on the way and ran; then "10", "100" too; "1000" did not replace it.
    expect(scenario().function.timeoutSeconds).toBe(100);
    await user.click(screen.getByRole('button', { name: 'Undo the changes not applied' }));
    expect(timeout).toHaveValue(100);
    expect(timeout).not.toHaveAttribute('aria-invalid');
    expect(before.function.timeoutSeconds).toBe(3);
  });

  it('an invalid paste changes nothing at all', async () => {
    await openNode('async-retries', 'function');
    const before = scenario();
    setText(screen.getByRole('spinbutton', { name: 'Memory (MB)' }), '64');
    expect(scenario()).toBe(before);
    expect(screen.getByText('must be a whole number from 128 to 10,240 MB')).toBeInTheDocument();
  });

  it('memory is applied as typed; the run itself does not depend on it', async () => {
    await openNode('async-retries', 'function');
    const trace = traceCount('invoke.start');
    setText(screen.getByRole('spinbutton', { name: 'Memory (MB)' }), '1024');
    expect(scenario().function.memoryMb).toBe(1024);
    expect(traceCount('invoke.start')).toBe(trace);
  });

  it('async retries 0 means one attempt per event before the DLQ', async () => {
    await openNode('async-retries', 'async-queue', 1_000);
    expect(traceCount('invoke.start')).toBe(6);
    const retries = screen.getByRole('spinbutton', { name: 'Retry attempts' });
    expect(retries).toHaveAttribute('min', '0');
    expect(retries).toHaveAttribute('max', '2');
    setText(retries, '0');
    expect(traceCount('invoke.start')).toBe(2);
    expect(traceCount('async.retry')).toBe(0);
    expect(fateCounts()).toEqual({ dlq: 2 });
    expect(usePlaybackStore.getState().t).toBe(1_000);
  });

  it('an SQS batch size of 1 invokes once per message', async () => {
    await openNode('sqs-redrive', 'esm:sqs:orders');
    expect(traceCount('queue.batch')).toBe(3);
    setText(screen.getByRole('spinbutton', { name: 'Batch size' }), '1');
    expect(scenario().queues![0]!.mapping!.batchSize).toBe(1);
    expect(traceCount('queue.batch')).toBe(12);
    expect(fateCounts()).toMatchObject({ processed: 9, redriven: 1 });
  });

  it('bisecting a stream’s failing batch isolates the poison record', async () => {
    const { user } = await openNode('kinesis-poison', 'esm:clickstream');
    expect(traceCount('stream.bisect')).toBe(0);
    await user.click(
      screen.getByRole('checkbox', { name: 'Split the batch on a function error (bisect)' }),
    );
    expect(scenario().streams![0]!.mapping.bisectBatchOnFunctionError).toBe(true);
    expect(traceCount('stream.bisect')).toBe(1);
    expect(fateCounts()).toMatchObject({ bisected: 1, expired: 3 });
  });

  it('adds and removes an optional setting: a redrive policy', async () => {
    const { user } = await openNode('sqs-redrive', 'sqs:orders');
    expect(traceCount('queue.redriven')).toBe(10);
    await user.click(screen.getByRole('button', { name: 'Remove redrive policy' }));
    expect(scenario().queues![0]!.redrivePolicy).toBeUndefined();
    expect(traceCount('queue.redriven')).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Add redrive policy' }));
    // The dead-letter queue still needs a name: nothing is applied yet.
    const name = screen.getByRole('textbox', { name: 'Dead-letter queue' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(scenario().queues![0]!.redrivePolicy).toBeUndefined();
    await user.type(name, 'orders-dlq');
    expect(scenario().queues![0]!.redrivePolicy).toEqual({
      deadLetterQueue: 'orders-dlq',
      maxReceiveCount: 1,
    });
  });

  it('a box without settings of its own says so', async () => {
    await openNode('async-retries', 'function');
    act(() => selectNode('nothing:here'));
    expect(screen.getByText('This box has no settings of its own.')).toBeInTheDocument();
  });

  it('lists a caller’s settings, its arrivals kind among them', async () => {
    await openNode('sync-throttle', 'workload:api');
    const group = screen.getByRole('group', { name: 'Arrivals' });
    expect(within(group).getByRole('combobox', { name: 'Kind' })).toHaveDisplayValue(
      scenario().workloads[0]!.arrivals.kind,
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Invocation type' })).toHaveDisplayValue(
        'RequestResponse',
      ),
    );
  });
});
