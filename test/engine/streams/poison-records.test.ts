import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/engine';
import { base64 } from '../../../src/catalog/services/sample';
import { run } from '../helpers';
import { batches, poisonFunction } from './helpers';

/**
 * The seam between a batch and the function's `errorWhen`: a batch invocation carries the decoded
 * records its handler walks (`records`); its payload is exactly the event AWS sends.
 */

/** The invocation message of the n-th batch attempt. */
const batchMsg = (r: Run, n = 0) => r.messages[batches(r)[n]!.msg]!;
const ends = (r: Run) =>
  r.trace
    .filter((e) => e.kind === 'invoke.end')
    .map((e) => [e.t, e.detail?.outcome, e.detail?.errorMessage]);

/** Three Kinesis records on one shard at 100, 200, 300 ms; the second one is poison. */
function kinesis(fn: object, mapping: Record<string, unknown> = {}) {
  return run({
    durationMs: 3_000,
    function: fn,
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
        mapping: { startingPosition: 'TRIM_HORIZON', maximumRetryAttempts: 0, ...mapping },
      },
    ],
  });
}

describe('Kinesis without a partial batch response: a poison record fails the batch', () => {
  const r = kinesis(poisonFunction());

  it('carries the three decoded records, in shard order', () => {
    expect(batchMsg(r).records).toEqual([{ n: 1 }, { n: 2, poison: true }, { n: 3 }]);
  });

  it('reads at the 1 s poll and fails at 1,350 (250 ms cold start, 100 ms handler)', () => {
    expect(batches(r).map((e) => e.t)).toEqual([1_000]);
    expect(ends(r)).toEqual([[1_350, 'error', 'Cannot process event: poison is true']]);
  });

  it('shows the Kinesis event and nothing else: no field of the poison record rides along', () => {
    const event = batchMsg(r).payload as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(event)).toEqual(['Records']);
    const records = event.Records as Array<{ kinesis: { data: string } }>;
    expect(records.map((x) => x.kinesis.data)).toEqual([
      base64('{"n":1}'),
      base64('{"n":2,"poison":true}'),
      base64('{"n":3}'),
    ]);
  });
});

describe('the first poison record names the error, whatever the order of the predicates', () => {
  // The first predicate matches the third record; the second matches the second record.
  const r = kinesis({
    ...poisonFunction(),
    behaviour: {
      duration: { kind: 'fixed', ms: 100 },
      errorWhen: [
        { path: 'n', equals: 3 },
        { path: 'poison', equals: true },
      ],
    },
  });

  it('throws where the handler meets the second record', () => {
    expect(ends(r)).toEqual([[1_350, 'error', 'Cannot process event: poison is true']]);
  });
});

describe('Kinesis with ReportBatchItemFailures: the handler reports instead of throwing', () => {
  const r = kinesis(poisonFunction(), { functionResponseTypes: ['ReportBatchItemFailures'] });

  it('carries no records to fail on; the invocation succeeds and reports the poison record', () => {
    expect(batchMsg(r).records).toBeNull();
    expect(ends(r)[0]).toEqual([1_350, 'success', undefined]);
    expect(r.trace.filter((e) => e.kind === 'stream.partial').map((e) => e.t)).toEqual([1_350]);
  });
});

describe('DynamoDB Streams: the handler reads the item, the event keeps attribute values', () => {
  const r = run({
    durationMs: 3_000,
    function: poisonFunction(),
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
        mapping: { startingPosition: 'TRIM_HORIZON', maximumRetryAttempts: 0 },
      },
    ],
  });

  it('fails on the item and shows the stream record as AWS shapes it', () => {
    expect(batchMsg(r).records).toEqual([{ orderId: 7, poison: true }]);
    // Read at the 250 ms poll, then 250 ms cold start and the 100 ms handler.
    expect(batches(r).map((e) => e.t)).toEqual([250]);
    expect(ends(r)[0]).toEqual([600, 'error', 'Cannot process event: poison is true']);
    const event = batchMsg(r).payload as { Records: Array<{ dynamodb: { NewImage: unknown } }> };
    expect(Object.getOwnPropertyNames(event)).toEqual(['Records']);
    expect(event.Records[0]!.dynamodb.NewImage).toEqual({
      orderId: { N: '7' },
      poison: { BOOL: true },
    });
  });
});

describe('Kafka: records grouped by partition in the event, in reading order for the handler', () => {
  const r = run({
    durationMs: 3_000,
    function: poisonFunction(),
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
            payloads: [{ n: 1, poison: true }, { n: 2 }],
            partitionKey: { kind: 'fixed', value: 'a' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON' },
      },
    ],
  });

  it('fails on the poison record; the payload is the MSK event alone', () => {
    expect(batchMsg(r).records).toEqual([{ n: 1, poison: true }, { n: 2 }]);
    // The 500 ms batching window from the first record, 250 ms cold start, 100 ms handler.
    expect(batches(r)[0]!.t).toBe(600);
    expect(ends(r)[0]).toEqual([950, 'error', 'Cannot process event: poison is true']);
    expect(Object.getOwnPropertyNames(batchMsg(r).payload)).toEqual([
      'eventSource',
      'eventSourceArn',
      'bootstrapServers',
      'records',
    ]);
  });
});
