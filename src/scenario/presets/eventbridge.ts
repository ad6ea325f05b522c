import type { Preset } from './types';

/**
 * EventBridge: a rule with a pattern fanning out, scheduled rules (legacy), a failing target's DLQ,
 * and EventBridge Scheduler across a daylight saving change.
 */

export const eventbridgeFanout: Preset = {
  id: 'eventbridge-fanout',
  title: 'EventBridge: one rule, five targets',
  summary:
    'Orders arrive on a custom bus. The big-orders rule matches orders over 100 and sends each one to five targets at once: the function (asynchronously), an SQS queue, a Step Functions workflow that throttles for the first 10 s (EventBridge retries it), an SNS topic it has no permission to use (straight to the target’s DLQ) and a log group. The refunds rule matches nothing; the small order matches no rule.',
  scenario: {
    version: 1,
    name: 'EventBridge: one rule, five targets',
    seed: 11,
    durationMs: 120_000,
    function: {
      name: 'process-order',
      runtime: 'nodejs',
      behaviour: { duration: { kind: 'fixed', ms: 120 } },
    },
    eventbridge: {
      buses: [{ name: 'orders', kind: 'custom' }],
      rules: [
        {
          name: 'big-orders',
          bus: 'orders',
          eventPattern: {
            source: ['com.example.shop'],
            'detail-type': ['OrderPlaced'],
            detail: { amount: [{ numeric: ['>', 100] }] },
          },
          targets: [
            {
              id: 'process',
              type: 'lambda',
              input: {
                mode: 'transformer',
                inputPathsMap: { order: '$.detail.orderId', amount: '$.detail.amount' },
                inputTemplate: '{"orderId": "<order>", "amount": <amount>}',
              },
            },
            { id: 'audit', type: 'sqs', name: 'order-audit' },
            {
              id: 'fulfil',
              type: 'stepfunctions',
              name: 'fulfilment',
              fault: { error: 'THROTTLING', untilMs: 10_000 },
            },
            {
              id: 'notify',
              type: 'sns',
              name: 'order-alerts',
              fault: { error: 'NO_PERMISSIONS' },
              deadLetterQueue: { name: 'notify-dlq' },
            },
            {
              id: 'log',
              type: 'logs',
              name: 'orders/big',
              input: { mode: 'path', inputPath: '$.detail' },
            },
          ],
        },
        {
          name: 'refunds',
          bus: 'orders',
          eventPattern: { 'detail-type': ['RefundIssued'] },
          targets: [{ id: 'process', type: 'lambda' }],
        },
      ],
      producers: [
        {
          id: 'web-shop',
          label: 'Web shop',
          bus: 'orders',
          arrivals: { kind: 'single', atMs: [1_000, 30_000] },
          source: 'com.example.shop',
          detailType: 'OrderPlaced',
          detail: { orderId: 'o-1042', amount: 250, currency: 'EUR' },
        },
        {
          id: 'kiosk',
          label: 'Kiosk',
          bus: 'orders',
          arrivals: { kind: 'single', atMs: [15_000] },
          source: 'com.example.shop',
          detailType: 'OrderPlaced',
          detail: { orderId: 'o-1043', amount: 40, currency: 'EUR' },
        },
      ],
    },
  },
};

export const eventbridgeSchedule: Preset = {
  id: 'eventbridge-schedule',
  title: 'EventBridge: scheduled rules (legacy)',
  summary:
    'Two scheduled rules on the default bus: rate(5 minutes) invokes the cleanup function asynchronously with a constant input, and cron(0/15 * * * ? *) writes to a log group on the quarter hours (UTC). AWS now calls scheduled rules legacy and recommends EventBridge Scheduler, which adds time zones, one-time schedules and a DLQ per schedule.',
  scenario: {
    version: 1,
    name: 'EventBridge: scheduled rules (legacy)',
    seed: 5,
    startTime: '2026-11-24T09:02:00.000Z',
    durationMs: 1_800_000,
    function: {
      name: 'cleanup',
      runtime: 'python',
      behaviour: { duration: { kind: 'uniform', minMs: 400, maxMs: 900 } },
    },
    eventbridge: {
      rules: [
        {
          name: 'every-5-minutes',
          scheduleExpression: 'rate(5 minutes)',
          targets: [
            {
              id: 'cleanup',
              type: 'lambda',
              input: { mode: 'constant', input: { task: 'purge-temp-files' } },
            },
          ],
        },
        {
          name: 'quarter-hours',
          scheduleExpression: 'cron(0/15 * * * ? *)',
          targets: [{ id: 'audit-log', type: 'logs', name: 'jobs/heartbeat' }],
        },
      ],
    },
  },
};

