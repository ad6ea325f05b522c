import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario';
import { run } from '../helpers';
import { batches, poisonFunction, putIds, recordFates } from './helpers';

type Mapping = NonNullable<ScenarioInput['streams']>[number]['mapping'];

/** Six records on one shard at 100 … 600 ms; the 3rd and 5th are poison. */
function sixRecords(
  mapping: Partial<Mapping>,
  extra: Partial<ScenarioInput> = {},
  kind: 'kinesis' | 'dynamodb' = 'kinesis',
) {
  return run({
    durationMs: 200_000,
    function: poisonFunction(),
    streams: [
      {
        kind,
        name: 'orders',
        producers: [
          {
            id: 'checkout',
            arrivals: { kind: 'single', atMs: [100, 200, 300, 400, 500, 600] },
            payloads: [1, 2, 3, 4, 5, 6].map((n) =>
              n === 3 || n === 5 ? { n, poison: true } : { n },
            ),
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: { startingPosition: 'TRIM_HORIZON', ...mapping },
      },
    ],
    ...extra,
  });
}

function sent(r: ReturnType<typeof run>): string[] {
  const order = putIds(r);
  return batches(r).map(
    (e) =>
      `${e.t}:${(e.detail!.records ?? []).map((id) => order.indexOf(id)).join(',')}#${e.attempt}`,
  );
}

describe('ReportBatchItemFailures', () => {
  const r = sixRecords({
    functionResponseTypes: ['ReportBatchItemFailures'],
    maximumRetryAttempts: 1,
  });
  const seq = (i: number) =>
    r.trace.find((e) => e.kind === 'stream.put' && e.msg === putIds(r)[i])!.detail!.sequenceNumber!;

  it('checkpoints before the lowest failed sequence number and retries from there', () => {
    const partial = r.trace.filter((e) => e.kind === 'stream.partial');
    // The function returns normally, naming the two bad records; records 0 and 1 are done.
    expect(partial[0]!.detail!.itemFailures).toEqual([seq(2), seq(4)]);
    expect(partial[0]!.rule).toBe('stream.partial-batch');
    expect(sent(r)).toEqual(['1000:0,1,2,3,4,5#1', '2350:2,3,4,5#2']);
    // After the one retry allowed, Lambda skips from the checkpoint on: the rest of the batch.
    expect(
      r.trace
        .filter((e) => e.kind === 'stream.checkpoint')
        .map((e) => `${e.t}:${e.detail!.sequenceNumber}`),
    ).toEqual([`1350:${seq(1)}`, `2450:${seq(5)}`]);
    expect(recordFates(r)).toEqual([
      'checkpointed@1350',
      'checkpointed@1350',
      'dropped@2450',
      'dropped@2450',
      'dropped@2450',
      'dropped@2450',
    ]);
  });

  it('with bisecting, splits from the checkpoint and isolates each bad record', () => {
    const b = sixRecords({
      functionResponseTypes: ['ReportBatchItemFailures'],
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 1,
    });
    expect(sent(b)).toEqual([
      '1000:0,1,2,3,4,5#1',
      '2350:2,3#1', // the rest, halved
      '4450:2#1', // 2 fails again: alone now, so the next try is a retry
      '8550:2#2',
      '8650:3#1',
      '8750:4,5#1',
      '9850:4#1',
      '11950:4#2',
      '12050:5#1',
    ]);
    expect(recordFates(b)).toEqual([
      'checkpointed@1350',
      'checkpointed@1350',
      'dropped@8650',
      'checkpointed@8750',
      'dropped@12050',
      'checkpointed@12150',
    ]);
  });
});

describe('MaximumRecordAgeInSeconds', () => {
  it('gives the batch up the moment its oldest record is too old', () => {
    const r = sixRecords({ maximumRecordAgeInSeconds: 60 });
    const discarded = r.trace.find((e) => e.kind === 'stream.discarded')!;
    expect(discarded.t).toBe(100 + 60_000);
    expect(discarded.rule).toBe('stream.max-record-age');
    expect(discarded.detail).toMatchObject({ streamCondition: 'RecordAgeExceeded', batchSize: 6 });
    // Tries before that: 1 s, 2 s, 4 s … after each failure.
    expect(sent(r).map((s) => s.split(':')[0])).toEqual([
      '1000',
      '2350',
      '4450',
      '8550',
      '16650',
      '32750',
    ]);
    expect(new Set(recordFates(r))).toEqual(new Set(['dropped@60100']));
  });

  it('is measured from each record’s arrival when reading, too', () => {
    // Created 2 minutes late with TRIM_HORIZON: everything is already older than 60 s.
    const r = sixRecords({ maximumRecordAgeInSeconds: 60, createdAtMs: 120_000 });
    expect(batches(r)).toHaveLength(0);
    expect(r.trace.find((e) => e.kind === 'stream.discarded')!.t).toBe(120_000);
    expect(new Set(recordFates(r))).toEqual(new Set(['dropped@120000']));
  });
});

describe('throttles', () => {
  it('are retried without using retry attempts, until the records are too old', () => {
    const r = sixRecords(
      {
        maximumRetryAttempts: 0,
        maximumRecordAgeInSeconds: 60,
        destinationConfig: { onFailure: { type: 's3', name: 'failed-batches' } },
      },
      { function: { ...poisonFunction(), reservedConcurrency: 0 } },
    );
    const retries = r.trace.filter((e) => e.kind === 'stream.retry');
    expect(retries.map((e) => e.t)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(
      retries.every((e) => e.rule === 'stream.throttle-retry' && e.detail!.cause === 'throttle'),
    ).toBe(true);
    expect(r.trace.filter((e) => e.kind === 'stream.batch').every((e) => e.attempt === 1)).toBe(
      true,
    );
    const dest = r.trace.find((e) => e.kind === 'stream.destination')!;
    expect(dest.t).toBe(60_100);
    expect(dest.detail!.failureRecord).toMatchObject({
      requestContext: { condition: 'RecordAgeExceeded', approximateInvokeCount: 0 },
      responseContext: { statusCode: 429, executedVersion: '$LATEST' },
    });
    expect(r.fates[putIds(r)[0]!]!.deliveredTo).toEqual(['onFailure:s3:failed-batches']);
  });

  it('service errors are retried the same way', () => {
    const r = sixRecords({}, { faults: { serviceErrorRate: 1 }, durationMs: 5_000 });
    const retries = r.trace.filter((e) => e.kind === 'stream.retry');
    expect(retries.map((e) => `${e.t}:${e.detail!.cause}`)).toEqual([
      '1000:service-error',
      '2000:service-error',
      '4000:service-error',
    ]);
  });
});

describe('on-failure record for DynamoDB', () => {
  it('describes the batch with DDBStreamBatchInfo', () => {
    const r = sixRecords(
      {
        maximumRetryAttempts: 0,
        destinationConfig: { onFailure: { type: 'sns', name: 'alerts' } },
      },
      {},
      'dynamodb',
    );
    const rec = r.trace.find((e) => e.kind === 'stream.destination')!.detail!.failureRecord!;
    expect(rec.KinesisBatchInfo).toBeUndefined();
    expect(rec.DDBStreamBatchInfo).toEqual({
      shardId: 'shardId-000000000000',
      // Records 1 and 2 went in the 250 ms read and succeeded; the next batch failed.
      startSequenceNumber: '100000000000000000003',
      endSequenceNumber: '100000000000000000006',
      approximateArrivalOfFirstRecord: '2026-01-01T00:00:00.300Z',
      approximateArrivalOfLastRecord: '2026-01-01T00:00:00.600Z',
      batchSize: 4,
      streamArn:
        'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000',
    });
    expect(rec.requestContext).toMatchObject({
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: 1,
    });
  });
});

/** Batches (3, 4) and (5, 6) each hold a poison record: given up at once, 2.1 s and 3.1 s. */
const S3_SENT: [number, string, number][] = [
  [2_100, 'onFailure:s3:failed', 2],
  [3_100, 'onFailure:s3:failed', 2],
];

describe('what an on-failure destination receives', () => {
  const giveUp = (type: 'sqs' | 's3') =>
    sixRecords({
      batchSize: 2,
      maximumRetryAttempts: 0,
      destinationConfig: { onFailure: { type, name: 'failed' } },
    });

  it('S3 gets the whole invocation record: the records themselves with the metadata', () => {
    const r = giveUp('s3');
    const sent = r.trace.filter((e) => e.kind === 'stream.destination');
    expect(sent.map((e) => [e.t, e.to, e.detail!.batchSize])).toEqual(S3_SENT);
    const record = sent[0]!.detail!.failureRecord!;
    expect(record.KinesisBatchInfo).toMatchObject({ batchSize: 2 });
    // The batch event the function received, records and all.
    expect(record.payload).toBe(r.messages[sent[0]!.msg]!.payload);
    const records = (record.payload as { Records: { kinesis: { data: string } }[] }).Records;
    expect(records.map((x) => JSON.parse(atob(x.kinesis.data)))).toEqual([
      { n: 3, poison: true },
      { n: 4 },
    ]);
  });

  it('SQS gets the metadata alone: where the records are, not the records', () => {
    const r = giveUp('sqs');
    const sent = r.trace.filter((e) => e.kind === 'stream.destination');
    expect(sent.map((e) => e.t)).toEqual(S3_SENT.map(([t]) => t));
    expect(sent[0]!.detail!.failureRecord!.payload).toBeUndefined();
    expect(sent[0]!.detail!.failureRecord!.KinesisBatchInfo).toMatchObject({ batchSize: 2 });
  });
});
