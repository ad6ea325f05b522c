import { describe, expect, it } from 'vitest';
import type { FateKind, TraceEvent } from '../../../src/engine';
import type { QueueFateKind, QueueTraceKind } from '../../../src/engine/queues/kinds';
import { parseScenario } from '../../../src/scenario';
import { scenarioForService } from '../../../src/scenario/service-scenarios';
import { simulate } from '../../../src/engine';
import { describeEvent, fateLabel } from '../../../src/view';

function runOf(service: string) {
  const p = parseScenario(scenarioForService(service));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return simulate(p.scenario);
}

describe('describeEvent for every queue kind', () => {
  const run = runOf('sqs');
  const base = {
    seq: 0,
    t: 0,
    msg: 3,
    attempt: 1,
    from: 'sqs:orders',
    to: 'lambda',
    env: -1,
    version: '',
  };
  const sqs = { queue: 'orders', sourceKind: 'sqs' as const };
  const mq = { queue: 'inventory', sourceKind: 'mq' as const };
  // A Record over QueueTraceKind: a new kind breaks this file until it has a sentence here.
  const cases: Record<QueueTraceKind, Array<[Partial<TraceEvent>, string]>> = {
    'queue.mapping-created': [
      [
        {
          rule: 'sqs.mapping',
          detail: {
            ...sqs,
            mappingState: 'Enabled',
            qualifier: 'live',
            batchSize: 10,
            windowMs: 0,
            visibilityTimeoutMs: 30_000,
            filterCount: 2,
            reportBatchItemFailures: true,
            advice:
              'AWS advises a visibility timeout of at least 6 × the function timeout: 60 seconds',
          },
        },
        'Event source mapping created: pollers read queue orders in batches of up to 10 (no batching window) and invoke live; received messages stay hidden for 30 s; 2 filters decide which messages reach it; the function reports failed messages one by one. Note: AWS advises a visibility timeout of at least 6 × the function timeout: 60 seconds',
      ],
      [
        { rule: 'esm.disabled', detail: { ...sqs, mappingState: 'Disabled' } },
        'Event source mapping for queue orders created disabled: nothing is polled',
      ],
      [
        {
          rule: 'mq.mapping',
          detail: { ...mq, mappingState: 'Enabled', batchSize: 100, windowMs: 500, pollers: 5 },
        },
        'Event source mapping created: at most 5 pollers read broker inventory in batches of up to 100 (500 ms batching window) and invoke $LATEST',
      ],
    ],
    'queue.mapping-rejected': [
      [
        {
          rule: 'sqs.visibility-check',
          detail: {
            ...sqs,
            errorCode: 'InvalidParameterValueException',
            errorMessage:
              'Queue visibility timeout: 2 seconds is less than Function timeout: 3 seconds',
            advice:
              'AWS advises a visibility timeout of at least 6 × the function timeout: 18 seconds',
          },
        },
        'CreateEventSourceMapping for queue orders fails: InvalidParameterValueException: Queue visibility timeout: 2 seconds is less than Function timeout: 3 seconds (AWS advises a visibility timeout of at least 6 × the function timeout: 18 seconds)',
      ],
    ],
    'queue.function-dlq-ignored': [
      [
        {
          rule: 'esm.function-dlq-ignored',
          detail: { ...sqs, target: 'fn-dlq', targetType: 'sns' },
        },
        "The function's dead-letter queue fn-dlq (SNS) is not used for messages from queue orders: the mapping invokes synchronously, and failed messages follow the queue's redrive policy",
      ],
      [
        {
          rule: 'esm.function-dlq-ignored',
          detail: { ...mq, target: 'fn-dlq', targetType: 'sqs', destination: 'onFailure' },
        },
        "The function's dead-letter queue fn-dlq (SQS) and on-failure destination are not used for messages from broker inventory: the mapping invokes synchronously, and failed messages follow the broker's dead-letter queue",
      ],
    ],
    'queue.sent': [
      [
        { rule: 'sqs.delay', from: 'producer:orders/checkout', detail: { ...sqs, delayMs: 5_000 } },
        "Checkout sends a message to queue orders, hidden for the queue's 5 s delay",
      ],
      [
        {
          rule: 'sqs.send',
          from: 'producer:orders.fifo/x',
          detail: { queue: 'orders.fifo', messageGroupId: 'g1' },
        },
        'producer:orders.fifo/x sends a message in group g1 to queue orders.fifo',
      ],
    ],
    'queue.delay-ended': [
      [
        { rule: 'sqs.delay', detail: sqs },
        'The delay is over: the message is visible in queue orders',
      ],
    ],
    'queue.received': [
      [
        {
          rule: 'sqs.visibility-timeout',
          detail: { ...sqs, receiveCount: 2, maxReceiveCount: 3, visibilityTimeoutMs: 30_000 },
        },
        'A poller receives the message from queue orders (receive 2 of 3); it is hidden for 30 s',
      ],
      [
        { rule: 'mq.redelivery', detail: { ...mq, receiveCount: 2, maxReceiveCount: 6 } },
        'Broker inventory delivers the message to Lambda (delivery 2 of 6)',
      ],
    ],
    'queue.filtered': [
      [
        { rule: 'esm.filter-sqs', detail: sqs },
        'No filter matches: the message is deleted from queue orders without invoking the function',
      ],
      [
        { rule: 'esm.filter-mq', detail: mq },
        'No filter matches: the message is acknowledged to broker inventory without invoking the function',
      ],
    ],
    'queue.batch': [
      [
        {
          rule: 'sqs.batch-size',
          detail: { ...sqs, count: 10, sizeBytes: 5_120, closedBy: 'full', batchSize: 10 },
        },
        'A batch of 10 messages from queue orders (5 KB) invokes the function: the batch size (10) is reached',
      ],
      [
        {
          rule: 'esm.payload-limit',
          detail: { ...sqs, count: 6, sizeBytes: 6_003_000, closedBy: 'payload' },
        },
        'A batch of 6 messages from queue orders (5.7 MB) invokes the function: the next message would take it past 6 MB',
      ],
      [
        {
          rule: 'sqs.batching-window',
          detail: { ...sqs, count: 1, sizeBytes: 600, closedBy: 'window', windowMs: 5_000 },
        },
        'A batch of 1 message from queue orders (600 bytes) invokes the function: its 5 s batching window ended',
      ],
      [
        {
          rule: 'sqs.mapping',
          detail: { ...sqs, count: 2, sizeBytes: 1_000, closedBy: 'receive' },
        },
        'A batch of 2 messages from queue orders (1000 bytes) invokes the function: one receive, no batching window',
      ],
    ],
    'queue.deleted': [
      [
        { rule: 'sqs.delete-on-success', detail: { ...sqs, count: 9 } },
        'Success: the poller deletes 9 messages from queue orders',
      ],
      [
        { rule: 'mq.ack', detail: { ...mq, count: 1 } },
        'Success: 1 message acknowledged to broker inventory',
      ],
    ],
    'queue.batch-failed': [
      [
        {
          rule: 'sqs.batch-failure',
          detail: { ...sqs, count: 10, returnsAtMs: 31_000, errorType: 'Sandbox.Timedout' },
        },
        'The batch failed (the function timed out): none of its 10 messages is deleted; they return to queue orders when the visibility timeout ends, at 0:31.000',
      ],
      [
        { rule: 'mq.redelivery', detail: { ...mq, count: 3, errorType: 'Error' } },
        'The batch failed (the function threw): its 3 messages go back to broker inventory for redelivery',
      ],
    ],
    'queue.partial-failure': [
      [
        {
          rule: 'sqs.partial-batch',
          detail: { ...sqs, failedRecords: [9], count: 9, returnsAtMs: 30_000 },
        },
        'The function reports 1 failed message (ReportBatchItemFailures): 9 messages deleted, #10 returns when the visibility timeout ends, at 0:30.000',
      ],
      [
        {
          rule: 'sqs.partial-batch-fifo',
          detail: { ...sqs, failedRecords: [3, 4, 5, 6, 7], count: 0, returnsAtMs: 30_000 },
        },
        'The function reports 5 failed messages (ReportBatchItemFailures, from the first failure on): 0 messages deleted, #4, #5, #6 and 2 more return when the visibility timeout ends, at 0:30.000',
      ],
      [
        {
          rule: 'sqs.partial-batch-fifo-group',
          detail: { ...sqs, failedRecords: [4, 5], count: 3, returnsAtMs: 30_000 },
        },
        'The function reports 2 failed messages (ReportBatchItemFailures, the rest of each failed message group): 3 messages deleted, #5, #6 return when the visibility timeout ends, at 0:30.000',
      ],
      [
        {
          rule: 'sqs.partial-batch',
          detail: {
            ...sqs,
            failedRecords: [2, 7],
            transientRecords: [7],
            count: 8,
            returnsAtMs: 30_000,
          },
        },
        'The function reports 2 failed messages (ReportBatchItemFailures): 8 messages deleted, #3, #8 return when the visibility timeout ends, at 0:30.000; #8 failed only for now (a transient failure)',
      ],
    ],
    'queue.throttle-retry': [
      [
        { rule: 'sqs.throttle', detail: { ...sqs, delayMs: 2_000, statusCode: 429 } },
        'Throttled (429): the poller tries the batch again in 2 s while its messages stay hidden',
      ],
      [
        { rule: 'mq.throttle', detail: { ...mq, delayMs: 300_000, statusCode: 500 } },
        'Throttled (500): the poller tries the batch again in 300 s while the consumer holds its messages',
      ],
    ],
    'queue.throttle-gave-up': [
      [
        {
          rule: 'sqs.throttle',
          detail: { ...sqs, count: 1, returnsAtMs: 30_000, statusCode: 429 },
        },
        "Throttled (429) with no retry left before the visibility timeout ends: the batch's 1 message returns to queue orders at 0:30.000",
      ],
    ],
    'queue.returned': [
      [
        { rule: 'sqs.returned', detail: { ...sqs, receiveCount: 2 } },
        'The visibility timeout ended: the message is visible again in queue orders after 2 receives',
      ],
      [
        { rule: 'mq.redelivery', detail: { ...mq, receiveCount: 1, maxReceiveCount: 6 } },
        'Broker inventory redelivers the message (redelivery 1 of 5)',
      ],
    ],
    'queue.redriven': [
      [
        {
          rule: 'sqs.redrive',
          detail: { ...sqs, receiveCount: 3, maxReceiveCount: 3, deadLetterQueue: 'orders-dlq' },
        },
        'Received 3 times (maxReceiveCount 3): SQS moves the message from queue orders to its dead-letter queue orders-dlq',
      ],
      [
        {
          rule: 'mq.broker-dlq',
          detail: { ...mq, receiveCount: 6, maxReceiveCount: 6, deadLetterQueue: 'ActiveMQ.DLQ' },
        },
        'Delivered 6 times (5 redeliveries): broker inventory moves the message to its dead-letter queue ActiveMQ.DLQ',
      ],
      [
        { rule: 'mq.broker-dlq', detail: { ...mq, receiveCount: 2, maxReceiveCount: 2 } },
        'Delivered 2 times (1 redelivery): broker inventory drops the message (it has no dead-letter queue)',
      ],
    ],
    'queue.expired': [
      [
        { rule: 'sqs.retention', detail: { ...sqs, retentionMs: 345_600_000 } },
        'The retention period (96 h) ended: SQS deletes the message from queue orders',
      ],
    ],
    'queue.scaled': [
      [
        {
          rule: 'sqs.scaling',
          detail: { ...sqs, previousPollers: 5, pollers: 305, scaleReason: 'backlog' },
        },
        'Messages keep waiting in queue orders: the mapping scales up from 5 to 305 concurrent batches',
      ],
      [
        {
          rule: 'sqs.scale-down',
          detail: { ...sqs, previousPollers: 305, pollers: 152, scaleReason: 'function-error' },
        },
        'The invocation failed: the mapping for queue orders scales down from 305 to 152 concurrent batches',
      ],
      [
        {
          rule: 'sqs.scale-down',
          detail: { ...sqs, previousPollers: 605, pollers: 5, scaleReason: 'idle' },
        },
        'Queue orders is quiet: its mapping goes back to 5 concurrent batches',
      ],
    ],
    'queue.poll-failed': [
      [
        {
          rule: 'sqs.kms-decrypt',
          detail: {
            ...sqs,
            errorCode: 'KMS.AccessDeniedException',
            lastProcessingResult: 'PROBLEM: no key',
          },
        },
        'Polling queue orders fails (KMS.AccessDeniedException): PROBLEM: no key; messages wait in the queue until they expire',
      ],
    ],
  };

  for (const [kind, list] of Object.entries(cases) as [
    QueueTraceKind,
    (typeof cases)[QueueTraceKind],
  ][]) {
    it(kind, () => {
      for (const [fields, sentence] of list) {
        const e = { ...base, kind, detail: null, ...fields } as TraceEvent;
        expect(describeEvent(e, run)).toBe(sentence);
      }
    });
  }

  it('names every queue fate', () => {
    const labels: Record<QueueFateKind, string> = {
      processed: 'processed, then deleted (SQS) or acknowledged (MQ)',
      filtered: 'filtered out: removed without invoking the function',
      redriven: 'moved to the dead-letter queue',
      'batch-succeeded': 'batch succeeded: every message deleted or acknowledged',
      'batch-partial': 'batch partly failed: only the reported messages come back',
      'batch-failed': 'batch failed: all its messages come back',
      'batch-throttled': 'batch throttled, never ran: its messages come back',
    };
    for (const [k, label] of Object.entries(labels)) expect(fateLabel(k as FateKind)).toBe(label);
  });

  it('tells the story of the SQS "Run it" scenario in plain words', () => {
    const first = run.trace
      .filter((e) => e.msg === 1 && e.kind !== 'queue.sent')
      .map((e) => describeEvent(e, run));
    expect(first).toEqual([
      'A poller receives the message from queue orders (receive 1 of 3); it is hidden for 30 s',
      'The visibility timeout ended: the message is visible again in queue orders after 1 receive',
      'A poller receives the message from queue orders (receive 2 of 3); it is hidden for 30 s',
      'The visibility timeout ended: the message is visible again in queue orders after 2 receives',
      'A poller receives the message from queue orders (receive 3 of 3); it is hidden for 30 s',
      'Received 3 times (maxReceiveCount 3): SQS moves the message from queue orders to its dead-letter queue orders-dlq',
      'Outcome: moved to the dead-letter queue',
    ]);
  });
});
