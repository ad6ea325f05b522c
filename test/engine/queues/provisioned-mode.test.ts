import { describe, expect, it } from 'vitest';
import type { Series } from '../../../src/engine';
import { kind, run } from './helpers';

/** A burst of messages; each batch of one runs for 10 minutes, so pollers stay busy. */
function burst(count: number, mapping: object, durationMs = 300_000) {
  return run({
    durationMs,
    account: { concurrencyLimit: 30_000 },
    function: {
      timeoutSeconds: 900,
      behaviour: { duration: { kind: 'fixed', ms: 600_000 } },
    },
    queues: [
      {
        name: 'q',
        visibilityTimeoutSeconds: 5_400,
        producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count } }],
        mapping: { batchSize: 1, ...mapping },
      },
    ],
  });
}

const steps = (s: Series) => s.time.map((t, i) => [t, s.value[i]]);

describe('SQS provisioned mode', () => {
  it('starts with the minimum pollers × 10 and adds 1,000 concurrency a minute', () => {
    const r = burst(3_000, { provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 200 } });
    const q = r.queues![0]!;
    expect(kind(r, 'queue.mapping-created')[0]).toMatchObject({
      rule: 'sqs.provisioned-mode',
      detail: { pollers: 20, eventPollers: 2, minimumPollers: 2, maximumPollers: 200 },
    });
    expect(steps(q.series.pollers)).toEqual([
      [0, 20],
      [60_000, 1_020],
      [120_000, 2_000],
    ]);
    expect(steps(q.series.eventPollers)).toEqual([
      [0, 2],
      [60_000, 102],
      [120_000, 200],
    ]);
    expect(
      kind(r, 'queue.scaled').map((e) => [
        e.t,
        e.rule,
        e.detail?.previousPollers,
        e.detail?.pollers,
        e.detail?.eventPollers,
      ]),
    ).toEqual([
      [60_000, 'sqs.provisioned-scaling', 20, 1_020, 102],
      [120_000, 'sqs.provisioned-scaling', 1_020, 2_000, 200],
    ]);
    expect(r.stats.maxConcurrency).toBe(2_000);
  });

  it('runs as many batches in 2 minutes as on-demand mode reaches in 7', () => {
    const onDemand = burst(3_000, {}, 420_000);
    expect(steps(onDemand.queues![0]!.series.pollers)).toEqual([
      [0, 5],
      [60_000, 305],
      [120_000, 605],
      [180_000, 905],
      [240_000, 1_000],
    ]);
    expect(onDemand.queues![0]!.series.eventPollers.time).toEqual([]);
    expect(onDemand.stats.maxConcurrency).toBe(1_000);
  });

  it('starts at its minimum pollers and stops at 20,000 concurrency', () => {
    const r = burst(
      40_000,
      { provisionedPollerConfig: { minimumPollers: 100, maximumPollers: 2_000 } },
      1_500_000,
    );
    const q = r.queues![0]!;
    // 100 pollers (1,000 batches) at once, then 100 more pollers a minute: 19 steps to 2,000.
    expect(steps(q.series.eventPollers)).toEqual(
      Array.from({ length: 20 }, (_, i) => [i * 60_000, 100 + i * 100]),
    );
    expect(q.series.pollers.value.at(-1)).toBe(20_000);
    expect(r.stats.maxConcurrency).toBe(20_000);
  });

  it('does not grow in a minute in which the function throttled a batch', () => {
    // 200 pollers want 2,000 batches at once; Lambda adds 1,000 environments per 10 s.
    const r = burst(3_000, {
      provisionedPollerConfig: { minimumPollers: 200, maximumPollers: 300 },
    });
    expect(steps(r.queues![0]!.series.eventPollers)).toEqual([
      [0, 200],
      [120_000, 300],
    ]);
  });

  it('is refused together with MaximumConcurrency, and nothing is polled', () => {
    const r = burst(10, {
      provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 10 },
      scalingConfig: { maximumConcurrency: 50 },
    });
    expect(kind(r, 'queue.mapping-rejected')).toMatchObject([
      {
        t: 0,
        rule: 'sqs.provisioned-mode',
        detail: {
          errorCode: 'InvalidParameterValueException',
          errorMessage:
            'ProvisionedPollerConfig and ScalingConfig.MaximumConcurrency cannot be used together: choose provisioned mode or a maximum concurrency',
        },
      },
    ]);
    expect(kind(r, 'queue.received')).toEqual([]);
    expect(r.stats.invocations).toBe(0);
  });

  it('halves after failures in whole pollers, never below its minimum', () => {
    const r = run({
      durationMs: 400_000,
      account: { concurrencyLimit: 30_000 },
      function: {
        timeoutSeconds: 70,
        behaviour: { duration: { kind: 'fixed', ms: 61_000 }, errorRate: 1 },
      },
      queues: [
        {
          name: 'q',
          visibilityTimeoutSeconds: 420,
          redrivePolicy: { deadLetterQueue: 'dlq', maxReceiveCount: 1 },
          producers: [{ id: 'p', arrivals: { kind: 'burst', atMs: 0, count: 200 } }],
          mapping: {
            batchSize: 1,
            provisionedPollerConfig: { minimumPollers: 5, maximumPollers: 100 },
          },
        },
      ],
    });
    expect(
      kind(r, 'queue.scaled').map((e) => [
        e.t,
        e.rule,
        e.detail?.scaleReason,
        e.detail?.pollers,
        e.detail?.eventPollers,
      ]),
    ).toEqual([
      [60_000, 'sqs.provisioned-scaling', 'backlog', 1_000, 100],
      [61_250, 'sqs.scale-down', 'function-error', 500, 50],
      [61_250, 'sqs.scale-down', 'function-error', 250, 25],
      [61_250, 'sqs.scale-down', 'function-error', 120, 12],
      [61_250, 'sqs.scale-down', 'function-error', 60, 6],
      [61_250, 'sqs.scale-down', 'function-error', 50, 5],
    ]);
  });
});
