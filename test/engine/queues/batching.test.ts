import { describe, expect, it } from 'vitest';
import { alwaysFails } from '../helpers';
import { kind, run, sentIds, timesOf } from './helpers';

const batches = (r: ReturnType<typeof run>) =>
  kind(r, 'queue.batch').map((e) => [e.t, e.detail?.count, e.detail?.closedBy, e.rule]);

describe('SQS batching', () => {
  it('without a window, invokes with what one receive returns, at once', () => {
    const r = run({
      durationMs: 60_000,
      queues: [
        {
          name: 'q',
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0, 0, 0, 2_000] } }],
          mapping: {},
        },
      ],
    });
    expect(batches(r)).toEqual([
      [0, 3, 'receive', 'sqs.mapping'],
      [2_000, 1, 'receive', 'sqs.mapping'],
    ]);
  });

  it('with a window, gathers until the window ends, counted from the first message', () => {
    const r = run({
      durationMs: 60_000,
      function: { timeoutSeconds: 3 },
      queues: [
        {
          name: 'q',
          producers: [
            { id: 'p', arrivals: { kind: 'single', atMs: [1_000, 2_000, 5_999, 6_000] } },
          ],
          mapping: { batchSize: 100, maximumBatchingWindowInSeconds: 5 },
        },
      ],
    });
    expect(batches(r)).toEqual([
      [6_000, 3, 'window', 'sqs.batching-window'],
      [11_000, 1, 'window', 'sqs.batching-window'],
    ]);
    // The messages are received (and hidden) as they join the batch, not when it closes.
    expect(sentIds(r).map((id) => timesOf(r, 'queue.received', id)[0])).toEqual([
      1_000, 2_000, 5_999, 6_000,
    ]);
  });

  it('closes early when the batch is full', () => {
    const r = run({
      durationMs: 60_000,
      queues: [
        {
          name: 'q',
          producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count: 50 } }],
          mapping: { batchSize: 20, maximumBatchingWindowInSeconds: 10 },
        },
      ],
    });
    expect(batches(r)).toEqual([
      [0, 20, 'full', 'sqs.batch-size'],
      [0, 20, 'full', 'sqs.batch-size'],
      [10_000, 10, 'window', 'sqs.batching-window'],
    ]);
  });

  it('closes before the payload would pass 6 MB (each record counts its body and 500 bytes)', () => {
    const r = run({
      durationMs: 60_000,
      queues: [
        {
          name: 'q',
          producers: [
            { id: 'big', arrivals: { kind: 'burst', atMs: 0, count: 10 }, sizeBytes: 1_000_000 },
          ],
          mapping: { batchSize: 10 },
        },
      ],
    });
    const first = kind(r, 'queue.batch')[0]!;
    expect(first.detail).toMatchObject({ sizeBytes: 6_003_000, limitBytes: 6_291_456 });
    expect(batches(r)).toEqual([
      [0, 6, 'payload', 'esm.payload-limit'],
      [0, 4, 'receive', 'sqs.mapping'],
    ]);
  });
});

describe('SQS visibility and the batching window', () => {
  it('keeps messages hidden for window + timeout + 30 s when that is longer than the queue’s', () => {
    const r = run({
      durationMs: 120_000,
      function: { ...alwaysFails(), timeoutSeconds: 3 },
      queues: [
        {
          name: 'q',
          visibilityTimeoutSeconds: 20,
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] } }],
          mapping: { batchSize: 11, maximumBatchingWindowInSeconds: 20 },
        },
      ],
    });
    const created = kind(r, 'queue.mapping-created')[0]!;
    expect([created.rule, created.detail?.visibilityTimeoutMs]).toEqual([
      'sqs.visibility-extended',
      53_000,
    ]);
    expect(created.detail?.advice).toBe(
      'AWS advises a visibility timeout of at least 6 × the function timeout plus the batching window: 38 seconds',
    );
    const [id] = sentIds(r);
    // Received at 0, batch closes at 20 s and fails; the message is back at 53 s, not 20 s.
    expect(kind(r, 'queue.batch').map((e) => e.t)).toEqual([20_000, 73_000]);
    expect(timesOf(r, 'queue.returned', id!)).toEqual([53_000, 106_000]);
  });
});
