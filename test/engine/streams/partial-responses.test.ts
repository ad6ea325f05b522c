import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/engine';
import { describeEvent } from '../../../src/view';
import { run } from '../helpers';
import { batches, putIds, recordFates, sequenceOf } from './helpers';

const ends = (r: Run) =>
  r.trace
    .filter((e) => e.kind === 'invoke.end')
    .map((e) => [e.t, e.rule, e.detail?.outcome, e.detail?.errorMessage]);
const partials = (r: Run) => r.trace.filter((e) => e.kind === 'stream.partial');

/** Node.js (250 ms cold start), 100 ms handler, with extra behaviour settings. */
const fn = (behaviour: Record<string, unknown>) => ({
  runtime: 'nodejs' as const,
  behaviour: { duration: { kind: 'fixed' as const, ms: 100 }, ...behaviour },
});
const flakySecond = { transientFailure: { attempts: 1, when: [{ path: 'n', equals: 2 }] } };

/** Three Kinesis records on one shard at 100, 200, 300 ms, read at the 1 s poll. */
function kinesis(function_: object, mapping: Record<string, unknown> = {}) {
  return run({
    durationMs: 20_000,
    function: function_,
    streams: [
      {
        kind: 'kinesis',
        name: 'orders',
        producers: [
          {
            id: 'checkout',
            arrivals: { kind: 'single', atMs: [100, 200, 300] },
            payloads: [{ n: 1 }, { n: 2, poison: true }, { n: 3 }],
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', ...mapping },
      },
    ],
  });
}

describe('Kinesis: a record that fails its first try, without a partial batch response', () => {
  const r = kinesis(fn(flakySecond));

  it('fails the batch at record 2, then the retry 1 s later gets through', () => {
    expect(batches(r).map((e) => e.t)).toEqual([1_000, 2_350]);
    expect(ends(r)).toEqual([
      [
        1_350,
        'behaviour.transient-failure',
        'error',
        'Temporary failure: record 2 of the batch fails its try 1 (only its first try fails)',
      ],
      [2_450, 'sync.request', 'success', undefined],
    ]);
    expect(recordFates(r)).toEqual(['checkpointed@2450', 'checkpointed@2450', 'checkpointed@2450']);
  });
});

describe('Kinesis: a record that fails its first try, with ReportBatchItemFailures', () => {
  const r = kinesis(fn(flakySecond), { functionResponseTypes: ['ReportBatchItemFailures'] });
  const [r1, r2, r3] = putIds(r) as [number, number, number];

  it('checkpoints record 1 and retries from record 2, counted per record', () => {
    expect(
      partials(r).map((e) => [e.t, e.rule, e.detail?.records, e.detail?.transientRecords]),
    ).toEqual([[1_350, 'stream.partial-batch', [r2, r3], [r2]]]);
    expect(partials(r)[0]!.detail?.itemFailures).toEqual([sequenceOf(r).get(r2)]);
    expect(batches(r).map((e) => [e.t, e.detail?.records])).toEqual([
      [1_000, [r1, r2, r3]],
      [2_350, [r2, r3]],
    ]);
    expect(recordFates(r)).toEqual(['checkpointed@1350', 'checkpointed@2450', 'checkpointed@2450']);
    expect(describeEvent(partials(r)[0]!, r)).toBe(
      'Function reports 1 failed record (1 of them only for now: a transient failure): checkpoint before the lowest, 2 records go again',
    );
  });
});

describe('Kinesis: a malformed partial batch response fails the whole batch', () => {
  // Record 2 is poison: the handler reports it, in a response Lambda cannot use.
  const r = kinesis(
    fn({ errorWhen: [{ path: 'poison', equals: true }], partialBatchResponse: 'wrong-key' }),
    {
      functionResponseTypes: ['ReportBatchItemFailures'],
      maximumRetryAttempts: 2,
    },
  );

  it('retries all three records as the mapping says, then skips the batch', () => {
    expect(partials(r).map((e) => [e.t, e.rule, e.detail?.errorType])).toEqual([
      [1_350, 'stream.partial-batch-malformed', 'MalformedPartialBatchResponse'],
      [2_450, 'stream.partial-batch-malformed', 'MalformedPartialBatchResponse'],
      [4_550, 'stream.partial-batch-malformed', 'MalformedPartialBatchResponse'],
    ]);
    // Retries after 1 s, then 2 s, each with the whole batch; nothing is checkpointed before.
    expect(batches(r).map((e) => [e.t, e.detail?.batchSize])).toEqual([
      [1_000, 3],
      [2_350, 3],
      [4_450, 3],
    ]);
    const retries = r.trace.filter((e) => e.kind === 'stream.retry');
    expect(retries.map((e) => [e.t, e.detail?.retryNumber, e.detail?.errorMessage])).toEqual([
      [1_350, 1, 'The partial batch response does not use the key batchItemFailures'],
      [2_450, 2, 'The partial batch response does not use the key batchItemFailures'],
    ]);
    expect(recordFates(r)).toEqual(['dropped@4550', 'dropped@4550', 'dropped@4550']);
    expect(describeEvent(partials(r)[0]!, r)).toBe(
      'Function reports 1 failed record, but Lambda cannot use the response (The partial batch response does not use the key batchItemFailures): the whole batch of 3 records counts as failed',
    );
  });

  it('bisects the failed batch when bisecting is on, as for any failure', () => {
    const bisect = kinesis(
      fn({
        errorWhen: [{ path: 'poison', equals: true }],
        partialBatchResponse: 'null-identifier',
      }),
      {
        functionResponseTypes: ['ReportBatchItemFailures'],
        maximumRetryAttempts: 0,
        bisectBatchOnFunctionError: true,
      },
    );
    const split = bisect.trace.filter((e) => e.kind === 'stream.bisect');
    // [1, 2] fails again (record 2 is still poison) and splits; then 1 passes, 2 is given up
    // (no retries, nothing left to split) and 3 passes.
    expect(split.map((e) => [e.t, e.detail?.halves, e.detail?.errorType])).toEqual([
      [1_350, [2, 1], 'MalformedPartialBatchResponse'],
      [2_450, [1, 1], 'MalformedPartialBatchResponse'],
    ]);
    expect(recordFates(bisect)).toEqual(['checkpointed@4550', 'dropped@4650', 'checkpointed@4750']);
  });
});

describe('Kinesis: a partial batch response that reports nothing is complete success', () => {
  it.each(['empty-list', 'null-list', 'empty-response'])(
    '%s: every record is checkpointed',
    (reply) => {
      const r = kinesis(
        fn({ errorWhen: [{ path: 'poison', equals: true }], partialBatchResponse: reply }),
        {
          functionResponseTypes: ['ReportBatchItemFailures'],
        },
      );
      expect(partials(r).map((e) => [e.t, e.rule, e.detail?.partialBatchResponse])).toEqual([
        [1_350, 'stream.partial-batch-empty', reply],
      ]);
      expect(batches(r)).toHaveLength(1);
      expect(recordFates(r)).toEqual([
        'checkpointed@1350',
        'checkpointed@1350',
        'checkpointed@1350',
      ]);
      expect(describeEvent(partials(r)[0]!, r)).toBe(
        `Function's response reports no failure (${reply}): Lambda checkpoints all 3 records, the 1 failed one too`,
      );
    },
  );

  it('a batch with nothing to report is checkpointed as usual, whatever the reply shape', () => {
    const r = kinesis(fn({ partialBatchResponse: 'invalid-json' }), {
      functionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(partials(r)).toHaveLength(0);
    expect(recordFates(r)).toEqual(['checkpointed@1350', 'checkpointed@1350', 'checkpointed@1350']);
  });
});

describe('DynamoDB Streams: a malformed response with the record age limit', () => {
  const r = run({
    durationMs: 20_000,
    function: fn({
      errorWhen: [{ path: 'poison', equals: true }],
      partialBatchResponse: 'empty-identifier',
    }),
    streams: [
      {
        kind: 'dynamodb',
        name: 'Orders',
        producers: [
          {
            id: 'create',
            arrivals: { kind: 'single', atMs: [10] },
            payload: { orderId: 7, poison: true },
            partitionKey: { kind: 'field', path: 'orderId' },
          },
        ],
        mapping: {
          startingPosition: 'TRIM_HORIZON',
          maximumRetryAttempts: 1,
          functionResponseTypes: ['ReportBatchItemFailures'],
        },
      },
    ],
  });

  it('fails the batch twice (read at the 250 ms poll), then gives up', () => {
    expect(partials(r).map((e) => [e.t, e.rule])).toEqual([
      [600, 'stream.partial-batch-malformed'],
      [1_700, 'stream.partial-batch-malformed'],
    ]);
    expect(recordFates(r)).toEqual(['dropped@1700']);
  });
});

describe('Kafka: each record counts its own tries', () => {
  const r = run({
    durationMs: 10_000,
    function: fn({ transientFailure: { attempts: 2, when: [{ path: 'n', equals: 1 }] } }),
    kafka: [
      {
        kind: 'msk',
        cluster: 'shop',
        topic: 'charges',
        partitions: 1,
        producers: [
          {
            id: 'api',
            arrivals: { kind: 'single', atMs: [100, 200] },
            payloads: [{ n: 1 }, { n: 2 }],
            partitionKey: { kind: 'fixed', value: 'a' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON' },
      },
    ],
  });

  it('fails the batch at record 1 twice, then commits both records', () => {
    // The 500 ms batching window from the first record, 250 ms cold start, 100 ms handler; the
    // retries come 1 s and then 2 s after each failure.
    expect(batches(r).map((e) => e.t)).toEqual([600, 1_950, 4_050]);
    expect(ends(r).map((e) => [e[0], e[1]])).toEqual([
      [950, 'behaviour.transient-failure'],
      [2_050, 'behaviour.transient-failure'],
      [4_150, 'sync.request'],
    ]);
    expect(recordFates(r)).toEqual(['checkpointed@4150', 'checkpointed@4150']);
  });
});

describe('DynamoDB Streams: an item that fails its first try, with ReportBatchItemFailures', () => {
  const r = run({
    durationMs: 20_000,
    function: fn({ transientFailure: { attempts: 1 } }),
    streams: [
      {
        kind: 'dynamodb',
        name: 'Orders',
        producers: [
          {
            id: 'create',
            arrivals: { kind: 'single', atMs: [10] },
            payload: { orderId: 7 },
            partitionKey: { kind: 'field', path: 'orderId' },
          },
        ],
        mapping: {
          startingPosition: 'TRIM_HORIZON',
          functionResponseTypes: ['ReportBatchItemFailures'],
        },
      },
    ],
  });
  const [item] = putIds(r) as [number];

  it('is reported once, retried 1 s later and checkpointed', () => {
    // Read at the 250 ms poll, 250 ms cold start, 100 ms handler; then warm.
    expect(partials(r).map((e) => [e.t, e.rule, e.detail?.transientRecords])).toEqual([
      [600, 'stream.partial-batch', [item]],
    ]);
    expect(batches(r).map((e) => e.t)).toEqual([250, 1_600]);
    expect(recordFates(r)).toEqual(['checkpointed@1700']);
    expect(r.messages[item]!.tries).toBe(2);
  });
});
