import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/engine';
import { alwaysFails } from '../helpers';
import { kind, run, sentIds } from './helpers';

/** The event a batch invocation carried, as JSON would show it. */
const eventOf = (r: Run, batch: number) =>
  JSON.parse(JSON.stringify(r.messages[kind(r, 'queue.batch')[batch]!.msg]!.payload)) as Record<
    string,
    unknown
  >;

describe('the event a batch hands to the function', () => {
  it('SQS: Records with the body as text and the receive count of that receive', () => {
    const r = run({
      durationMs: 40_000,
      function: alwaysFails(),
      queues: [
        {
          name: 'orders',
          producers: [
            { id: 'p', arrivals: { kind: 'single', atMs: [2_000] }, body: { orderId: 7 } },
          ],
          mapping: {},
        },
      ],
    });
    const [id] = sentIds(r);
    // Read after the run: the first batch still shows its own receive, not the later one.
    const first = eventOf(r, 0);
    const second = eventOf(r, 1);
    const record = (first.Records as Array<Record<string, unknown>>)[0]!;
    expect(record).toMatchObject({
      body: '{"orderId":7}',
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.parse('2026-01-01T00:00:00.000Z') + 2_000),
        ApproximateFirstReceiveTimestamp: String(Date.parse('2026-01-01T00:00:00.000Z') + 2_000),
      },
      messageAttributes: {},
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:orders',
      awsRegion: 'us-east-1',
    });
    expect(record.messageId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(
      (second.Records as Array<{ attributes: Record<string, string> }>)[0]!.attributes
        .ApproximateReceiveCount,
    ).toBe('2');
    expect(r.messages[id!]!.payload).toEqual({ orderId: 7 });
  });

  it('SQS FIFO: the group, the deduplication id and the sequence number', () => {
    const r = run({
      durationMs: 10_000,
      queues: [
        {
          name: 'orders.fifo',
          type: 'fifo',
          producers: [
            {
              id: 'p',
              arrivals: { kind: 'burst', atMs: 0, count: 4 },
              messageGroupIds: ['g1', 'g2'],
            },
          ],
          mapping: {},
        },
      ],
    });
    const records = eventOf(r, 0).Records as Array<{
      messageId: string;
      attributes: Record<string, string>;
    }>;
    // Round robin over the groups; a batch takes g1's run, then g2's.
    expect(records.map((x) => [x.attributes.MessageGroupId, x.attributes.SequenceNumber])).toEqual([
      ['g1', '00000000000000000001'],
      ['g1', '00000000000000000003'],
      ['g2', '00000000000000000002'],
      ['g2', '00000000000000000004'],
    ]);
    expect(records.every((x) => x.attributes.MessageDeduplicationId === x.messageId)).toBe(true);
  });

  it('ActiveMQ: messages with the data in base64 and the queue as destination', () => {
    const r = run({
      durationMs: 10_000,
      brokers: [
        {
          name: 'inventory',
          queue: 'stock',
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] }, body: 'héllo' }],
          mapping: {},
        },
      ],
    });
    const e = eventOf(r, 0);
    expect(e.eventSource).toBe('aws:mq');
    expect(e.eventSourceArn).toMatch(/^arn:aws:mq:us-east-1:123456789012:broker:inventory:b-/);
    expect((e.messages as unknown[])[0]).toMatchObject({
      messageType: 'jms/text-message',
      redelivered: false,
      destination: { physicalName: 'stock' },
      data: 'aMOpbGxv',
    });
  });

  it('RabbitMQ: rmqMessagesByQueue keyed by queue and virtual host', () => {
    const r = run({
      durationMs: 10_000,
      brokers: [
        {
          name: 'rabbit',
          engine: 'rabbitmq',
          queue: 'jobs',
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] }, body: { job: 1 } }],
          mapping: {},
        },
      ],
    });
    const e = eventOf(r, 0);
    expect(e.eventSource).toBe('aws:rmq');
    const byQueue = e.rmqMessagesByQueue as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(byQueue)).toEqual(['jobs::/']);
    expect(byQueue['jobs::/']![0]).toMatchObject({ redelivered: false, data: 'eyJqb2IiOjF9' });
  });
});

describe('settings that shape the traffic and the invocation', () => {
  it('spreads FIFO messages over groups in turn, or at random from the producer’s own stream', () => {
    const groups = (spread: 'round-robin' | 'random') =>
      kind(
        run({
          durationMs: 10_000,
          queues: [
            {
              name: 'q.fifo',
              type: 'fifo',
              producers: [
                {
                  id: 'p',
                  arrivals: { kind: 'burst', atMs: 0, count: 8 },
                  messageGroupIds: ['a', 'b', 'c'],
                  groupSpread: spread,
                },
              ],
            },
          ],
        }),
        'queue.sent',
      ).map((e) => e.detail?.messageGroupId);
    expect(groups('round-robin')).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b']);
    const random = groups('random');
    expect(random).toEqual(groups('random'));
    expect(random).not.toEqual(groups('round-robin'));
    expect(new Set(random).size).toBeGreaterThan(1);
  });

  it('invokes the version or alias the mapping names, and checks that version’s timeout', () => {
    const version = {
      version: 1,
      runtime: 'python' as const,
      packageType: 'zip' as const,
      memoryMb: 256,
      timeoutSeconds: 40,
      behaviour: {},
    };
    const q = (qualifier: string | number) => [
      {
        name: 'q',
        producers: [{ id: 'p', arrivals: { kind: 'single' as const, atMs: [0] } }],
        mapping: { qualifier },
      },
    ];
    const fn = { timeoutSeconds: 3, versions: [version], aliases: [{ name: 'live', version: 1 }] };
    const latest = run({ durationMs: 10_000, function: fn, queues: q('$LATEST') });
    expect(kind(latest, 'invoke.start')[0]!.version).toBe('$LATEST');
    // Version 1 runs for up to 40 s: the default 30 s visibility timeout is too short for it.
    const live = run({ durationMs: 10_000, function: fn, queues: q('live') });
    expect(kind(live, 'queue.mapping-rejected')[0]!.detail?.errorMessage).toBe(
      'Queue visibility timeout: 30 seconds is less than Function timeout: 40 seconds',
    );
  });

  it('moves failed broker messages to the dead-letter queue the broker names', () => {
    const r = run({
      durationMs: 60_000,
      function: alwaysFails(),
      brokers: [
        {
          name: 'inventory',
          queue: 'stock',
          maximumRedeliveries: 5,
          deadLetterQueue: 'stock.dead',
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] } }],
          mapping: { maximumBatchingWindowInSeconds: 0 },
        },
      ],
    });
    expect(r.fates[sentIds(r)[0]!]).toMatchObject({
      kind: 'redriven',
      deliveredTo: ['dlq:mq:inventory/stock.dead'],
    });
  });
});
