import { describe, expect, it } from 'vitest';
import { run } from '../helpers';
import { batches, putIds, recordFates } from './helpers';

const HOUR = 3_600_000;

describe('mapping settings', () => {
  it('qualifier: the batches run the version the alias points to', () => {
    const r = run({
      durationMs: 10_000,
      function: {
        versions: [
          {
            version: 1,
            runtime: 'python',
            packageType: 'zip',
            memoryMb: 256,
            timeoutSeconds: 30,
            behaviour: { duration: { kind: 'fixed', ms: 700 } },
          },
        ],
        aliases: [{ name: 'live', version: 1 }],
      },
      streams: [
        {
          kind: 'kinesis',
          name: 'clicks',
          producers: [{ id: 'web', arrivals: { kind: 'single', atMs: [100] } }],
          mapping: { startingPosition: 'TRIM_HORIZON', qualifier: 'live' },
        },
      ],
    });
    const routed = r.trace.find((e) => e.kind === 'alias.routed')!;
    expect(routed.version).toBe('1');
    expect(r.trace.find((e) => e.kind === 'invoke.end')!.detail!.durationMs).toBe(700);
    expect(recordFates(r)).toEqual(['checkpointed@1950']);
  });

  it('enabled: false reads nothing; the records wait in the stream', () => {
    const r = run({
      durationMs: 10_000,
      streams: [
        {
          kind: 'kinesis',
          name: 'clicks',
          producers: [{ id: 'web', arrivals: { kind: 'single', atMs: [100, 200] } }],
          mapping: { startingPosition: 'TRIM_HORIZON', enabled: false },
        },
      ],
    });
    expect(r.trace.find((e) => e.kind === 'stream.mapping-created')!.detail!.enabled).toBe(false);
    expect(batches(r)).toHaveLength(0);
    expect(recordFates(r)).toEqual(['in-flight@10000', 'in-flight@10000']);
    expect(r.streams!.sources[0]!.units[0]!.waiting.value).toEqual([0, 1, 2]);
  });

  it('retentionHours: a Kinesis stream can keep records longer than 24 h', () => {
    const doc = (retentionHours: number) =>
      run({
        durationMs: 50 * HOUR,
        streams: [
          {
            kind: 'kinesis',
            name: 'clicks',
            retentionHours,
            producers: [{ id: 'web', arrivals: { kind: 'single', atMs: [100] } }],
            mapping: { startingPosition: 'TRIM_HORIZON', enabled: false },
          },
        ],
      });
    expect(recordFates(doc(24))).toEqual([`expired@${24 * HOUR + 100}`]);
    expect(recordFates(doc(48))).toEqual([`expired@${48 * HOUR + 100}`]);
  });
});

describe('DynamoDB changes', () => {
  function orders(streamViewType: 'NEW_AND_OLD_IMAGES' | 'OLD_IMAGE') {
    return run({
      durationMs: 10_000,
      streams: [
        {
          kind: 'dynamodb',
          name: 'Orders',
          streamViewType,
          producers: [
            {
              id: 'create',
              arrivals: { kind: 'single', atMs: [10] },
              payload: { orderId: 7, status: 'PLACED' },
              partitionKey: { kind: 'field', path: 'orderId' },
            },
            {
              id: 'ship',
              arrivals: { kind: 'single', atMs: [20] },
              payload: { orderId: 7, status: 'SHIPPED' },
              partitionKey: { kind: 'field', path: 'orderId' },
              eventName: 'MODIFY',
            },
            {
              id: 'delete',
              arrivals: { kind: 'single', atMs: [30] },
              payload: { orderId: 7 },
              partitionKey: { kind: 'field', path: 'orderId' },
              eventName: 'REMOVE',
            },
          ],
          mapping: { startingPosition: 'TRIM_HORIZON' },
        },
      ],
    });
  }
  const change = (r: ReturnType<typeof run>, i: number) =>
    r.messages[putIds(r)[i]!]!.payload as { eventName: string; dynamodb: Record<string, unknown> };

  it('carry the item before and after the change, as the stream view type says', () => {
    const r = orders('NEW_AND_OLD_IMAGES');
    expect(change(r, 0).eventName).toBe('INSERT');
    expect(change(r, 1)).toMatchObject({
      eventName: 'MODIFY',
      dynamodb: {
        Keys: { orderId: { N: '7' } },
        OldImage: { orderId: { N: '7' }, status: { S: 'PLACED' } },
        NewImage: { orderId: { N: '7' }, status: { S: 'SHIPPED' } },
      },
    });
    expect(change(r, 2).dynamodb.NewImage).toBeUndefined();
    expect(change(r, 2).dynamodb.OldImage).toEqual({
      orderId: { N: '7' },
      status: { S: 'SHIPPED' },
    });
    const old = orders('OLD_IMAGE');
    expect(change(old, 1).dynamodb.NewImage).toBeUndefined();
    expect(change(old, 1).dynamodb.StreamViewType).toBe('OLD_IMAGE');
  });
});

describe('Kafka pollers', () => {
  function busyTopic(opts: { maximumPollers?: number; reserved?: number }) {
    return run({
      durationMs: 300_000,
      function: {
        runtime: 'nodejs',
        reservedConcurrency: opts.reserved,
        behaviour: { duration: { kind: 'fixed', ms: 2_000 } },
      },
      kafka: [
        {
          kind: 'msk',
          cluster: 'shop',
          topic: 'orders',
          partitions: 3,
          producers: [
            {
              id: 'checkout',
              arrivals: { kind: 'constant', ratePerSecond: 20, durationMs: 300_000 },
              partitionKey: { kind: 'random', count: 30 },
            },
          ],
          mapping: {
            startingPosition: 'TRIM_HORIZON',
            batchSize: 10,
            ...(opts.maximumPollers === undefined
              ? {}
              : {
                  provisionedPollerConfig: {
                    minimumPollers: 1,
                    maximumPollers: opts.maximumPollers,
                  },
                }),
          },
        },
      ],
    });
  }

  it('maximumPollers caps the consumers below the partition count', () => {
    // On demand it starts with two consumers (sim default) and grows to one per partition.
    expect(busyTopic({}).streams!.sources[0]!.consumers!.value).toEqual([2, 3]);
    expect(busyTopic({ maximumPollers: 2 }).streams!.sources[0]!.consumers!.value).toEqual([1, 2]);
  });

  it('a throttled function makes Lambda take a consumer away', () => {
    const r = busyTopic({ reserved: 2 });
    const scaled = r.trace.filter((e) => e.kind === 'kafka.scaled');
    expect(scaled.map((e) => `${e.t}:${e.detail!.consumers}:${e.detail!.reason}`)).toEqual([
      '60000:3:lag',
      '120000:2:throttled',
      '180000:3:lag',
      '240000:2:throttled',
      '300000:1:throttled',
    ]);
    expect(r.stats.throttles).toBeGreaterThan(0);
  });
});