export const eventbridgeTargetDlq: Preset = {
  id: 'eventbridge-target-dlq',
  title: 'EventBridge: a failing target and its DLQ',
  summary:
    'A rule sends EC2 state changes to an SQS queue that keeps timing out. EventBridge retries with growing backoff (1, 2, 4, 8 s) up to the target’s MaximumRetryAttempts of 4, then sends the event to the target’s dead-letter queue with the rule, target and error as attributes.',
  scenario: {
    version: 1,
    name: 'EventBridge: a failing target and its DLQ',
    seed: 9,
    durationMs: 60_000,
    eventbridge: {
      rules: [
        {
          name: 'stopped-instances',
          eventPattern: {
            source: ['aws.ec2'],
            'detail-type': ['EC2 Instance State-change Notification'],
            detail: { state: ['stopped', 'terminated'] },
          },
          targets: [
            {
              id: 'inventory',
              type: 'sqs',
              name: 'inventory-updates',
              fault: { error: 'TIMEOUT' },
              retryPolicy: { maximumRetryAttempts: 4, maximumEventAgeInSeconds: 3_600 },
              deadLetterQueue: { name: 'inventory-dlq' },
            },
          ],
        },
      ],
      producers: [
        {
          id: 'ec2',
          label: 'Amazon EC2',
          arrivals: { kind: 'single', atMs: [2_000] },
          source: 'aws.ec2',
          detailType: 'EC2 Instance State-change Notification',
          detail: { 'instance-id': 'i-0abcd1234ef567890', state: 'stopped' },
          resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-0abcd1234ef567890'],
        },
      ],
    },
  },
};

export const eventbridgeSchedulerDst: Preset = {
  id: 'eventbridge-scheduler-dst',
  title: 'EventBridge Scheduler: a nightly job across a clock change',
  summary:
    'A report runs at 02:30 New York time, twice over: once as an EventBridge Scheduler schedule in the America/New_York time zone, once as a legacy scheduled rule with the UTC cron 07:30 that matched 02:30 in winter. On 14 March 2027 the clocks spring forward from 02:00 to 03:00: the schedule skips that night (02:30 does not exist) and then fires at 06:30 UTC, still 02:30 on the wall; the rule keeps firing at 07:30 UTC, which is now 03:30 in New York. Both invoke the function asynchronously.',
  scenario: {
    version: 1,
    name: 'EventBridge Scheduler: a nightly job across a clock change',
    seed: 14,
    startTime: '2027-03-13T00:00:00.000Z',
    durationMs: 259_200_000,
    function: {
      name: 'daily-sales',
      runtime: 'nodejs',
      behaviour: { duration: { kind: 'fixed', ms: 2_000 } },
    },
    eventbridge: {
      schedules: [
        {
          name: 'nightly-report',
          scheduleExpression: 'cron(30 2 * * ? *)',
          timezone: 'America/New_York',
          target: {
            input: { report: 'daily-sales', by: 'scheduler' },
            retryPolicy: { maximumEventAgeInSeconds: 3_600, maximumRetryAttempts: 10 },
            deadLetterQueue: { name: 'missed-reports' },
          },
        },
      ],
      rules: [
        {
          name: 'nightly-report-utc',
          description: 'The legacy way: a scheduled rule, always in UTC.',
          scheduleExpression: 'cron(30 7 * * ? *)',
          targets: [
            {
              id: 'report',
              type: 'lambda',
              input: { mode: 'constant', input: { report: 'daily-sales', by: 'rule' } },
            },
          ],
        },
      ],
    },
  },
};
