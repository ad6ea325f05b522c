import { describe, expect, it } from 'vitest';
import { run } from '../helpers';
import { batches } from './helpers';

describe('tumbling windows', () => {
  // A record every 20 s from 0 to 120 s, 60-second windows on the UTC clock.
  const r = run({
    durationMs: 200_000,
    function: { runtime: 'nodejs', behaviour: { duration: { kind: 'fixed', ms: 100 } } },
    streams: [
      {
        kind: 'kinesis',
        name: 'clicks',
        producers: [
          {
            id: 'web',
            arrivals: { kind: 'constant', ratePerSecond: 0.05, durationMs: 130_000 },
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', tumblingWindowInSeconds: 60 },
      },
    ],
  });

  it('carries the state from call to call and ends each window with a final call', () => {
    const calls = batches(r).map((e) => {
      const d = e.detail!;
      return `${e.t}:${d.batchSize}:${d.windowStart!.slice(14, 19)}-${d.windowEnd!.slice(14, 19)}:${JSON.stringify(d.windowState)}${d.isFinalInvokeForWindow ? ':final' : ''}`;
    });
    expect(calls).toEqual([
      '0:1:00:00-01:00:{"count":0}',
      '20000:1:00:00-01:00:{"count":1}',
      '40000:1:00:00-01:00:{"count":2}',
      '60000:0:00:00-01:00:{"count":3}:final', // the window is over: final state
      '61000:1:01:00-02:00:{"count":0}', // next read: the record of 60 s opens the next window
      '80000:1:01:00-02:00:{"count":1}',
      '100000:1:01:00-02:00:{"count":2}',
      '120000:0:01:00-02:00:{"count":3}:final',
      '121000:1:02:00-03:00:{"count":0}',
      '180000:0:02:00-03:00:{"count":1}:final',
    ]);
    expect(batches(r).every((e) => e.rule === 'stream.tumbling-window')).toBe(true);
  });

  it('puts the window, the state and the final flag in the event', () => {
    const final = batches(r).find((e) => e.detail!.isFinalInvokeForWindow)!;
    expect(r.messages[final.msg]!.payload).toEqual({
      Records: [],
      window: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:01:00.000Z' },
      state: { count: 3 },
      shardId: 'shardId-000000000000',
      eventSourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/clicks',
      isFinalInvokeForWindow: true,
      isWindowTerminatedEarly: false,
    });
    const closed = r.trace.filter(
      (e) => e.kind === 'stream.window' && e.detail!.isFinalInvokeForWindow,
    );
    expect(closed.map((e) => `${e.t}:${JSON.stringify(e.detail!.windowState)}`)).toEqual([
      '60100:{"count":3}',
      '120100:{"count":3}',
      '180100:{"count":1}',
    ]);
  });

  it('never mixes windows in one batch', () => {
    // The same records with a 5 s batching window: still one window per batch.
    const w = run({
      durationMs: 200_000,
      streams: [
        {
          kind: 'kinesis',
          name: 'clicks',
          producers: [
            {
              id: 'web',
              arrivals: { kind: 'single', atMs: [58_000, 59_000, 61_000] },
              partitionKey: { kind: 'fixed', value: 'green' },
            },
          ],
          mapping: {
            startingPosition: 'TRIM_HORIZON',
            tumblingWindowInSeconds: 60,
            maximumBatchingWindowInSeconds: 5,
          },
        },
      ],
    });
    expect(
      batches(w).map(
        (e) => `${e.t}:${e.detail!.batchSize}${e.detail!.isFinalInvokeForWindow ? ':final' : ''}`,
      ),
    ).toEqual([
      '63000:2', // the 5 s batching window opened at 58 s; the 61 s record is in the next window
      '64000:0:final',
      '70000:1', // a new batching window opened at the 65 s read
      '120000:0:final',
    ]);
  });
});
