import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  currentRun,
  resetAll,
  seek,
  selectMessage,
  usePlaybackStore,
  useSelectionStore,
} from '../../../src/store';
import { SidePanel } from '../../../src/ui/inspector/SidePanel';

function openMessage(preset: string, msg: number, t = 0) {
  resetAll(preset);
  const user = userEvent.setup();
  render(<SidePanel />);
  act(() => {
    seek(t);
    selectMessage(msg);
  });
  return user;
}

describe('the message inspector', () => {
  it('lists the message’s whole journey and marks the step the playhead has reached', async () => {
    openMessage('async-retries', 0, 61_500);
    const journey = await screen.findByRole('list', { name: 'Journey of this message' });
    const rows = within(journey).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      '0:00.000Event accepted (202) and queued for the function',
      '0:00.100Cold start: environment 0 initialises $LATEST (250 ms)',
      '0:00.350Attempt 1 starts in environment 0 after Init',
      '0:01.150Attempt 1 failed after 800 ms: Simulated handler error',
      '0:01.150Retry 1 of 2 in 60 s: the function threw',
      '1:01.150Warm start: attempt 2 runs in environment 0',
      '1:01.950Attempt 2 failed after 800 ms: Simulated handler error',
      '1:01.950Retry 2 of 2 in 120 s: the function threw',
      '3:01.950Warm start: attempt 3 runs in environment 0',
      '3:02.750Attempt 3 failed after 800 ms: Simulated handler error',
      '3:02.750Retries exhausted after 3 attempts',
      '3:02.750Sent to dead-letter queue resize-dlq (SQS)',
      '3:02.750Outcome: in the dead-letter queue',
    ]);
    expect(rows.filter((r) => r.getAttribute('aria-current') === 'step')).toEqual([rows[5]]);
    act(() => seek(0));
    expect(rows[0]).toHaveAttribute('aria-current', 'step');
  });

  it('a journey row jumps there: paused, at its time, the message still selected', async () => {
    const user = openMessage('async-retries', 0, 0);
    act(() => usePlaybackStore.setState({ playing: true }));
    await user.click(await screen.findByRole('button', { name: /1:01\.950.*Retry 2 of 2/ }));
    expect(usePlaybackStore.getState()).toMatchObject({ t: 61_950, playing: false });
    expect(useSelectionStore.getState().message).toBe(0);
    expect(
      screen.getByRole('button', { name: /1:01\.950.*Retry 2 of 2/ }).parentElement,
    ).toHaveAttribute('aria-current', 'step');
  });

  it('shows the payload exactly as the function receives it, as text', async () => {
    openMessage('async-retries', 0);
    const payload = await screen.findByRole('region', { name: 'Payload the function receives' });
    expect(payload.textContent).toBe('{\n  "bucket": "photos",\n  "key": "cat.jpg"\n}');
    expect(payload.tagName).toBe('PRE');
  });

  it('a poller’s batch lists its records and shows the batch event', async () => {
    resetAll('sqs-redrive');
    const batch = currentRun().messages.find((m) => m.workload === 'esm:sqs:orders')!;
    openMessage('sqs-redrive', batch.id);
    const records = within(
      screen.getByRole('list', { name: 'Records in this batch' }),
    ).getAllByRole('listitem');
    expect(records).toHaveLength(10);
    expect(records[9]).toHaveTextContent(
      'b5d66ffa-0ea3-4aae-ab73-9dd7ffc45fca: {"orderId":"ord-0013"}',
    );
    const payload = screen.getByRole('region', { name: 'Payload the function receives' });
    const event = JSON.parse(payload.textContent!) as { Records: { messageId: string }[] };
    expect(event.Records).toHaveLength(10);
    expect(event.Records[9]!.messageId).toBe('b5d66ffa-0ea3-4aae-ab73-9dd7ffc45fca');
  });
});
