import { describe, expect, it } from 'vitest';
import { run } from '../helpers';
import { batches, fateOf, poisonFunction, starts, timeline } from './helpers';

// With 2 shards, "green" lands on shardId-000000000000 and "blue" on shardId-000000000001.
const HOUR = 3_600_000;
const RETENTION = 24 * HOUR;

describe('a poison Kinesis record with default settings', () => {
  // Shard 0 gets a poison record at 1.5 s; shard 1 gets healthy records at the same times.
  const r = run({
    durationMs: 25 * HOUR,
    environment: { maxLifetimeMinutes: 1440 },
    function: poisonFunction(),
    streams: [
      {
        kind: 'kinesis',
        name: 'orders',
        shards: 2,
        producers: [
          {
            id: 'checkout',
            arrivals: { kind: 'single', atMs: [500, 1_500, 2_500, 12 * HOUR] },
            payloads: [{ n: 1 }, { n: 2, poison: true }, { n: 3 }, { n: 4 }],
            partitionKey: { kind: 'fixed', value: 'green' },
          },
          {
            id: 'search',
            arrivals: { kind: 'single', atMs: [500, 1_500, 2_500, 12 * HOUR] },
            payloads: [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }],
            partitionKey: { kind: 'fixed', value: 'blue' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON' },
      },
    ],
  });
  // Records (message ids): shard 0 = 0, 4, 8, 11 (4 is the poison); shard 1 = 1, 5, 9, 12.
  const poisonBatch = 6;

  it('blocks its shard until the record leaves the stream, 24 h after it was written', () => {
    expect(fateOf(r, 4)).toBe(`expired@${1_500 + RETENTION}`);
    expect(fateOf(r, poisonBatch)).toBe(`expired@${1_500 + RETENTION}`);
    // Records behind it wait the whole time, then go in the first read after the expiry.
    expect(fateOf(r, 8)).toBe('checkpointed@86402350');
    expect(fateOf(r, 11)).toBe('checkpointed@86402350');
    expect(batches(r, 14).map((e) => e.detail!.records)).toEqual([[8, 11]]);
    expect(batches(r, 14)[0]!.t).toBe(86_402_000);
  });

  it('retries the same batch all along: 1 s, doubling, then once a minute', () => {
    const s = starts(r, poisonBatch);
    expect(s).toHaveLength(1_443);
    expect(s.slice(0, 9)).toEqual([
      2_000, 3_100, 5_200, 9_300, 17_400, 33_500, 65_600, 125_700, 185_800,
    ]);
    expect(s[s.length - 1]).toBe(86_369_200);
    const retries = r.trace.filter((e) => e.kind === 'stream.retry' && e.msg === poisonBatch);
    expect(retries.every((e) => e.rule === 'stream.retry-until-expiry')).toBe(true);
    expect(retries[0]!.detail).toMatchObject({
      cause: 'function-error',
      delayMs: 1_000,
      maxRetries: -1,
    });
  });

  it('lets the other shard progress meanwhile', () => {
    expect([1, 5, 9, 12].map((id) => fateOf(r, id))).toEqual([
      'checkpointed@1350',
      'checkpointed@2100',
      'checkpointed@3100',
      'checkpointed@43200100',
    ]);
  });

  it('shows the iterator age growing at every attempt, and the records waiting', () => {
    const age = r.streams!.sources[0]!.units[0]!.iteratorAgeMs;
    expect(age.time.slice(0, 9)).toEqual([
      1_000, 3_100, 5_200, 9_300, 17_400, 33_500, 65_600, 125_700, 185_800,
    ]);
    expect(age.value.slice(0, 9)).toEqual([
      500, 1_600, 3_700, 7_800, 15_900, 32_000, 64_100, 124_200, 184_300,
    ]);
    expect(age.time[age.time.length - 1]).toBe(86_402_000);
    // IteratorAge is the age of the batch's last record (written at 12 h).
    expect(age.value[age.value.length - 1]).toBe(86_402_000 - 12 * HOUR);
    const waiting = r.streams!.sources[0]!.units[0]!.waiting;
    expect(waiting.time).toEqual([0, 500, 1_350, 1_500, 2_500, 12 * HOUR, 86_401_500, 86_402_350]);
    expect(waiting.value).toEqual([0, 1, 0, 1, 2, 3, 2, 0]);
    // The healthy shard never waits more than one record.
    expect(Math.max(...r.streams!.sources[0]!.units[1]!.waiting.value)).toBe(1);
  });

  it('stays a few thousand events for 25 hours of blocking', () => {
    expect(r.trace.length).toBe(5_827);
  });
});

describe('bisect + MaximumRetryAttempts 2 + an on-failure destination', () => {
  const r = run({
    durationMs: 60_000,
    function: poisonFunction(),
    streams: [
      {
        kind: 'kinesis',
        name: 'orders',
        producers: [
          {
            id: 'checkout',
            arrivals: { kind: 'single', atMs: [100, 150, 200, 250, 300, 350, 400, 450, 500, 550] },
            payloads: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) =>
              n === 7 ? { n, poison: true } : { n },
            ),
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: {
          startingPosition: 'TRIM_HORIZON',
          bisectBatchOnFunctionError: true,
          maximumRetryAttempts: 2,
          destinationConfig: { onFailure: { type: 'sqs', name: 'orders-failures' } },
        },
      },
    ],
  });

  it('halves the failing batch until the bad record is alone', () => {
    expect(
      batches(r).map((e) => `${e.t}:${(e.detail!.records ?? []).join(',')}#${e.attempt}`),
    ).toEqual([
      '1000:0,1,2,3,4,5,6,7,8,9#1', // cold start, fails
      '2350:0,1,2,3,4#1', // first half: fine
      '2450:5,6,7,8,9#1', // second half fails
      '3550:5,6,7#1',
      '5650:5,6#1',
      '9750:5#1', // fine
      '9850:6#1', // the poison alone: tried, then retried twice
      '10950:6#2',
      '13050:6#3',
      '13150:7#1',
      '13250:8,9#1',
    ]);
    const splits = r.trace.filter((e) => e.kind === 'stream.bisect');
    expect(splits.map((e) => e.detail!.halves)).toEqual([
      [5, 5],
      [3, 2],
      [2, 1],
      [1, 1],
    ]);
  });

  it('sends only the bad record’s metadata to the destination', () => {
    expect(fateOf(r, 6)).toBe('destination@13150');
    expect(r.fates[6]!.deliveredTo).toEqual(['onFailure:sqs:orders-failures']);
    const sent = r.trace.find((e) => e.kind === 'stream.destination')!;
    const seq = r.trace.find((e) => e.kind === 'stream.put' && e.msg === 6)!.detail!.sequenceNumber;
    expect(sent.detail!.failureRecord).toEqual({
      requestContext: {
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST',
        condition: 'RetryAttemptsExhausted',
        // The record was in 4 batches before it was alone, then tried 3 times alone.
        approximateInvokeCount: 7,
      },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      timestamp: '2026-01-01T00:00:13.150Z',
      KinesisBatchInfo: {
        shardId: 'shardId-000000000000',
        startSequenceNumber: seq,
        endSequenceNumber: seq,
        approximateArrivalOfFirstRecord: '2026-01-01T00:00:00.400Z',
        approximateArrivalOfLastRecord: '2026-01-01T00:00:00.400Z',
        batchSize: 1,
        streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
      },
    });
    expect(JSON.stringify(sent.detail)).not.toContain('poison');
  });

  it('processes every other record once, in order', () => {
    const done = r.fates.filter((f) => f.kind === 'checkpointed');
    expect(done.map((f) => f.msg)).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9]);
    expect(done.map((f) => f.t)).toEqual([
      2_450, 2_450, 2_450, 2_450, 2_450, 9_850, 13_250, 13_350, 13_350,
    ]);
    const checkpoints = r.trace.filter((e) => e.kind === 'stream.checkpoint');
    expect(checkpoints.map((e) => Number(e.detail!.sequenceNumber!.slice(-3)))).toEqual([
      5, 6, 7, 8, 10,
    ]);
  });

  it('keeps the split batches’ own fates', () => {
    const bisected = r.fates.filter((f) => f.kind === 'bisected').map((f) => f.msg);
    expect(bisected).toHaveLength(4);
    expect(timeline(r, bisected[0]!)).toEqual([
      '1000:stream.batch',
      '1000:env.init',
      '1250:invoke.start',
      '1350:invoke.end',
      '1350:stream.bisect',
      '1350:fate',
    ]);
  });
});
