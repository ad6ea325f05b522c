import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario';
import { run } from '../helpers';
import { batches, poisonFunction, putIds, recordFates, starts } from './helpers';

type KafkaMapping = NonNullable<ScenarioInput['kafka']>[number]['mapping'];

/** Keys "a" and "b" land on partitions 0 and 1 of a 2-partition topic. */
function charges(
  mapping: Partial<KafkaMapping>,
  opts: { durationMs?: number; retentionHours?: number } = {},
) {
  return run({
    durationMs: opts.durationMs ?? 120_000,
    function: poisonFunction(),
    kafka: [
      {
        kind: 'self-managed',
        cluster: 'payments',
        topic: 'charges',
        partitions: 2,
        retentionHours: opts.retentionHours ?? 168,
        producers: [
          {
            id: 'api',
            arrivals: { kind: 'single', atMs: [100, 200, 300, 400, 5_000, 5_100] },
            payloads: [1, 2, 3, 4, 5, 6].map((n) => (n === 3 ? { n, poison: true } : { n })),
            partitionKey: { kind: 'cycle', values: ['a', 'b'] },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', ...mapping },
      },
    ],
  });
}

function sent(r: ReturnType<typeof run>): string[] {
  const order = putIds(r);
  return batches(r).map(
    (e) =>
      `${e.t}:${(e.detail!.records ?? []).map((id) => order.indexOf(id)).join(',')}#${e.attempt}`,
  );
}

describe('Kafka consumers scale with the offset lag', () => {
  // 20 records/s for 3 minutes over 3 partitions; each batch of 5 takes 400 ms.
  const r = run({
    durationMs: 300_000,
    function: { runtime: 'nodejs', behaviour: { duration: { kind: 'fixed', ms: 400 } } },
    kafka: [
      {
        kind: 'msk',
        cluster: 'shop',
        topic: 'orders',
        partitions: 3,
        producers: [
          {
            id: 'checkout',
            arrivals: { kind: 'constant', ratePerSecond: 20, durationMs: 180_000 },
            partitionKey: { kind: 'random', count: 30 },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', batchSize: 5 },
      },
    ],
  });

  it('starts with two consumers (sim default) and adds one per minute while the lag does not shrink', () => {
    const scaled = r.trace.filter((e) => e.kind === 'kafka.scaled');
    expect(scaled.map((e) => `${e.t}:${e.detail!.consumers}:${e.detail!.offsetLag}`)).toEqual([
      '60000:3:66', // two consumers fall behind
      '240000:2:0', // caught up: an idle consumer goes
      '300000:1:0',
    ]);
    expect(scaled.every((e) => e.rule === 'stream.kafka-scaling')).toBe(true);
    const consumers = r.streams!.sources[0]!.consumers!;
    expect(consumers.time).toEqual([0, 60_000, 240_000, 300_000]);
    expect(consumers.value).toEqual([2, 3, 2, 1]);
  });

  it('never runs more consumers than partitions, nor two batches of one partition', () => {
    expect(Math.max(...r.series.concurrency.value)).toBe(3);
    // Offsets of a partition are committed in order, always forward.
    const last = new Map<string, number>();
    for (const e of r.trace.filter((x) => x.kind === 'kafka.committed')) {
      for (const [p, o] of Object.entries(e.detail!.offsets!)) {
        expect(o).toBeGreaterThan(last.get(p) ?? 0);
        last.set(p, o);
      }
    }
    expect([...last.values()].reduce((a, b) => a + b, 0)).toBe(3_600);
  });

  it('stops at one consumer per partition however long the lag lasts', () => {
    const busy = run({
      durationMs: 600_000,
      function: { runtime: 'nodejs', behaviour: { duration: { kind: 'fixed', ms: 2_000 } } },
      kafka: [
        {
          kind: 'msk',
          cluster: 'shop',
          topic: 'orders',
          partitions: 2,
          producers: [
            {
              id: 'checkout',
              arrivals: { kind: 'constant', ratePerSecond: 50, durationMs: 600_000 },
              partitionKey: { kind: 'random', count: 30 },
            },
          ],
          mapping: { startingPosition: 'TRIM_HORIZON', batchSize: 10 },
        },
      ],
    });
    // Two partitions: the two consumers it starts with are already one per partition.
    expect(busy.streams!.sources[0]!.consumers!.value).toEqual([2]);
    expect(Math.max(...busy.series.concurrency.value)).toBe(2);
  });
});

describe('Kafka batches and offsets', () => {
  it('waits up to 500 ms by default to fill a batch, and may mix partitions', () => {
    // One poller reads both partitions (provisioned mode keeps it at one).
    const r = charges({ provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 1 } }, {});
    const first = batches(r)[0]!;
    expect(first.t).toBe(600); // the window opened at the first record (100 ms)
    expect(first.rule).toBe('stream.kafka-batching');
    expect(Object.keys((r.messages[first.msg]!.payload as { records: object }).records)).toEqual([
      'charges-0',
      'charges-1',
    ]);
  });

  it('sends at once with a window of 0 s', () => {
    expect(batches(charges({ maximumBatchingWindowInSeconds: 0 }))[0]!.t).toBe(100);
  });

  it('commits each partition’s offsets after a good batch', () => {
    const r = run({
      durationMs: 10_000,
      kafka: [
        {
          kind: 'msk',
          cluster: 'shop',
          topic: 'orders',
          partitions: 2,
          producers: [
            {
              id: 'checkout',
              arrivals: { kind: 'single', atMs: [100, 200, 300] },
              partitionKey: { kind: 'cycle', values: ['a', 'b'] },
            },
          ],
          mapping: { startingPosition: 'TRIM_HORIZON' },
        },
      ],
    });
    // One consumer per partition: each commits its own after its batch.
    const commits = r.trace.filter((e) => e.kind === 'kafka.committed');
    expect(commits.map((e) => `${e.t}:${JSON.stringify(e.detail!.offsets)}`)).toEqual([
      '950:{"orders-0":2}', // window 500 ms from 100, Init 250 ms, run 100 ms
      '1050:{"orders-1":1}', // its window opened at 200 ms; the second environment's Init
    ]);
    const event = r.messages[commits[0]!.msg]!.payload as Record<string, unknown>;
    expect(event.eventSource).toBe('aws:kafka');
    expect(event.eventSourceArn).toMatch(/^arn:aws:kafka:us-east-1:123456789012:cluster\/shop\//);
    expect(Object.keys(event.records as object)).toEqual(['orders-0']);
  });
});

describe('a failing Kafka batch, by default', () => {
  const r = charges({}, { durationMs: 2 * 3_600_000, retentionHours: 1 });
  const failing = batches(r)[0]!.msg;

  it('is retried whole, with no limit, and blocks its partition until the records age out', () => {
    expect(starts(r, failing)).toHaveLength(65);
    expect(
      r.trace
        .filter((e) => e.kind === 'stream.retry')
        .every((e) => e.rule === 'stream.kafka-retry'),
    ).toBe(true);
    // Partition 0's batch (records 1 and 3) leaves the topic after 1 h and only then does its
    // later record go through; partition 1, read by the other consumer, is not held up.
    expect(recordFates(r)).toEqual([
      'expired@3600100',
      'checkpointed@1050',
      'expired@3600300',
      'checkpointed@1050',
      'checkpointed@3600700',
      'checkpointed@5700',
    ]);
  });
});

describe('Kafka error handling in provisioned mode', () => {
  it('bisects, retries up to the limit, and copies the bad record to a Kafka topic', () => {
    const r = charges({
      provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2 },
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 2,
      destinationConfig: { onFailure: { type: 'kafka', name: 'charges-dlt' } },
    });
    expect(sent(r)).toEqual([
      '600:0,1,2,3#1',
      '1950:0,1#1',
      '2050:2,3#1',
      '3150:2#1', // alone now: tried, then retried twice (1 s, 2 s, 4 s back-off)
      '5250:2#2',
      '9350:2#3',
      '9450:3#1',
      '10050:4,5#1', // the next read waits its 500 ms window
    ]);
    const dest = r.trace.find((e) => e.kind === 'stream.destination')!;
    expect(dest.rule).toBe('stream.on-failure-destination');
    expect(dest.detail).toMatchObject({
      target: 'charges-dlt',
      targetType: 'kafka',
      records: [putIds(r)[2]],
    });
    expect(recordFates(r)[2]).toBe('destination@9450');
  });

  it('stops after 10 retries when retries are unlimited and there is a destination', () => {
    const r = charges(
      {
        provisionedPollerConfig: {},
        destinationConfig: { onFailure: { type: 'sqs', name: 'charges-failures' } },
      },
      { durationMs: 3_600_000 },
    );
    const gaveUp = r.trace.find((e) => e.kind === 'stream.discarded')!;
    expect(gaveUp.detail).toMatchObject({
      streamCondition: 'RetryAttemptsExhausted',
      retryNumber: 10,
    });
    expect(
      r.trace
        .filter((e) => e.kind === 'stream.retry')
        .every((e) => e.rule === 'stream.kafka-error-handling'),
    ).toBe(true);
    const info = r.trace.find((e) => e.kind === 'stream.destination')!.detail!.failureRecord!;
    expect(info.KafkaBatchInfo).toEqual({
      batchSize: 4,
      bootstrapServers: 'payments-1.example.internal:9092,payments-2.example.internal:9092',
      // Values {"n":1}, {"n":2}, {"n":4} (7 bytes each), {"n":3,"poison":true} (21), keys 1 byte each.
      payloadSize: 3 * 7 + 21 + 4,
      recordsInfo: {
        'charges-0': {
          firstRecordOffset: '0',
          lastRecordOffset: '1',
          firstRecordTimestamp: '2026-01-01T00:00:00.100Z',
          lastRecordTimestamp: '2026-01-01T00:00:00.300Z',
        },
        'charges-1': {
          firstRecordOffset: '0',
          lastRecordOffset: '1',
          firstRecordTimestamp: '2026-01-01T00:00:00.200Z',
          lastRecordTimestamp: '2026-01-01T00:00:00.400Z',
        },
      },
    });
    expect(info.requestContext.approximateInvokeCount).toBe(11);
  });

  it('reports failed records as partition@offset and commits the rest', () => {
    const r = charges({
      provisionedPollerConfig: { minimumPollers: 2 },
      functionResponseTypes: ['ReportBatchItemFailures'],
      maximumRetryAttempts: 1,
    });
    // Two pollers from the start: one per partition.
    expect(r.streams!.sources[0]!.consumers!.value[0]).toBe(2);
    const partial = r.trace.find((e) => e.kind === 'stream.partial')!;
    expect(partial.detail!.itemFailures).toEqual(['charges-0@1']);
    expect(
      r.trace
        .filter((e) => e.kind === 'kafka.committed')
        .map((e) => `${e.t}:${JSON.stringify(e.detail!.offsets)}`),
    ).toEqual([
      '950:{"charges-0":1}',
      '1050:{"charges-1":2}',
      '2050:{"charges-0":2}', // given up after its retry: skipped
      '5600:{"charges-0":3}',
      '5700:{"charges-1":3}',
    ]);
  });
});

describe('Kafka on-failure destination in on-demand mode', () => {
  it('gives up after 10 retries (the simulator’s choice) and sends the batch to SQS', () => {
    const r = charges(
      { destinationConfig: { onFailure: { type: 'sqs', name: 'charges-failures' } } },
      { durationMs: 3_600_000 },
    );
    // No pollers kept ready: the mapping is on demand.
    const retries = r.trace.filter((e) => e.kind === 'stream.retry');
    expect(retries).toHaveLength(10);
    expect(retries.every((e) => e.rule === 'stream.kafka-on-demand-destination')).toBe(true);
    const gaveUp = r.trace.find((e) => e.kind === 'stream.discarded')!;
    expect([
      gaveUp.t,
      gaveUp.rule,
      gaveUp.detail?.streamCondition,
      gaveUp.detail?.retryNumber,
    ]).toEqual([304_950, 'stream.kafka-on-demand-destination', 'RetryAttemptsExhausted', 10]);
    const dest = r.trace.find((e) => e.kind === 'stream.destination')!;
    expect([dest.t, dest.to, dest.detail?.batchSize]).toEqual([
      304_950,
      'onFailure:sqs:charges-failures',
      2,
    ]);
    expect(dest.detail!.failureRecord!.requestContext.approximateInvokeCount).toBe(11);
    // Partition 0's batch (records 1 and 3) goes; partition 1 was never held up.
    expect(recordFates(r)).toEqual([
      'destination@304950',
      'checkpointed@1050',
      'destination@304950',
      'checkpointed@1050',
      'checkpointed@305550', // then record 5 after its 500 ms window
      'checkpointed@5700',
    ]);
  });
});
