import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../src/view';
import { kind, messageFates, run, sentIds, timesOf } from './helpers';

const single = (...atMs: number[]) => ({ kind: 'single' as const, atMs });

/**
 * One FIFO batch holding two groups: A = a1, a2, a3 and B = b1, b2. a2 fails its first try (a
 * transient failure); everything else succeeds. Node.js: 250 ms cold start, 100 ms handler.
 */
function fifoRun(scope: 'batch' | 'group' | undefined) {
  return run({
    durationMs: 120_000,
    function: {
      runtime: 'nodejs',
      behaviour: {
        duration: { kind: 'fixed', ms: 100 },
        transientFailure: { attempts: 1, when: [{ path: 'flaky', equals: true }] },
        ...(scope !== undefined && { fifoFailureScope: scope }),
      },
    },
    queues: [
      {
        name: 'orders.fifo',
        type: 'fifo',
        producers: [
          { id: 'a1', arrivals: single(0), body: { flaky: false }, messageGroupIds: ['A'] },
          { id: 'a2', arrivals: single(0), body: { flaky: true }, messageGroupIds: ['A'] },
          { id: 'a3', arrivals: single(0), body: { flaky: false }, messageGroupIds: ['A'] },
          { id: 'b', arrivals: single(0, 0), body: { flaky: false }, messageGroupIds: ['B'] },
        ],
        mapping: { functionResponseTypes: ['ReportBatchItemFailures'] },
      },
    ],
  });
}

describe('FIFO, fifoFailureScope "group": the failed group stops, the other group goes ahead', () => {
  const r = fifoRun('group');
  const [a1, a2, a3, b1, b2] = sentIds(r) as [number, number, number, number, number];

  it('sends both groups in one batch, in order', () => {
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.detail?.records])).toEqual([
      [0, [a1, a2, a3, b1, b2]],
      [30_000, [a2, a3]],
    ]);
  });

  it('reports a2 and the rest of group A only; a1, b1 and b2 are deleted at once', () => {
    expect(
      kind(r, 'queue.partial-failure').map((e) => [
        e.t,
        e.rule,
        e.detail?.failedRecords,
        e.detail?.transientRecords,
        e.detail?.count,
      ]),
    ).toEqual([[350, 'sqs.partial-batch-fifo-group', [a2, a3], [a2], 3]]);
    expect(describeEvent(kind(r, 'queue.partial-failure')[0]!, r)).toBe(
      `The function reports 2 failed messages (ReportBatchItemFailures, the rest of each failed message group): 3 messages deleted, #${a2 + 1}, #${a3 + 1} return when the visibility timeout ends, at 0:30.000; #${a2 + 1} failed only for now (a transient failure)`,
    );
  });

  it('gives each message its exact outcome: group A keeps its order on the second receive', () => {
    expect(messageFates(r).map((f) => [f.msg, f.kind, f.t, f.attempts])).toEqual([
      [a1, 'processed', 350, 1],
      [a2, 'processed', 30_100, 2],
      [a3, 'processed', 30_100, 2],
      [b1, 'processed', 350, 1],
      [b2, 'processed', 350, 1],
    ]);
    expect(timesOf(r, 'queue.received', a3)).toEqual([0, 30_000]);
    expect(kind(r, 'queue.deleted').map((e) => [e.t, e.detail?.count])).toEqual([[30_100, 2]]);
  });
});

describe('FIFO, the default scope "batch": the handler stops the whole batch at a2', () => {
  const r = fifoRun(undefined);
  const [a1, a2, a3, b1, b2] = sentIds(r) as [number, number, number, number, number];

  it('reports a2 and every message after it, group B included', () => {
    expect(
      kind(r, 'queue.partial-failure').map((e) => [e.t, e.rule, e.detail?.failedRecords]),
    ).toEqual([[350, 'sqs.partial-batch-fifo', [a2, a3, b1, b2]]]);
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.detail?.records])).toEqual([
      [0, [a1, a2, a3, b1, b2]],
      [30_000, [a2, a3, b1, b2]],
    ]);
    expect(messageFates(r).map((f) => [f.msg, f.t, f.attempts])).toEqual([
      [a1, 350, 1],
      [a2, 30_100, 2],
      [a3, 30_100, 2],
      [b1, 30_100, 2],
      [b2, 30_100, 2],
    ]);
  });

  it('is the same as saying "batch"', () => {
    expect(fifoRun('batch').trace).toEqual(r.trace);
  });
});

describe('FIFO group scope with a poison message: its group never gets past it', () => {
  const r = run({
    durationMs: 120_000,
    function: {
      runtime: 'nodejs',
      behaviour: {
        duration: { kind: 'fixed', ms: 100 },
        errorWhen: [{ path: 'bad', equals: true }],
        fifoFailureScope: 'group',
      },
    },
    queues: [
      {
        name: 'orders.fifo',
        type: 'fifo',
        redrivePolicy: { deadLetterQueue: 'orders-dlq.fifo', maxReceiveCount: 2 },
        producers: [
          { id: 'a-bad', arrivals: single(0), body: { bad: true }, messageGroupIds: ['A'] },
          { id: 'a-good', arrivals: single(0), body: { bad: false }, messageGroupIds: ['A'] },
          { id: 'b', arrivals: single(0), body: { bad: false }, messageGroupIds: ['B'] },
        ],
        mapping: { functionResponseTypes: ['ReportBatchItemFailures'] },
      },
    ],
  });
  const [a1, a2, b1] = sentIds(r) as [number, number, number];

  it('holds a2 behind a1 until a1 is redriven, while b1 is done at once', () => {
    expect(
      kind(r, 'queue.partial-failure').map((e) => [e.t, e.detail?.failedRecords, e.detail?.count]),
    ).toEqual([
      [350, [a1, a2], 1],
      [30_100, [a1, a2], 0],
    ]);
    expect(r.fates[b1]).toMatchObject({ kind: 'processed', t: 350 });
    expect(r.fates[a1]).toMatchObject({ kind: 'redriven', t: 60_000 });
    // a2 was never reached, but it was received twice too: the queue redrives it as well.
    expect(r.fates[a2]).toMatchObject({ kind: 'redriven', t: 60_000 });
  });
});
