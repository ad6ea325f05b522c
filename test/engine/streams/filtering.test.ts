import { describe, expect, it } from 'vitest';
import { run } from '../helpers';
import { batches, putIds, recordFates } from './helpers';

/** NEW, PAID, FAILED and a plain-text record, three times over. */
const PAYLOADS = [
  { status: 'NEW', n: 1 },
  { status: 'PAID', n: 7 },
  { status: 'FAILED', n: 9 },
  'plain text',
];
const TWELVE = Array.from({ length: 12 }, (_, i) => 100 + i * 10);

function kinesis(filters: unknown[]) {
  return run({
    durationMs: 10_000,
    streams: [
      {
        kind: 'kinesis',
        name: 'orders',
        producers: [
          {
            id: 'shop',
            arrivals: { kind: 'single', atMs: TWELVE },
            payloads: PAYLOADS,
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: {
          startingPosition: 'TRIM_HORIZON',
          filterCriteria: {
            filters: filters.map((pattern) => ({ pattern: pattern as Record<string, unknown> })),
          },
        },
      },
    ],
  });
}

const count = (r: ReturnType<typeof run>, kind: string) =>
  r.fates.filter((f) => f.kind === kind).length;

describe('event filtering on Kinesis records', () => {
  it('ORs the filters: records matching none are skipped, the rest are sent', () => {
    const r = kinesis([{ data: { status: ['NEW'] } }, { data: { status: ['FAILED'] } }]);
    expect(count(r, 'filtered-out')).toBe(6); // PAID ×3 and the plain-text records ×3
    expect(count(r, 'checkpointed')).toBe(6);
    const sent = batches(r);
    expect(sent).toHaveLength(1);
    const order = putIds(r);
    expect(sent[0]!.detail!.records!.map((id) => order.indexOf(id))).toEqual([0, 2, 4, 6, 8, 10]);
    const filtered = r.trace.filter((e) => e.kind === 'stream.filtered');
    expect(filtered).toHaveLength(6);
    expect(filtered.every((e) => e.rule === 'stream.filter' && e.t === 1_000)).toBe(true);
  });

  it('ANDs the fields inside one filter', () => {
    const r = kinesis([{ data: { status: ['NEW', 'FAILED'], n: [{ numeric: ['>', 5] }] } }]);
    expect(recordFates(r).filter((f) => f.startsWith('checkpointed'))).toHaveLength(3); // FAILED, n 9
  });

  it('filters on metadata beside the data, and never matches a plain-text body with a data pattern', () => {
    expect(count(kinesis([{ partitionKey: ['green'] }]), 'filtered-out')).toBe(0);
    expect(count(kinesis([{ data: { status: [{ exists: true }] } }]), 'filtered-out')).toBe(3);
  });

  it('invokes nothing when nothing matches (filtered records are not billed)', () => {
    const r = kinesis([{ data: { status: ['REFUNDED'] } }]);
    expect(count(r, 'filtered-out')).toBe(12);
    expect(r.stats.invocations).toBe(0);
  });
});

describe('event filtering on DynamoDB changes', () => {
  function table(streamViewType?: 'KEYS_ONLY' | 'NEW_IMAGE') {
    return run({
      durationMs: 10_000,
      streams: [
        {
          kind: 'dynamodb',
          name: 'Orders',
          streamViewType,
          producers: [
            {
              id: 'app',
              arrivals: { kind: 'single', atMs: [10, 20, 30, 40] },
              payloads: [
                { orderId: 'o1', status: 'NEW' },
                { orderId: 'o2', status: 'PAID' },
                { orderId: 'o3', status: 'NEW' },
                { orderId: 'o4', status: 'NEW' },
              ],
              partitionKey: { kind: 'field', path: 'orderId' },
            },
          ],
          mapping: {
            startingPosition: 'TRIM_HORIZON',
            filterCriteria: {
              filters: [{ pattern: '{"dynamodb":{"NewImage":{"status":{"S":["NEW"]}}}}' }],
            },
          },
        },
      ],
    });
  }

  it('applies the pattern to the change under "dynamodb" (pattern given as JSON text)', () => {
    const r = table();
    expect(recordFates(r)).toEqual([
      'checkpointed@600',
      'filtered-out@250',
      'checkpointed@600',
      'checkpointed@600',
    ]);
    const first = (r.messages[putIds(r)[0]!]!.payload as { dynamodb: Record<string, unknown> })
      .dynamodb;
    expect(first.Keys).toEqual({ orderId: { S: 'o1' } });
    expect(first.NewImage).toEqual({ orderId: { S: 'o1' }, status: { S: 'NEW' } });
  });

  it('finds nothing to match when the stream carries keys only', () => {
    expect(count(table('KEYS_ONLY'), 'filtered-out')).toBe(4);
  });
});

describe('event filtering on Kafka records', () => {
  it('matches the decoded value and commits the offsets of unmatched records too', () => {
    const r = run({
      durationMs: 10_000,
      kafka: [
        {
          kind: 'msk',
          cluster: 'shop',
          topic: 'orders',
          partitions: 2,
          producers: [
            {
              id: 'checkout',
              arrivals: { kind: 'single', atMs: [100, 110, 120, 130, 140, 150, 160, 170] },
              payloads: PAYLOADS,
              partitionKey: { kind: 'cycle', values: ['a', 'a', 'b', 'b'] },
            },
          ],
          mapping: {
            startingPosition: 'TRIM_HORIZON',
            filterCriteria: { filters: [{ pattern: { value: { status: ['FAILED'] } } }] },
          },
        },
      ],
    });
    expect(count(r, 'filtered-out')).toBe(6);
    expect(
      r.trace
        .filter((e) => e.kind === 'stream.filtered')
        .every((e) => e.rule === 'stream.kafka-filter'),
    ).toBe(true);
    // The two FAILED records went to the function; every offset of both partitions is committed.
    expect(batches(r).map((e) => e.detail!.batchSize)).toEqual([2]);
    const commits = r.trace.filter((e) => e.kind === 'kafka.committed');
    expect(commits.map((e) => `${e.t}:${JSON.stringify(e.detail!.offsets)}`)).toEqual([
      '100:{"orders-0":1}', // NEW at offset 0: filtered out, committed at once
      '110:{"orders-0":2}', // PAID at offset 1: the same
      '140:{"orders-0":3}', // partition 0 has its own consumer: nothing of it matches
      '150:{"orders-0":4}',
      '970:{"orders-1":4}', // partition 1: after the batch of its two FAILED records
    ]);
  });
});
