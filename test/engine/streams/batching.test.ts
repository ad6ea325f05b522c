import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario';
import { run } from '../helpers';
import { batches, fateOf, putIds, recordFates } from './helpers';

type Mapping = NonNullable<ScenarioInput['streams']>[number]['mapping'];

/** One Kinesis shard, a Node.js function (250 ms cold start) that takes `ms` per batch. */
function kinesis(
  atMs: number[],
  mapping: Partial<Mapping>,
  opts: { ms?: number; kind?: 'kinesis' | 'dynamodb'; keys?: string[]; durationMs?: number } = {},
) {
  return run({
    durationMs: opts.durationMs ?? 10_000,
    function: { runtime: 'nodejs', behaviour: { duration: { kind: 'fixed', ms: opts.ms ?? 100 } } },
    streams: [
      {
        kind: opts.kind ?? 'kinesis',
        name: 'clicks',
        producers: [
          {
            id: 'web',
            arrivals: { kind: 'single', atMs },
            partitionKey: opts.keys
              ? { kind: 'cycle', values: opts.keys }
              : { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', ...mapping },
      },
    ],
  });
}

/** "t:[records]" for every batch attempt, records numbered in the order they were written. */
function sent(r: ReturnType<typeof run>): string[] {
  const order = putIds(r);
  return batches(r).map(
    (e) => `${e.t}:${(e.detail!.records ?? []).map((id) => order.indexOf(id)).join(',')}`,
  );
}

describe('batch size and batching window', () => {
  it('sends at most BatchSize records, one batch per shard per second', () => {
    const r = kinesis([100, 200, 300, 400, 500], { batchSize: 2 });
    expect(sent(r)).toEqual(['1000:0,1', '2000:2,3', '3000:4']);
    expect(recordFates(r)).toEqual([
      'checkpointed@1350',
      'checkpointed@1350',
      'checkpointed@2100',
      'checkpointed@2100',
      'checkpointed@3100',
    ]);
  });

  it('without a window, sends what the read finds', () => {
    expect(sent(kinesis([100, 200, 2_500], {}))).toEqual(['1000:0,1', '3000:2']);
  });

  it('with a window, gathers records until the window ends', () => {
    const r = kinesis([100, 200, 2_500], { maximumBatchingWindowInSeconds: 2 });
    expect(sent(r)).toEqual(['3000:0,1,2']);
    expect(batches(r)[0]!.rule).toBe('stream.batching-window');
  });

  it('sends early when the batch fills before the window ends', () => {
    expect(
      sent(kinesis([100, 200, 1_500], { maximumBatchingWindowInSeconds: 2, batchSize: 3 })),
    ).toEqual(['2000:0,1,2']);
  });
});

describe('starting position', () => {
  // Three records exist before the trigger is created at 350 ms; one comes after.
  const at = [100, 200, 300, 1_500];

  it('TRIM_HORIZON reads the stream from its oldest record', () => {
    const r = kinesis(at, { startingPosition: 'TRIM_HORIZON', createdAtMs: 350 });
    expect(r.trace.find((e) => e.kind === 'stream.mapping-created')!.detail).toMatchObject({
      startingPosition: 'TRIM_HORIZON',
      unread: 0,
    });
    expect(sent(r)).toEqual(['350:0,1,2', '2350:3']);
  });

  it('LATEST reads only what is written after the trigger exists', () => {
    const r = kinesis(at, { startingPosition: 'LATEST', createdAtMs: 350 });
    expect(r.trace.find((e) => e.kind === 'stream.mapping-created')!.detail!.unread).toBe(3);
    expect(sent(r)).toEqual(['2350:3']);
    // The three older records are still in the stream (retention is 24 h): no fate yet.
    expect(recordFates(r)).toEqual([
      'in-flight@10000',
      'in-flight@10000',
      'in-flight@10000',
      'checkpointed@2700',
    ]);
  });

  it('AT_TIMESTAMP reads from the records written at or after the timestamp', () => {
    const r = kinesis(at, {
      startingPosition: 'AT_TIMESTAMP',
      startingPositionTimestamp: '2026-01-01T00:00:00.250Z',
      createdAtMs: 350,
    });
    expect(sent(r)).toEqual(['350:2', '2350:3']);
    expect(r.trace.find((e) => e.kind === 'stream.mapping-created')!.detail!.unread).toBe(2);
  });
});

describe('polling rate and enhanced fan-out', () => {
  it('reads a DynamoDB stream every 250 ms, a Kinesis shard every second', () => {
    const ddb = kinesis([10, 300, 600], {}, { kind: 'dynamodb' });
    expect(sent(ddb)).toEqual(['250:0', '750:1,2']);
    expect(batches(ddb).every((e) => e.rule === 'stream.dynamodb-polling')).toBe(true);
    const kds = kinesis([10, 300, 600], {});
    expect(sent(kds)).toEqual(['1000:0,1,2']);
    expect(batches(kds).every((e) => e.rule === 'stream.kinesis-polling')).toBe(true);
  });

  it('with enhanced fan-out, records are pushed as soon as the shard is free', () => {
    const efo = kinesis([100, 700], { enhancedFanOut: true });
    expect(sent(efo)).toEqual(['100:0', '700:1']);
    expect(batches(efo)[0]!.detail!.pushed).toBe(true);
    expect(batches(efo)[0]!.rule).toBe('stream.enhanced-fan-out');
    // From write to done: 350 ms (cold start included), where polling took 1,250 ms.
    expect(fateOf(efo, 0)).toBe('checkpointed@450');
    expect(fateOf(kinesis([100, 700], {}), 0)).toBe('checkpointed@1350');
  });
});

describe('ParallelizationFactor', () => {
  // On one shard, "blue", "green" and "red" take slots 0, 1 and 2 of a factor of 3.
  const keys = ['blue', 'green', 'red'];
  const at = [100, 200, 300, 400, 500, 600];

  it('runs one batch per shard at a time by default', () => {
    const r = kinesis(at, {}, { keys, ms: 400 });
    expect(sent(r)).toEqual(['1000:0,1,2,3,4,5']);
    expect(Math.max(...r.series.concurrency.value)).toBe(1);
  });

  it('runs up to that many batches of one shard at once, each key in order', () => {
    const r = kinesis([...at, 1_100, 1_200], { parallelizationFactor: 3 }, { keys, ms: 400 });
    expect(sent(r)).toEqual(['1000:0,3', '1000:1,4', '1000:2,5', '2000:6', '2000:7']);
    expect(batches(r)[0]!.rule).toBe('stream.parallelization');
    expect(Math.max(...r.series.concurrency.value)).toBe(3);
    // Record 6 ("blue") waits for the blue slot; records of a key are processed in order.
    expect(recordFates(r)).toEqual([
      'checkpointed@1650',
      'checkpointed@1650',
      'checkpointed@1650',
      'checkpointed@1650',
      'checkpointed@1650',
      'checkpointed@1650',
      'checkpointed@2400',
      'checkpointed@2400',
    ]);
  });
});
