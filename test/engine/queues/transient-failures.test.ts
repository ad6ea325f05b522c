import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../src/view';
import { kind, messageFates, run, sentIds, tally, timesOf } from './helpers';

/** Node.js (250 ms cold start), 100 ms handler; each message fails its first `attempts` tries. */
const flaky = (
  attempts: number,
  when: Array<{ path: string; equals: string | number | boolean | null }> = [],
) => ({
  runtime: 'nodejs' as const,
  behaviour: {
    duration: { kind: 'fixed' as const, ms: 100 },
    transientFailure: { attempts, when },
  },
});

const at0 = (id: string, body: Record<string, unknown>) => ({
  id,
  arrivals: { kind: 'single' as const, atMs: [0] },
  body,
});

const ends = (r: ReturnType<typeof run>) =>
  kind(r, 'invoke.end').map((e) => [e.t, e.rule, e.detail?.outcome, e.detail?.errorMessage]);

describe('SQS: a message that fails twice, then succeeds', () => {
  // One message; the default 30 s visibility timeout spaces the receives.
  const r = run({
    durationMs: 300_000,
    function: flaky(2),
    queues: [{ name: 'orders', producers: [at0('checkout', { id: 1 })], mapping: {} }],
  });
  const [id] = sentIds(r) as [number];

  it('is received 3 times, 30 s apart, and deleted on the 3rd', () => {
    expect(timesOf(r, 'queue.received', id)).toEqual([0, 30_000, 60_000]);
    expect(kind(r, 'queue.received', id).map((e) => e.detail?.receiveCount)).toEqual([1, 2, 3]);
    expect(timesOf(r, 'queue.returned', id)).toEqual([30_000, 60_000]);
    expect(kind(r, 'queue.deleted').map((e) => [e.t, e.rule, e.detail?.count])).toEqual([
      [60_100, 'sqs.delete-on-success', 1],
    ]);
    expect(r.fates[id]).toMatchObject({ kind: 'processed', t: 60_100, attempts: 3 });
  });

  it('fails its first two tries with a transient failure the log names, then succeeds', () => {
    expect(ends(r)).toEqual([
      [
        350,
        'behaviour.transient-failure',
        'error',
        'Temporary failure: record 1 of the batch fails its try 1 (its first 2 tries fail)',
      ],
      [
        30_100,
        'behaviour.transient-failure',
        'error',
        'Temporary failure: record 1 of the batch fails its try 2 (its first 2 tries fail)',
      ],
      [60_100, 'sync.request', 'success', undefined],
    ]);
    expect(kind(r, 'queue.batch-failed').map((e) => [e.t, e.rule, e.detail?.returnsAtMs])).toEqual([
      [350, 'sqs.batch-failure', 30_000],
      [30_100, 'sqs.batch-failure', 60_000],
    ]);
  });

  it('counts each message on its own: the tries are not invocations', () => {
    expect(r.messages[id]!.tries).toBe(3);
  });
});

describe('SQS without ReportBatchItemFailures: every message fails its first try', () => {
  // The handler walks the batch and throws at the first failure: each receive gets one further.
  const r = run({
    durationMs: 300_000,
    function: flaky(1),
    queues: [
      {
        name: 'orders',
        producers: [
          {
            id: 'checkout',
            arrivals: { kind: 'burst' as const, atMs: 0, count: 3 },
            body: { id: 1 },
          },
        ],
        mapping: {},
      },
    ],
  });
  const ids = sentIds(r);

  it('needs four receives of the whole batch, one record further each time', () => {
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.detail?.records])).toEqual([
      [0, ids],
      [30_000, ids],
      [60_000, ids],
      [90_000, ids],
    ]);
    expect(ends(r).map((e) => [e[0], e[3]])).toEqual([
      [350, 'Temporary failure: record 1 of the batch fails its try 1 (only its first try fails)'],
      [
        30_100,
        'Temporary failure: record 2 of the batch fails its try 1 (only its first try fails)',
      ],
      [
        60_100,
        'Temporary failure: record 3 of the batch fails its try 1 (only its first try fails)',
      ],
      [90_100, undefined],
    ]);
    // Records after the one that threw were not reached: they count no try.
    expect(ids.map((i) => r.messages[i]!.tries)).toEqual([4, 3, 2]);
    expect(messageFates(r).map((f) => [f.kind, f.t, f.attempts])).toEqual(
      ids.map(() => ['processed', 90_100, 4]),
    );
  });
});

