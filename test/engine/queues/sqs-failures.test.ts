import { describe, expect, it } from 'vitest';
import { alwaysFails } from '../helpers';
import {
  batchFates,
  failsOnBad,
  kind,
  messageFates,
  run,
  sentIds,
  tally,
  timesOf,
} from './helpers';

/** A standard queue with a redrive policy and a mapping, fed by `producers` at time 0. */
function queue(extra: Record<string, unknown> = {}, mapping: Record<string, unknown> = {}) {
  return {
    name: 'orders',
    redrivePolicy: { deadLetterQueue: 'orders-dlq', maxReceiveCount: 3 },
    producers: [
      {
        id: 'checkout',
        arrivals: { kind: 'burst' as const, atMs: 0, count: 9 },
        body: { bad: false },
      },
      { id: 'legacy', arrivals: { kind: 'single' as const, atMs: [0] }, body: { bad: true } },
    ],
    mapping,
    ...extra,
  };
}

describe('SQS: a batch fails as a whole', () => {
  const r = run({ durationMs: 600_000, function: alwaysFails(100), queues: [queue()] });
  const ids = sentIds(r);

  it('receives all 10 three times, spaced by the 30 s visibility timeout', () => {
    expect(ids).toHaveLength(10);
    for (const id of ids) {
      expect(timesOf(r, 'queue.received', id)).toEqual([0, 30_000, 60_000]);
      expect(timesOf(r, 'queue.returned', id)).toEqual([30_000, 60_000]);
      expect(kind(r, 'queue.received', id).map((e) => e.detail?.receiveCount)).toEqual([1, 2, 3]);
    }
  });

  it('invokes one batch of 10 per receive; each fails and keeps every message', () => {
    const batches = kind(r, 'queue.batch');
    expect(batches.map((e) => [e.t, e.detail?.count, e.detail?.closedBy])).toEqual([
      [0, 10, 'full'],
      [30_000, 10, 'full'],
      [60_000, 10, 'full'],
    ]);
    expect(kind(r, 'queue.batch-failed').map((e) => [e.t, e.detail?.returnsAtMs])).toEqual([
      [350, 30_000], // 250 ms cold start + 100 ms
      [30_100, 60_000],
      [60_100, 90_000],
    ]);
    expect(tally(batchFates(r))).toEqual({ 'batch-failed': 3 });
  });

  it('then the redrive policy moves all 10 to the queue’s DLQ when the third timeout ends', () => {
    const fates = messageFates(r);
    expect(fates.map((f) => [f.kind, f.t, f.rule, f.deliveredTo, f.attempts])).toEqual(
      ids.map(() => ['redriven', 90_000, 'sqs.redrive', ['dlq:sqs:orders-dlq'], 3]),
    );
    expect(kind(r, 'queue.redriven')[0]!.detail).toMatchObject({
      deadLetterQueue: 'orders-dlq',
      receiveCount: 3,
      maxReceiveCount: 3,
    });
  });
});

describe('SQS: one poison message without ReportBatchItemFailures', () => {
  const r = run({ durationMs: 600_000, function: failsOnBad(), queues: [queue()] });

  it('fails the whole batch with the poison message’s error: the 9 good ones come back too', () => {
    const ends = kind(r, 'invoke.end');
    expect(ends.map((e) => [e.t, e.detail?.outcome, e.detail?.errorMessage])).toEqual([
      [350, 'error', 'Cannot process event: bad is true'],
      [30_100, 'error', 'Cannot process event: bad is true'],
      [60_100, 'error', 'Cannot process event: bad is true'],
    ]);
    expect(tally(messageFates(r))).toEqual({ redriven: 10 });
  });
});

describe('SQS: ReportBatchItemFailures with one poison message', () => {
  const r = run({
    durationMs: 600_000,
    function: failsOnBad(),
    queues: [queue({}, { functionResponseTypes: ['ReportBatchItemFailures'] })],
  });
  const ids = sentIds(r);
  const bad = ids[9]!;

  it('deletes the 9 good messages after the first receive', () => {
    const fates = messageFates(r);
    expect(
      fates.filter((f) => f.kind === 'processed').map((f) => [f.msg, f.t, f.attempts]),
    ).toEqual(ids.slice(0, 9).map((id) => [id, 350, 1]));
    expect(kind(r, 'queue.deleted')).toHaveLength(0);
    const partial = kind(r, 'queue.partial-failure');
    expect(partial.map((e) => [e.t, e.detail?.failedRecords, e.detail?.count])).toEqual([
      [350, [bad], 9],
      [30_100, [bad], 0],
      [60_100, [bad], 0],
    ]);
  });

  it('brings only the poison message back, three times, then moves it to the DLQ', () => {
    expect(timesOf(r, 'queue.received', bad)).toEqual([0, 30_000, 60_000]);
    expect(r.fates[bad]).toMatchObject({ kind: 'redriven', t: 90_000, attempts: 3 });
    expect(tally(messageFates(r))).toEqual({ processed: 9, redriven: 1 });
    // The invocations themselves succeed: the function returned batchItemFailures.
    expect(kind(r, 'invoke.end').every((e) => e.detail?.outcome === 'success')).toBe(true);
    expect(tally(batchFates(r))).toEqual({ 'batch-partial': 3 });
  });
});

