import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../../src/scenario';
import type { TargetInput } from '../../../src/scenario/eventbridge-schema';
import { events, run, times } from '../helpers';

type EB = NonNullable<ScenarioInput['eventbridge']>;

const order = (atMs: number[] = [1_000], detail: Record<string, unknown> = { amount: 250 }) => ({
  id: 'shop',
  bus: 'orders',
  arrivals: { kind: 'single' as const, atMs },
  source: 'com.example.orders',
  detailType: 'OrderPlaced',
  detail,
});

const withBus = (eb: Omit<EB, 'buses'>) => ({
  durationMs: 3_600_000,
  function: { behaviour: { duration: { kind: 'fixed' as const, ms: 50 } } },
  eventbridge: { buses: [{ name: 'orders', kind: 'custom' as const }], ...eb },
});

const bigOrders = {
  source: ['com.example.orders'],
  detail: { amount: [{ numeric: ['>', 100] }] },
};

type Target = NonNullable<EB['rules']>[number]['targets'][number];

/** The rule most tests use: orders over 100 on the orders bus, sent to these targets. */
const bigOrdersTo = (...targets: Target[]) => ({
  name: 'big-orders',
  bus: 'orders',
  eventPattern: bigOrders,
  targets,
});

describe('EventBridge rules and targets', () => {
  it('delivers a matching event to every target at once and reports rules that do not match', () => {
    const r = run(
      withBus({
        rules: [
          {
            name: 'big-orders',
            bus: 'orders',
            eventPattern: bigOrders,
            targets: ['a', 'b', 'c', 'd', 'e'].map((id) => ({
              id,
              type: 'sqs' as const,
              name: `q-${id}`,
            })),
          },
          {
            name: 'refunds',
            bus: 'orders',
            eventPattern: { 'detail-type': ['Refund'] },
            targets: [{ id: 'fn', type: 'lambda' }],
          },
        ],
        producers: [order()],
      }),
    );
    expect(events(r, 'eb.matched').map((e) => [e.t, e.detail?.rule])).toEqual([
      [1_000, 'big-orders'],
    ]);
    expect(events(r, 'eb.not-matched').map((e) => e.detail?.rule)).toEqual(['refunds']);
    expect(events(r, 'eb.delivered').map((e) => [e.t, e.detail?.target])).toEqual([
      [1_000, 'a'],
      [1_000, 'b'],
      [1_000, 'c'],
      [1_000, 'd'],
      [1_000, 'e'],
    ]);
    expect(r.fates.map((f) => f.kind)).toEqual(['routed', ...Array(5).fill('delivered')]);
    expect(r.messages.slice(1).every((m) => m.parent === 0)).toBe(true);
    expect(events(r, 'invoke.start')).toHaveLength(0);
  });

  it('leaves an event that no rule matches unmatched', () => {
    const r = run(
      withBus({
        rules: [bigOrdersTo({ id: 'q', type: 'sqs', name: 'q' })],
        producers: [order([1_000], { amount: 20 })],
      }),
    );
    expect(events(r, 'eb.delivered')).toHaveLength(0);
    expect(r.fates).toHaveLength(1);
    expect(r.fates[0]).toMatchObject({ kind: 'unmatched', rule: 'eb.rule-no-match' });
  });

  it('hands a Lambda target to Lambda’s async path, whose retries and DLQ then apply', () => {
    const r = run({
      ...withBus({
        rules: [bigOrdersTo({ id: 'fn', type: 'lambda' })],
        producers: [order()],
      }),
      function: {
        behaviour: { duration: { kind: 'fixed', ms: 50 }, errorRate: 1 },
        deadLetterQueue: { type: 'sqs', name: 'fn-dlq' },
      },
    });
    // the event (#0) is routed; the delivery (#1) succeeds at once (202); the Lambda event (#2)
    // runs at 1,100 (queue) + 250 (cold start), then is retried at +60 s and +120 s
    expect(r.fates.map((f) => f.kind)).toEqual(['routed', 'delivered', 'dlq']);
    expect(r.messages[2]).toMatchObject({ parent: 1, path: 'async', workload: 'rule:big-orders' });
    expect(times(r, 'async.accepted')).toEqual([1_000]);
    expect(times(r, 'invoke.start')).toEqual([1_350, 61_400, 181_450]);
    expect(events(r, 'dlq.sent')[0]?.detail?.target).toBe('fn-dlq');
  });

  it('retries a throttled target with backoff 1, 2, 4 s until it recovers', () => {
    const r = run(
      withBus({
        rules: [
          bigOrdersTo({
            id: 'flow',
            type: 'stepfunctions',
            name: 'flow',
            fault: { error: 'THROTTLING', untilMs: 5_000 },
          }),
        ],
        producers: [order()],
      }),
    );
    expect(times(r, 'eb.target-failed')).toEqual([1_000, 2_000, 4_000]);
    expect(events(r, 'eb.retry').map((e) => e.detail?.delayMs)).toEqual([1_000, 2_000, 4_000]);
    expect(times(r, 'eb.delivered')).toEqual([8_000]);
    expect(r.fates[1]).toMatchObject({ kind: 'delivered', t: 8_000 });
  });

  it('stops after MaximumRetryAttempts and sends the event to the target’s DLQ with its attributes', () => {
    const r = run(
      withBus({
        rules: [
          bigOrdersTo({
            id: 'audit',
            type: 'sqs',
            name: 'audit',
            fault: { error: 'THROTTLING' },
            retryPolicy: { maximumRetryAttempts: 2 },
            deadLetterQueue: { name: 'audit-dlq' },
          }),
        ],
        producers: [order()],
      }),
    );
    expect(times(r, 'eb.target-failed')).toEqual([1_000, 2_000, 4_000]);
    const [dlq] = events(r, 'eb.dlq');
    expect(dlq?.t).toBe(4_000);
    expect(dlq?.detail?.attributes).toEqual({
      RULE_ARN: 'arn:aws:events:us-east-1:123456789012:rule/orders/big-orders',
      TARGET_ARN: 'arn:aws:sqs:us-east-1:123456789012:audit',
      ERROR_CODE: 'THROTTLING',
      ERROR_MESSAGE: 'The target throttled the request.',
      RETRY_ATTEMPTS: '2',
      EXHAUSTED_RETRY_CONDITION: 'MaximumRetryAttempts',
    });
    expect(r.fates[1]).toMatchObject({
      kind: 'dlq',
      rule: 'eb.dlq',
      deliveredTo: ['eb-dlq:sqs:audit-dlq'],
    });
  });

  it('gives up at exactly the maximum event age (60 s)', () => {
    const r = run(
      withBus({
        rules: [
          bigOrdersTo({
            id: 'audit',
            type: 'sqs',
            name: 'audit',
            fault: { error: 'TIMEOUT' },
            retryPolicy: { maximumEventAgeInSeconds: 60 },
            deadLetterQueue: { name: 'audit-dlq' },
          }),
        ],
        producers: [order([0])],
      }),
    );
    // tries at 0, 1, 3, 7, 15, 31 s; the next (63 s) would be too old
    expect(times(r, 'eb.target-failed')).toEqual([0, 1_000, 3_000, 7_000, 15_000, 31_000]);
    const [dlq] = events(r, 'eb.dlq');
    expect(dlq?.t).toBe(60_000);
    expect(dlq?.detail?.attributes).toMatchObject({
      ERROR_CODE: 'TIMEOUT',
      EXHAUSTED_RETRY_CONDITION: 'MaximumEventAgeInSeconds',
      RETRY_ATTEMPTS: '6',
    });
  });

  it('does not retry missing permissions, and drops the event without a DLQ', () => {
    const r = run(
      withBus({
        rules: [
          bigOrdersTo(
            { id: 'alerts', type: 'sns', name: 'alerts', fault: { error: 'NO_PERMISSIONS' } },
            {
              id: 'gone',
              type: 'sqs',
              name: 'gone',
              fault: { error: 'NO_RESOURCE' },
              deadLetterQueue: { name: 'dlq' },
            },
          ),
        ],
        producers: [order()],
      }),
    );
    expect(events(r, 'eb.retry')).toHaveLength(0);
    expect(r.fates.map((f) => [f.kind, f.t])).toEqual([
      ['routed', 1_000],
      ['dropped', 1_000],
      ['dlq', 1_000],
    ]);
    expect(events(r, 'eb.dlq')[0]?.detail?.attributes).not.toHaveProperty(
      'EXHAUSTED_RETRY_CONDITION',
    );
  });

  it('ignores disabled rules', () => {
    const r = run(
      withBus({
        rules: [
          {
            name: 'big-orders',
            bus: 'orders',
            enabled: false,
            eventPattern: bigOrders,
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
        producers: [order()],
      }),
    );
    expect(events(r, 'eb.matched')).toHaveLength(0);
    expect(r.fates[0]?.kind).toBe('unmatched');
  });
});

describe('target input', () => {
  const single = (input: TargetInput) =>
    run(
      withBus({
        rules: [bigOrdersTo({ id: 'q', type: 'sqs', name: 'q', input })],
        producers: [order([1_000], { amount: 250, customer: { tier: 'gold' } })],
      }),
    ).messages[1]?.payload;

  it('passes the whole event by default, in the real envelope', () => {
    expect(single({ mode: 'event' })).toMatchObject({
      version: '0',
      'detail-type': 'OrderPlaced',
      source: 'com.example.orders',
      account: '123456789012',
      region: 'us-east-1',
      time: '2026-01-01T00:00:01Z',
      resources: [],
      detail: { amount: 250, customer: { tier: 'gold' } },
    });
  });

  it('passes part of the event with InputPath, or a constant with Input', () => {
    expect(single({ mode: 'path', inputPath: '$.detail.customer' })).toEqual({ tier: 'gold' });
    expect(single({ mode: 'constant', input: { job: 'audit' } })).toEqual({ job: 'audit' });
  });

  it('fills an input transformer template: text inside quotes, JSON outside', () => {
    expect(
      single({
        mode: 'transformer',
        inputPathsMap: {
          amount: '$.detail.amount',
          tier: '$.detail.customer.tier',
          missing: '$.detail.nope',
        },
        inputTemplate:
          '{"total": <amount>, "label": "<tier> order of <amount>", "rule": "<aws.events.rule-name>", "x": <missing>}',
      }),
    ).toEqual({ total: 250, label: 'gold order of 250', rule: 'big-orders', x: null });
    expect(
      single({
        mode: 'transformer',
        inputPathsMap: { tier: '$.detail.customer.tier' },
        inputTemplate: 'A <tier> customer ordered',
      }),
    ).toBe('A gold customer ordered');
  });
});

describe('scheduled rules', () => {
  it('fires rate(5 minutes) every 5 minutes from the rule’s creation', () => {
    const r = run({
      durationMs: 1_000_000,
      eventbridge: {
        rules: [
          {
            name: 'tick',
            scheduleExpression: 'rate(5 minutes)',
            targets: [{ id: 'fn', type: 'lambda' }],
          },
        ],
      },
    });
    expect(times(r, 'eb.scheduled')).toEqual([300_000, 600_000, 900_000]);
    expect(r.messages[0]?.payload).toMatchObject({
      source: 'aws.events',
      'detail-type': 'Scheduled Event',
      resources: ['arn:aws:events:us-east-1:123456789012:rule/tick'],
      detail: {},
    });
    expect(events(r, 'invoke.start')).toHaveLength(3);
  });

  it('fires cron(0/15 * * * ? *) on the quarter hours of the UTC clock', () => {
    const r = run({
      startTime: '2026-11-24T03:41:00.000Z',
      durationMs: 3_600_000,
      eventbridge: {
        rules: [
          {
            name: 'q',
            scheduleExpression: 'cron(0/15 * * * ? *)',
            targets: [{ id: 'log', type: 'logs', name: 'audit' }],
          },
        ],
      },
    });
    // 03:45, 04:00, 04:15, 04:30 are within the hour from 03:41
    expect(times(r, 'eb.scheduled')).toEqual([240_000, 1_140_000, 2_040_000, 2_940_000]);
  });
});

describe('PutEvents, archives and replays', () => {
  it('refuses an entry over the size limit (256 KB in older material, 1 MB today)', () => {
    const big = { blob: 'x'.repeat(300 * 1024) };
    const at = (entryLimitKb: 256 | 1024) =>
      run({
        eventbridge: {
          entryLimitKb,
          buses: [{ name: 'orders', kind: 'custom' }],
          rules: [
            {
              name: 'all',
              bus: 'orders',
              eventPattern: { source: ['com.example.orders'] },
              targets: [{ id: 'q', type: 'sqs', name: 'q' }],
            },
          ],
          producers: [order([0], big)],
        },
      });
    expect(at(256).fates.map((f) => f.kind)).toEqual(['rejected']);
    expect(events(at(256), 'eb.rejected')[0]?.detail?.limitBytes).toBe(262_144);
    expect(at(1024).fates.map((f) => f.kind)).toEqual(['routed', 'delivered']);
  });

  it('archives matching events and replays a window of them, marked with the replay name', () => {
    const r = run(
      withBus({
        rules: [bigOrdersTo({ id: 'q', type: 'sqs', name: 'q' })],
        producers: [order([1_000, 2_000, 30_000])],
        archives: [{ name: 'all-orders', bus: 'orders' }],
        replays: [{ name: 'fix-1', archive: 'all-orders', fromMs: 0, toMs: 10_000, atMs: 60_000 }],
      }),
    );
    expect(times(r, 'eb.archived')).toEqual([1_000, 2_000, 30_000]);
    const replayed = events(r, 'eb.replayed');
    expect(replayed.map((e) => e.t)).toEqual([60_000, 60_000]);
    expect(
      replayed.map((e) => (e.detail?.event as Record<string, unknown>)['replay-name']),
    ).toEqual(['fix-1', 'fix-1']);
    expect(times(r, 'eb.delivered')).toEqual([1_000, 2_000, 30_000, 60_000, 60_000]);
  });
});

describe('EventBridge scenario validation', () => {
  const errors = (eventbridge: unknown) => {
    const r = parseScenario({ version: 1, eventbridge });
    return r.ok ? [] : r.errors;
  };

  it('refuses a wildcard pattern too complex to match when the scenario is loaded', () => {
    expect(
      errors({
        rules: [
          {
            name: 'buses',
            eventPattern: { resources: [{ wildcard: '*:*:*:*:*:event-bus/*' }] },
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'eventbridge.rules.0.eventPattern',
        message:
          'resources: "wildcard" "*:*:*:*:*:event-bus/*": is too complex: a value could keep 6 partial matches going at once (at most 5); use fewer "*" characters, or fewer repeated characters after a "*"',
      },
    ]);
  });

  it('names the problem and the field', () => {
    expect(
      errors({
        rules: [
          {
            name: 'r',
            bus: 'nope',
            eventPattern: { source: ['a'] },
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
      }),
    ).toEqual([{ path: 'eventbridge.rules.0.bus', message: 'bus "nope" does not exist' }]);
    expect(
      errors({
        buses: [{ name: 'orders', kind: 'custom' }],
        rules: [
          {
            name: 'r',
            bus: 'orders',
            scheduleExpression: 'rate(1 hour)',
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'eventbridge.rules.0.scheduleExpression',
        message: 'scheduled rules run on the default bus only',
      },
    ]);
    expect(
      errors({
        rules: [
          {
            name: 'r',
            scheduleExpression: 'rate(1 hours)',
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
      })[0]?.path,
    ).toBe('eventbridge.rules.0.scheduleExpression');
    expect(
      errors({
        rules: [
          {
            name: 'r',
            eventPattern: { source: 'aws.ec2' },
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
      })[0],
    ).toMatchObject({
      path: 'eventbridge.rules.0.eventPattern',
    });
    expect(
      errors({
        rules: [
          {
            name: 'r',
            eventPattern: { source: ['a'] },
            targets: Array.from({ length: 6 }, (_, i) => ({ id: `t${i}`, type: 'sqs', name: 'q' })),
          },
        ],
      }),
    ).toEqual([
      { path: 'eventbridge.rules.0.targets', message: 'a rule can have at most 5 targets' },
    ]);
    expect(
      errors({ rules: [{ name: 'r', targets: [{ id: 'q', type: 'sqs', name: 'q' }] }] }),
    ).toEqual([
      {
        path: 'eventbridge.rules.0',
        message: 'a rule has either an eventPattern or a scheduleExpression (one of the two)',
      },
    ]);
    expect(
      errors({
        rules: [
          { name: 'r', eventPattern: { source: ['a'] }, targets: [{ id: 'q', type: 'sqs' }] },
        ],
      }),
    ).toEqual([
      {
        path: 'eventbridge.rules.0.targets.0.name',
        message: 'a sqs target needs the name of its resource',
      },
    ]);
  });
});