describe('SQS with ReportBatchItemFailures: only the flaky message comes back', () => {
  const r = run({
    durationMs: 300_000,
    function: flaky(2, [{ path: 'flaky', equals: true }]),
    queues: [
      {
        name: 'orders',
        producers: [at0('steady', { flaky: false }), at0('wobbly', { flaky: true })],
        mapping: { functionResponseTypes: ['ReportBatchItemFailures'] },
      },
    ],
  });
  const [steady, wobbly] = sentIds(r) as [number, number];

  it('deletes the steady message at once and reports the flaky one twice', () => {
    expect(
      kind(r, 'queue.partial-failure').map((e) => [
        e.t,
        e.rule,
        e.detail?.failedRecords,
        e.detail?.transientRecords,
        e.detail?.count,
      ]),
    ).toEqual([
      [350, 'sqs.partial-batch', [wobbly], [wobbly], 1],
      [30_100, 'sqs.partial-batch', [wobbly], [wobbly], 0],
    ]);
    expect(r.fates[steady]).toMatchObject({ kind: 'processed', t: 350, attempts: 1 });
  });

  it('receives the flaky message 3 times and deletes it on the 3rd', () => {
    expect(timesOf(r, 'queue.received', wobbly)).toEqual([0, 30_000, 60_000]);
    expect(kind(r, 'queue.deleted').map((e) => [e.t, e.detail?.count])).toEqual([[60_100, 1]]);
    expect(r.fates[wobbly]).toMatchObject({ kind: 'processed', t: 60_100, attempts: 3 });
    // The invocations themselves all succeed: the function returned batchItemFailures.
    expect(kind(r, 'invoke.end').every((e) => e.detail?.outcome === 'success')).toBe(true);
  });

  it('tells the log the failure was only for now', () => {
    const first = kind(r, 'queue.partial-failure')[0]!;
    expect(describeEvent(first, r)).toBe(
      `The function reports 1 failed message (ReportBatchItemFailures): 1 message deleted, #${wobbly + 1} returns when the visibility timeout ends, at 0:30.000; #${wobbly + 1} failed only for now (a transient failure)`,
    );
  });
});

describe('SQS: a redrive policy still wins over a failure that lasts too long', () => {
  const r = run({
    durationMs: 300_000,
    function: flaky(3),
    queues: [
      {
        name: 'orders',
        redrivePolicy: { deadLetterQueue: 'orders-dlq', maxReceiveCount: 3 },
        producers: [at0('checkout', { id: 1 })],
        mapping: {},
      },
    ],
  });

  it('moves the message to the DLQ after 3 receives, before its 4th try could succeed', () => {
    const [id] = sentIds(r) as [number];
    expect(timesOf(r, 'queue.received', id)).toEqual([0, 30_000, 60_000]);
    expect(r.fates[id]).toMatchObject({ kind: 'redriven', t: 90_000, attempts: 3 });
  });
});

describe('Amazon MQ: a message that fails once is redelivered and then acknowledged', () => {
  const r = run({
    durationMs: 60_000,
    function: flaky(1),
    brokers: [
      { name: 'inventory', queue: 'updates', producers: [at0('erp', { sku: 'A-1' })], mapping: {} },
    ],
  });
  const [id] = sentIds(r) as [number];

  it('is delivered twice: the broker redelivers 1 s after the failure', () => {
    // 500 ms batching window, 250 ms cold start, 100 ms handler; then a warm retry.
    expect(timesOf(r, 'queue.received', id)).toEqual([0, 1_850]);
    expect(kind(r, 'queue.batch').map((e) => e.t)).toEqual([500, 2_350]);
    expect(ends(r).map((e) => [e[0], e[1]])).toEqual([
      [850, 'behaviour.transient-failure'],
      [2_450, 'sync.request'],
    ]);
    expect(r.fates[id]).toMatchObject({ kind: 'processed', t: 2_450, rule: 'mq.ack', attempts: 2 });
    expect(tally(messageFates(r))).toEqual({ processed: 1 });
  });
});

describe('SQS FIFO without ReportBatchItemFailures: one flaky message holds the whole batch', () => {
  const r = run({
    durationMs: 120_000,
    function: flaky(1, [{ path: 'flaky', equals: true }]),
    queues: [
      {
        name: 'orders.fifo',
        type: 'fifo',
        producers: [
          { ...at0('a-flaky', { flaky: true }), messageGroupIds: ['A'] },
          { ...at0('a-next', { flaky: false }), messageGroupIds: ['A'] },
          { ...at0('b', { flaky: false }), messageGroupIds: ['B'] },
        ],
        mapping: {},
      },
    ],
  });
  const [a1, a2, b1] = sentIds(r) as [number, number, number];

  it('fails the batch once, then takes all three again in order after the visibility timeout', () => {
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.rule, e.detail?.records])).toEqual([
      [0, 'sqs.fifo-order', [a1, a2, b1]],
      [30_000, 'sqs.fifo-order', [a1, a2, b1]],
    ]);
    expect(ends(r).map((e) => [e[0], e[1]])).toEqual([
      [350, 'behaviour.transient-failure'],
      [30_100, 'sync.request'],
    ]);
    expect(messageFates(r).map((f) => [f.msg, f.kind, f.t, f.attempts])).toEqual([
      [a1, 'processed', 30_100, 2],
      [a2, 'processed', 30_100, 2],
      [b1, 'processed', 30_100, 2],
    ]);
  });
});
