import type { ScenarioInput } from '../schema';
import type { Preset } from './types';

/** SQS pollers: a failing batch and the redrive policy, partial batch failures, FIFO order. */

/** 9 good orders and 1 broken one, sent together at time 0, read as one batch of 10. */
function ordersQueue(reportBatchItemFailures: boolean): ScenarioInput {
  return {
    version: 1,
    name: reportBatchItemFailures
      ? 'SQS: ReportBatchItemFailures'
      : 'SQS: a failing batch, then redrive',
    seed: 7,
    durationMs: 120_000,
    function: {
      name: 'process-orders',
      timeoutSeconds: 5,
      behaviour: {
        duration: { kind: 'fixed', ms: 200 },
        errorWhen: [{ path: 'orderId', equals: 'ord-0013' }],
      },
    },
    queues: [
      {
        name: 'orders',
        visibilityTimeoutSeconds: 30,
        redrivePolicy: { deadLetterQueue: 'orders-dlq', maxReceiveCount: 3 },
        producers: [
          {
            id: 'checkout',
            label: 'Checkout',
            arrivals: { kind: 'burst', atMs: 0, count: 9 },
            body: { orderId: 'ord-0012' },
          },
          {
            id: 'legacy-checkout',
            label: 'Legacy checkout',
            arrivals: { kind: 'single', atMs: [0] },
            body: { orderId: 'ord-0013' },
          },
        ],
        mapping: {
          batchSize: 10,
          functionResponseTypes: reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
        },
      },
    ],
  };
}

export const sqsRedrive: Preset = {
  id: 'sqs-redrive',
  title: 'SQS: a failing batch, then redrive',
  summary:
    'Ten orders reach the queue at time 0 and Lambda’s poller receives them as one batch. One order is broken, so the function throws and the whole batch fails: nothing is deleted. Watch all ten stay hidden for the 30 s visibility timeout, come back and fail again at 30 s and 60 s. After the third receive (maxReceiveCount 3) the queue moves all ten, the nine good orders included, to orders-dlq at 90 s.',
  scenario: ordersQueue(false),
};

export const sqsPartialBatch: Preset = {
  id: 'sqs-partial-batch',
  title: 'SQS: ReportBatchItemFailures',
  summary:
    'The same ten orders and the same broken one, but the mapping turns on ReportBatchItemFailures: the function reports which message failed instead of throwing. Watch the nine good orders be deleted after the first try, while only the broken one comes back at 30 s and 60 s and moves to orders-dlq at 90 s.',
  scenario: ordersQueue(true),
};

export const sqsFifo: Preset = {
  id: 'sqs-fifo',
  title: 'SQS FIFO: order within each message group',
  summary:
    'Two customers send account updates to a FIFO queue at 0, 0.1 and 0.2 s, each customer in its own message group. Lambda reads one message per batch and never hands out a group that already has a message in flight, so each customer’s updates run in the order they were sent while the two customers run side by side. Customer B’s second update always fails: watch it hold B’s group up while A finishes by 3.3 s. It comes back after the 20 s visibility timeout, fails again and moves to the dead-letter queue at 41.25 s; only then does B’s third update run.',
  scenario: {
    version: 1,
    name: 'SQS FIFO: order within each message group',
    seed: 5,
    durationMs: 50_000,
    function: {
      name: 'apply-update',
      behaviour: {
        duration: { kind: 'fixed', ms: 1_000 },
        errorWhen: [{ path: 'amount', equals: 'all' }],
      },
    },
    queues: [
      {
        name: 'account-updates.fifo',
        type: 'fifo',
        visibilityTimeoutSeconds: 20,
        redrivePolicy: { deadLetterQueue: 'account-updates-dlq.fifo', maxReceiveCount: 2 },
        producers: [
          {
            id: 'customer-a',
            label: 'Customer A',
            arrivals: { kind: 'single', atMs: [0, 100, 200] },
            body: { update: 'deposit', amount: 50 },
            messageGroupIds: ['customer-a'],
          },
          {
            id: 'customer-b',
            label: 'Customer B',
            arrivals: { kind: 'single', atMs: [0, 200] },
            body: { update: 'deposit', amount: 20 },
            messageGroupIds: ['customer-b'],
          },
          {
            id: 'customer-b-bad',
            label: 'Customer B (bad update)',
            arrivals: { kind: 'single', atMs: [100] },
            body: { update: 'withdraw', amount: 'all' },
            messageGroupIds: ['customer-b'],
          },
        ],
        mapping: { batchSize: 1 },
      },
    ],
  },
};

