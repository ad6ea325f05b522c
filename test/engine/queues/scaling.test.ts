import { describe, expect, it } from 'vitest';
import type { Series } from '../../../src/engine';
import { kind, run } from './helpers';

/** 1,500 messages at once; each batch of one runs for 10 minutes, so pollers stay busy. */
function backlog(extra: { account?: object; mapping?: object; durationMs?: number } = {}) {
  return run({
    durationMs: extra.durationMs ?? 300_000,
    account: extra.account,
    function: {
      timeoutSeconds: 900,
      behaviour: { duration: { kind: 'fixed', ms: 600_000 } },
    },
    queues: [
      {
        name: 'q',
        visibilityTimeoutSeconds: 5_400,
        producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count: 1_500 } }],
        mapping: { batchSize: 1, ...extra.mapping },
      },
    ],
  });
}

const steps = (s: Series) => s.time.map((t, i) => [t, s.value[i]]);

describe('SQS poller scaling', () => {
  it('starts with 5 concurrent batches and adds 300 a minute, up to 1,000', () => {
    const r = backlog();
    const q = r.queues![0]!;
    expect(steps(q.series.pollers)).toEqual([
      [0, 5],
      [60_000, 305],
      [120_000, 605],
      [180_000, 905],
      [240_000, 1_000],
    ]);
    expect(steps(q.series.batches)).toEqual(steps(q.series.pollers));
    expect(
      kind(r, 'queue.scaled').map((e) => [
        e.t,
        e.rule,
        e.detail?.previousPollers,
        e.detail?.pollers,
      ]),
    ).toEqual([
      [60_000, 'sqs.scaling', 5, 305],
      [120_000, 'sqs.scaling', 305, 605],
      [180_000, 'sqs.scaling', 605, 905],
      [240_000, 'sqs.scaling', 905, 1_000],
    ]);
    expect(r.stats.maxConcurrency).toBe(1_000);
  });

  it('adds only 60 a minute under the scaling model before November 2023', () => {
    const r = backlog({ account: { scalingModel: 'legacy-burst' } });
    expect(steps(r.queues![0]!.series.pollers)).toEqual([
      [0, 5],
      [60_000, 65],
      [120_000, 125],
      [180_000, 185],
      [240_000, 245],
      [300_000, 305],
    ]);
  });

  it('stops at MaximumConcurrency', () => {
    const r = backlog({ mapping: { scalingConfig: { maximumConcurrency: 50 } } });
    expect(steps(r.queues![0]!.series.pollers)).toEqual([
      [0, 5],
      [60_000, 50],
    ]);
    expect(kind(r, 'queue.scaled').map((e) => e.rule)).toEqual(['sqs.maximum-concurrency']);
    expect(r.stats.maxConcurrency).toBe(50);
  });

  it('starts at MaximumConcurrency when that is below 5', () => {
    const r = backlog({ mapping: { scalingConfig: { maximumConcurrency: 2 } } });
    expect(steps(r.queues![0]!.series.pollers)).toEqual([[0, 2]]);
    expect(r.stats.maxConcurrency).toBe(2);
  });

  it('does not grow in a minute in which batches were throttled', () => {
    const r = run({
      durationMs: 200_000,
      function: {
        timeoutSeconds: 900,
        reservedConcurrency: 3,
        behaviour: { duration: { kind: 'fixed', ms: 600_000 } },
      },
      queues: [
        {
          name: 'q',
          visibilityTimeoutSeconds: 5_400,
          producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count: 100 } }],
          mapping: { batchSize: 1 },
        },
      ],
    });
    expect(steps(r.queues![0]!.series.pollers)).toEqual([[0, 5]]);
    // Two of the five batches wait for reserved concurrency, retried 1, 2, 4 … s apart.
    expect(
      kind(r, 'queue.throttle-retry')
        .filter((e) => e.t > 0)
        .map((e) => e.t),
    ).toEqual([
      1_000, 1_000, 3_000, 3_000, 7_000, 7_000, 15_000, 15_000, 31_000, 31_000, 63_000, 63_000,
      127_000, 127_000,
    ]);
    expect(r.stats.maxConcurrency).toBe(3);
  });

  it('halves after each failed invocation, never below 5', () => {
    const r = run({
      durationMs: 200_000,
      function: {
        timeoutSeconds: 70,
        behaviour: { duration: { kind: 'fixed', ms: 61_000 }, errorRate: 1 },
      },
      queues: [
        {
          name: 'q',
          visibilityTimeoutSeconds: 420,
          redrivePolicy: { deadLetterQueue: 'dlq', maxReceiveCount: 1 },
          producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count: 100 } }],
          mapping: { batchSize: 1 },
        },
      ],
    });
    // 5 batches at 0 s; a minute of backlog: 305. The first 5 fail at 61.25 s (cold start +
    // 61 s), the 95 started at 60 s fail at 121.25 s.
    expect(
      kind(r, 'queue.scaled').map((e) => [e.t, e.rule, e.detail?.scaleReason, e.detail?.pollers]),
    ).toEqual([
      [60_000, 'sqs.scaling', 'backlog', 305],
      [61_250, 'sqs.scale-down', 'function-error', 152],
      [61_250, 'sqs.scale-down', 'function-error', 76],
      [61_250, 'sqs.scale-down', 'function-error', 38],
      [61_250, 'sqs.scale-down', 'function-error', 19],
      [61_250, 'sqs.scale-down', 'function-error', 9],
      [121_250, 'sqs.scale-down', 'function-error', 5],
    ]);
  });

  it('goes back to 5 once the queue is empty and nothing is in flight', () => {
    const r = run({
      durationMs: 400_000,
      function: { timeoutSeconds: 70, behaviour: { duration: { kind: 'fixed', ms: 61_000 } } },
      queues: [
        {
          name: 'q',
          visibilityTimeoutSeconds: 420,
          producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count: 400 } }],
          mapping: { batchSize: 1 },
        },
      ],
    });
    expect(steps(r.queues![0]!.series.pollers)).toEqual([
      [0, 5],
      [60_000, 305],
      [120_000, 605],
      [181_250, 5],
    ]);
    expect(kind(r, 'queue.scaled').at(-1)).toMatchObject({
      t: 181_250,
      rule: 'sqs.scale-down',
      detail: { scaleReason: 'idle', previousPollers: 605, pollers: 5 },
    });
  });
});