describe('SQS: throttled batches', () => {
  const r = run({
    durationMs: 120_000,
    function: { reservedConcurrency: 0 },
    queues: [
      {
        name: 'orders',
        redrivePolicy: { deadLetterQueue: 'orders-dlq', maxReceiveCount: 2 },
        producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] } }],
        mapping: {},
      },
    ],
  });
  const [id] = sentIds(r);

  it('keep their messages hidden while the poller retries after 1, 2, 4 and 8 s', () => {
    expect(kind(r, 'throttled').map((e) => e.t)).toEqual([
      0, 1_000, 3_000, 7_000, 15_000, 30_000, 31_000, 33_000, 37_000, 45_000,
    ]);
    expect(kind(r, 'queue.throttle-retry').map((e) => e.detail?.delayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 1_000, 2_000, 4_000, 8_000,
    ]);
    // The next retry (after 16 s) would fall after the visibility timeout: the poller lets go.
    expect(kind(r, 'queue.throttle-gave-up').map((e) => [e.t, e.detail?.returnsAtMs])).toEqual([
      [15_000, 30_000],
      [45_000, 60_000],
    ]);
  });

  it('return the message when the visibility timeout ends, one receive more each time', () => {
    expect(timesOf(r, 'queue.received', id!)).toEqual([0, 30_000]);
    expect(timesOf(r, 'queue.returned', id!)).toEqual([30_000]);
    expect(r.fates[id!]).toMatchObject({ kind: 'redriven', t: 60_000, attempts: 2 });
    expect(tally(batchFates(r))).toEqual({ 'batch-throttled': 2 });
    expect(kind(r, 'invoke.start')).toHaveLength(0);
  });
});

describe('SQS: the function’s own DLQ', () => {
  const r = run({
    durationMs: 600_000,
    function: { ...alwaysFails(), deadLetterQueue: { type: 'sqs', name: 'fn-dlq' } },
    queues: [queue()],
  });

  it('is named as unused when the mapping is created, and never receives anything', () => {
    const note = kind(r, 'queue.function-dlq-ignored');
    expect(note.map((e) => [e.t, e.rule, e.detail?.target, e.detail?.targetType])).toEqual([
      [0, 'esm.function-dlq-ignored', 'fn-dlq', 'sqs'],
    ]);
    expect(kind(r, 'dlq.sent')).toHaveLength(0);
    expect(tally(messageFates(r))).toEqual({ redriven: 10 });
  });
});

describe('SQS: a partial batch response Lambda cannot use, or one that reports nothing', () => {
  const withReply = (reply: string) =>
    run({
      durationMs: 600_000,
      function: {
        ...failsOnBad(),
        behaviour: { ...failsOnBad().behaviour, partialBatchResponse: reply as 'valid' },
      },
      queues: [queue({}, { functionResponseTypes: ['ReportBatchItemFailures'] })],
    });

  it.each([
    'null-identifier',
    'empty-identifier',
    'unknown-identifier',
    'wrong-key',
    'invalid-json',
  ])('%s: the whole batch fails, and all 10 come back until the DLQ takes them', (reply) => {
    const r = withReply(reply);
    const failed = kind(r, 'queue.batch-failed');
    expect(failed.map((e) => [e.t, e.rule, e.detail?.errorType, e.detail?.count])).toEqual([
      [350, 'sqs.partial-batch-malformed', 'MalformedPartialBatchResponse', 10],
      [30_100, 'sqs.partial-batch-malformed', 'MalformedPartialBatchResponse', 10],
      [60_100, 'sqs.partial-batch-malformed', 'MalformedPartialBatchResponse', 10],
    ]);
    // The handler itself returned normally: it is the response that Lambda refuses.
    expect(kind(r, 'invoke.end').every((e) => e.detail?.outcome === 'success')).toBe(true);
    expect(tally(messageFates(r))).toEqual({ redriven: 10 });
  });

  it.each(['empty-list', 'null-list', 'empty-response'])(
    '%s: complete success, so even the poison message is deleted',
    (reply) => {
      const r = withReply(reply);
      expect(kind(r, 'queue.deleted').map((e) => [e.t, e.rule, e.detail?.count])).toEqual([
        [350, 'sqs.partial-batch-empty', 10],
      ]);
      expect(tally(messageFates(r))).toEqual({ processed: 10 });
      expect(tally(batchFates(r))).toEqual({ 'batch-succeeded': 1 });
    },
  );

  it('a batch with nothing to report is deleted as usual, whatever the reply shape', () => {
    const r = run({
      durationMs: 60_000,
      function: { behaviour: { partialBatchResponse: 'invalid-json' } },
      queues: [queue({}, { functionResponseTypes: ['ReportBatchItemFailures'] })],
    });
    expect(kind(r, 'queue.deleted').map((e) => e.rule)).toEqual(['sqs.delete-on-success']);
  });
});