export const sqsFifoTransient: Preset = {
  id: 'sqs-fifo-transient',
  title: 'SQS FIFO: a passing failure, group by group',
  summary:
    'Two customers pay through a FIFO queue, each in a message group of their own, and one batch takes all five payments at time 0. Customer A’s second payment meets a busy card gateway: it fails its first two tries and goes through on the third. The handler reports failures group by group, so at 0.75 s it reports A’s second payment and the one queued behind it, while A’s first and both of B’s payments are deleted. A’s two come back after each 20 s visibility timeout, in order, and are deleted at 40.5 s.',
  scenario: {
    version: 1,
    name: 'SQS FIFO: a passing failure, group by group',
    seed: 11,
    durationMs: 60_000,
    function: {
      name: 'charge-card',
      behaviour: {
        duration: { kind: 'fixed', ms: 500 },
        transientFailure: { attempts: 2, when: [{ path: 'gateway', equals: 'busy' }] },
        fifoFailureScope: 'group',
      },
    },
    queues: [
      {
        name: 'payments.fifo',
        type: 'fifo',
        visibilityTimeoutSeconds: 20,
        redrivePolicy: { deadLetterQueue: 'payments-dlq.fifo', maxReceiveCount: 5 },
        producers: [
          {
            id: 'customer-a',
            label: 'Customer A',
            arrivals: { kind: 'single', atMs: [0] },
            body: { payment: 'a-1', gateway: 'ok' },
            messageGroupIds: ['customer-a'],
          },
          {
            id: 'customer-a-busy',
            label: 'Customer A (gateway busy)',
            arrivals: { kind: 'single', atMs: [0] },
            body: { payment: 'a-2', gateway: 'busy' },
            messageGroupIds: ['customer-a'],
          },
          {
            id: 'customer-a-later',
            label: 'Customer A (next payment)',
            arrivals: { kind: 'single', atMs: [0] },
            body: { payment: 'a-3', gateway: 'ok' },
            messageGroupIds: ['customer-a'],
          },
          {
            id: 'customer-b',
            label: 'Customer B',
            arrivals: { kind: 'single', atMs: [0, 0] },
            body: { payment: 'b', gateway: 'ok' },
            messageGroupIds: ['customer-b'],
          },
        ],
        mapping: { batchSize: 10, functionResponseTypes: ['ReportBatchItemFailures'] },
      },
    ],
  },
};

/** The same flash sale of 2,000 orders, on two queues: one mapping on demand, one provisioned. */
function saleQueue(name: string, mapping: Record<string, unknown>) {
  return {
    name,
    visibilityTimeoutSeconds: 180,
    producers: [
      {
        id: 'flash-sale',
        label: 'Flash sale',
        arrivals: { kind: 'burst' as const, atMs: 0, count: 2_000 },
        body: { sale: 'flash', item: 'sku-42' },
      },
    ],
    mapping: { batchSize: 1, ...mapping },
  };
}

export const sqsProvisionedScaling: Preset = {
  id: 'sqs-provisioned-scaling',
  title: 'SQS: on-demand vs provisioned pollers',
  summary:
    'A flash sale drops 2,000 orders on each of two queues at time 0; each order takes 10 s. The on-demand mapping starts with 5 concurrent batches; the provisioned one keeps 5 event pollers ready, 10 invocations each, so 50. At 1:00 both grow: on demand by 300 (to 305), provisioned by up to 1,000 (to 700, its 70-poller maximum). Watch the two queue charts: the provisioned queue is empty at 1:20.25 and drops back to 5 pollers at 1:30.25, while the on-demand one needs until 2:10.',
  scenario: {
    version: 1,
    name: 'SQS: on-demand vs provisioned pollers',
    seed: 11,
    durationMs: 150_000,
    account: { concurrencyLimit: 3_000 },
    function: {
      name: 'fulfil-order',
      timeoutSeconds: 30,
      behaviour: { duration: { kind: 'fixed', ms: 10_000 } },
    },
    queues: [
      saleQueue('orders-provisioned', {
        provisionedPollerConfig: { minimumPollers: 5, maximumPollers: 70 },
      }),
      saleQueue('orders-on-demand', {}),
    ],
  },
};

export const sqsRecursiveLoop: Preset = {
  id: 'sqs-recursive-loop',
  title: 'SQS: a recursive loop, stopped',
  summary:
    'A bug makes the function send every job it processes back to the queue that invoked it, so one job goes round and round: queue, function, queue. Each lap carries a count of how many times the same event has invoked the function. Watch the log count up once a second; at 16.25 s the event has invoked the function 16 times and Lambda stops the 17th: the message moves to jobs-dlq and the Recursive drops chart shows 1. Set RecursiveLoop to Allow in the function’s settings and the loop runs to the end instead.',
  scenario: {
    version: 1,
    name: 'SQS: a recursive loop, stopped',
    seed: 16,
    durationMs: 30_000,
    function: {
      name: 'process-job',
      timeoutSeconds: 5,
      behaviour: { duration: { kind: 'fixed', ms: 1_000 } },
      writesBackToSource: true,
    },
    queues: [
      {
        name: 'jobs',
        visibilityTimeoutSeconds: 30,
        redrivePolicy: { deadLetterQueue: 'jobs-dlq', maxReceiveCount: 3 },
        producers: [
          {
            id: 'scheduler',
            label: 'Job scheduler',
            arrivals: { kind: 'single', atMs: [0] },
            body: { job: 'resize-42' },
          },
        ],
        mapping: { batchSize: 1 },
      },
    ],
  },
};
