import { describe, expect, it } from 'vitest';
import { alwaysFails } from '../helpers';
import { batchFates, kind, messageFates, run, sentIds, tally, timesOf } from './helpers';

const one = { id: 'erp', arrivals: { kind: 'single' as const, atMs: [0] }, body: { sku: 'A-1' } };

describe('Amazon MQ: broker redelivery and the broker’s DLQ', () => {
  const r = run({
    durationMs: 60_000,
    function: { ...alwaysFails(), deadLetterQueue: { type: 'sqs', name: 'fn-dlq' } },
    brokers: [{ name: 'inventory', queue: 'updates', producers: [one], mapping: {} }],
  });
  const [id] = sentIds(r);

  it('delivers 7 times: once, then 6 redeliveries 1 s after each failure', () => {
    // Each batch waits for the 500 ms default window, and the first one cold-starts (250 ms).
    expect(timesOf(r, 'queue.received', id!)).toEqual([
      0, 1_850, 3_450, 5_050, 6_650, 8_250, 9_850,
    ]);
    expect(kind(r, 'queue.returned', id).map((e) => [e.t, e.detail?.receiveCount])).toEqual([
      [1_850, 1],
      [3_450, 2],
      [5_050, 3],
      [6_650, 4],
      [8_250, 5],
      [9_850, 6],
    ]);
    expect(kind(r, 'queue.batch').map((e) => e.t)).toEqual([
      500, 2_350, 3_950, 5_550, 7_150, 8_750, 10_350,
    ]);
  });

  it('then the broker moves it to ActiveMQ.DLQ; the function’s DLQ is not used', () => {
    expect(r.fates[id!]).toMatchObject({
      kind: 'redriven',
      t: 10_450,
      rule: 'mq.broker-dlq',
      deliveredTo: ['dlq:mq:inventory/ActiveMQ.DLQ'],
      attempts: 7,
    });
    expect(kind(r, 'queue.function-dlq-ignored')).toHaveLength(1);
    expect(kind(r, 'dlq.sent')).toHaveLength(0);
    expect(tally(batchFates(r))).toEqual({ 'batch-failed': 7 });
  });

  it('follows the 5 redeliveries of older pages when the scenario says so', () => {
    const five = run({
      durationMs: 60_000,
      function: alwaysFails(),
      brokers: [
        {
          name: 'inventory',
          queue: 'updates',
          maximumRedeliveries: 5,
          producers: [one],
          mapping: {},
        },
      ],
    });
    expect(five.fates[sentIds(five)[0]!]).toMatchObject({
      kind: 'redriven',
      t: 8_850,
      attempts: 6,
    });
  });
});

describe('Amazon MQ: RabbitMQ', () => {
  it('drops a message whose redeliveries ran out when no dead-letter queue is set', () => {
    const r = run({
      durationMs: 60_000,
      function: alwaysFails(),
      brokers: [
        {
          name: 'rabbit',
          engine: 'rabbitmq',
          queue: 'jobs',
          maximumRedeliveries: 1,
          producers: [one],
          mapping: { maximumBatchingWindowInSeconds: 0 },
        },
      ],
    });
    const [id] = sentIds(r);
    expect(timesOf(r, 'queue.received', id!)).toEqual([0, 1_350]);
    expect(r.fates[id!]).toMatchObject({ kind: 'dropped', t: 1_450, rule: 'mq.broker-dlq' });
    expect(kind(r, 'queue.redriven')[0]!.detail?.deadLetterQueue).toBeUndefined();
  });

  it('runs one batch at a time (ActiveMQ: five)', () => {
    const brokers = (engine: 'activemq' | 'rabbitmq') => [
      {
        name: 'b',
        engine,
        queue: 'jobs',
        producers: [{ id: 'p', arrivals: { kind: 'burst' as const, atMs: 0, count: 10 } }],
        mapping: { batchSize: 1, maximumBatchingWindowInSeconds: 0 },
      },
    ];
    const fn = { behaviour: { duration: { kind: 'fixed' as const, ms: 1_000 } } };
    const rabbit = run({ durationMs: 60_000, function: fn, brokers: brokers('rabbitmq') });
    const active = run({ durationMs: 60_000, function: fn, brokers: brokers('activemq') });
    expect(Math.max(...rabbit.queues![0]!.series.batches.value)).toBe(1);
    expect(Math.max(...active.queues![0]!.series.batches.value)).toBe(5);
    expect(rabbit.stats.maxConcurrency).toBe(1);
    expect(active.stats.maxConcurrency).toBe(5);
    expect(rabbit.queues![0]!.series.pollers.value).toEqual([1]);
    const created = kind(active, 'queue.mapping-created')[0]!;
    expect([created.rule, created.detail?.pollers]).toEqual(['mq.concurrency', 5]);
  });
});

describe('Amazon MQ: mapping checks and throttles', () => {
  it('refuses a function timeout over 14 minutes', () => {
    const r = run({
      durationMs: 10_000,
      function: { timeoutSeconds: 900 },
      brokers: [{ name: 'inventory', queue: 'updates', producers: [one], mapping: {} }],
    });
    expect(kind(r, 'queue.mapping-rejected').map((e) => [e.rule, e.detail?.errorMessage])).toEqual([
      [
        'mq.timeout-limit',
        'Function timeout: 900 seconds is more than the 840 seconds (14 minutes) an Amazon MQ event source mapping allows',
      ],
    ]);
    expect(tally(messageFates(r))).toEqual({ 'in-flight': 1 });
  });

  it('refuses a role that cannot read the broker’s credentials', () => {
    const r = run({
      durationMs: 10_000,
      permissions: { executionRole: ['mq:DescribeBroker', 'ec2:*'] },
      brokers: [{ name: 'inventory', queue: 'updates', producers: [one], mapping: {} }],
    });
    expect(kind(r, 'queue.mapping-rejected')[0]!.detail?.errorMessage).toBe(
      'The provided execution role does not have permissions to call GetSecretValue on Secrets Manager',
    );
  });

  it('holds a throttled batch and retries it, at most 300 s apart, without counting redeliveries', () => {
    const r = run({
      durationMs: 1_200_000,
      function: { reservedConcurrency: 0 },
      brokers: [{ name: 'inventory', queue: 'updates', producers: [one], mapping: {} }],
    });
    expect(kind(r, 'queue.throttle-retry').map((e) => e.detail?.delayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000,
      300_000,
    ]);
    expect(kind(r, 'queue.received')).toHaveLength(1);
    expect(tally(messageFates(r))).toEqual({ 'in-flight': 1 });
  });
});
