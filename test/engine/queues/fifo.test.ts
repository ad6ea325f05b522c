import { describe, expect, it } from 'vitest';
import { failsOnBad, kind, messageFates, run, sentIds, tally, timesOf } from './helpers';

const single = (...atMs: number[]) => ({ kind: 'single' as const, atMs });

describe('FIFO: a failing message holds back its group, not the others', () => {
  // a1 is poison; a2 must wait behind it. Group B flows meanwhile. One message per batch.
  const r = run({
    durationMs: 300_000,
    function: failsOnBad(),
    queues: [
      {
        name: 'orders.fifo',
        type: 'fifo',
        redrivePolicy: { deadLetterQueue: 'orders-dlq.fifo', maxReceiveCount: 2 },
        producers: [
          { id: 'a-bad', arrivals: single(0), body: { bad: true }, messageGroupIds: ['A'] },
          { id: 'a-good', arrivals: single(0), body: { bad: false }, messageGroupIds: ['A'] },
          { id: 'b', arrivals: single(0, 0), body: { bad: false }, messageGroupIds: ['B'] },
        ],
        mapping: { batchSize: 1 },
      },
    ],
  });
  const [a1, a2, b1, b2] = sentIds(r) as [number, number, number, number];

  it('runs one batch per group at once: concurrency never exceeds the active groups', () => {
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.detail?.records])).toEqual([
      [0, [a1]],
      [0, [b1]],
      [350, [b2]], // B is free again once b1 is deleted
      [30_000, [a1]], // a1 is back after the visibility timeout, still ahead of a2
      [60_000, [a2]], // a2 only after a1 left for the dead-letter queue
    ]);
    expect(Math.max(...r.queues![0]!.series.batches.value)).toBe(2);
  });

  it('keeps a2 behind a1 until a1 is redriven', () => {
    expect(timesOf(r, 'queue.received', a1)).toEqual([0, 30_000]);
    expect(r.fates[a1]).toMatchObject({
      kind: 'redriven',
      t: 60_000,
      deliveredTo: ['dlq:sqs:orders-dlq.fifo'],
    });
    expect(timesOf(r, 'queue.received', a2)).toEqual([60_000]);
    expect(r.fates[a2]).toMatchObject({ kind: 'processed', t: 60_100 });
    expect([r.fates[b1]!.t, r.fates[b2]!.t]).toEqual([350, 450]);
  });
});

describe('FIFO: ReportBatchItemFailures reports the first failure and everything after it', () => {
  const r = run({
    durationMs: 300_000,
    function: failsOnBad(),
    queues: [
      {
        name: 'orders.fifo',
        type: 'fifo',
        redrivePolicy: { deadLetterQueue: 'orders-dlq.fifo', maxReceiveCount: 3 },
        producers: [
          { id: 'a', arrivals: single(0, 0, 0), body: { bad: false }, messageGroupIds: ['A'] },
          { id: 'b-bad', arrivals: single(0), body: { bad: true }, messageGroupIds: ['B'] },
          { id: 'b-good', arrivals: single(0, 0), body: { bad: false }, messageGroupIds: ['B'] },
        ],
        mapping: { functionResponseTypes: ['ReportBatchItemFailures'] },
      },
    ],
  });
  const [a1, a2, a3, b1, b2, b3] = sentIds(r) as number[];

  it('takes whole runs of a group, oldest group first', () => {
    expect(kind(r, 'queue.batch')[0]!.detail?.records).toEqual([a1, a2, a3, b1, b2, b3]);
  });

  it('deletes what came before the failure and returns the rest, in order', () => {
    const partial = kind(r, 'queue.partial-failure');
    expect(partial.map((e) => [e.t, e.rule, e.detail?.failedRecords])).toEqual([
      [350, 'sqs.partial-batch-fifo', [b1, b2, b3]],
      [30_100, 'sqs.partial-batch-fifo', [b1, b2, b3]],
      [60_100, 'sqs.partial-batch-fifo', [b1, b2, b3]],
    ]);
    expect([a1, a2, a3].map((id) => r.fates[id!]!.kind)).toEqual([
      'processed',
      'processed',
      'processed',
    ]);
    // b2 and b3 never failed themselves, but a FIFO group cannot skip its poison head.
    expect([b1, b2, b3].map((id) => [r.fates[id!]!.kind, r.fates[id!]!.t])).toEqual([
      ['redriven', 90_000],
      ['redriven', 90_000],
      ['redriven', 90_000],
    ]);
  });
});

describe('FIFO: order per group under random failures', () => {
  const r = run({
    seed: 11,
    durationMs: 3_600_000,
    function: {
      timeoutSeconds: 5,
      behaviour: { duration: { kind: 'uniform', minMs: 50, maxMs: 400 }, errorRate: 0.3 },
    },
    queues: [
      {
        name: 'events.fifo',
        type: 'fifo',
        producers: [
          {
            id: 'p',
            arrivals: { kind: 'poisson', ratePerSecond: 5, durationMs: 120_000 },
            messageGroupIds: ['g1', 'g2', 'g3', 'g4'],
            groupSpread: 'random',
          },
        ],
        mapping: { batchSize: 4 },
      },
    ],
  });

  it('processes every group’s messages in the order they were sent', () => {
    const groupOf = new Map<number, string>();
    for (const e of kind(r, 'queue.sent')) groupOf.set(e.msg, e.detail!.messageGroupId!);
    const sent = new Map<string, number[]>();
    const done = new Map<string, number[]>();
    for (const [id, g] of groupOf) sent.set(g, [...(sent.get(g) ?? []), id]);
    const processed = messageFates(r)
      .filter((f) => f.kind === 'processed')
      .sort((x, y) => x.t - y.t);
    for (const f of processed) {
      const g = groupOf.get(f.msg)!;
      done.set(g, [...(done.get(g) ?? []), f.msg]);
    }
    expect(kind(r, 'queue.batch-failed').length).toBeGreaterThan(10); // failures did happen
    expect(tally(messageFates(r))).toEqual({ processed: groupOf.size });
    for (const [g, ids] of sent) expect(done.get(g), g).toEqual(ids);
    expect(Math.max(...r.queues![0]!.series.batches.value)).toBeLessThanOrEqual(4);
  });
});
