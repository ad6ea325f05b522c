import { describe, expect, it } from 'vitest';
import { ruleById } from '../../../src/catalog/rules';
import { parseScenario, type Scenario } from '../../../src/scenario';
import {
  canConnect,
  check,
  endpointOf,
  verdictSource,
} from '../../../src/scenario/build/connections';
import type { TargetResource, TargetRole } from '../../../src/scenario/build/pieces';

/** One design with a box of every kind, so each pair below is a real arrow someone could draw. */
function design(): Scenario {
  const p = parseScenario({
    version: 1,
    workloads: [
      { id: 'caller', label: 'Checkout', arrivals: { kind: 'single', atMs: [0] } },
      { id: 'events', invocationType: 'Event', arrivals: { kind: 'single', atMs: [0] } },
      { id: 'sns', arrivals: { kind: 'single', atMs: [0] }, source: { service: 'sns' } },
    ],
    function: {
      deadLetterQueue: { type: 'sqs', name: 'fn-dlq' },
      asyncConfig: {
        onFailure: { type: 's3', name: 'failed-archive' },
        onSuccess: { type: 'sqs', name: 'done' },
      },
    },
    queues: [
      { name: 'orders' },
      {
        name: 'mapped',
        mapping: {},
        redrivePolicy: { deadLetterQueue: 'mapped-dlq', maxReceiveCount: 5 },
      },
      {
        name: 'jobs.fifo',
        type: 'fifo',
        redrivePolicy: { deadLetterQueue: 'jobs-dlq.fifo', maxReceiveCount: 5 },
      },
    ],
    streams: [
      {
        kind: 'kinesis',
        name: 'clicks',
        mapping: {
          startingPosition: 'LATEST',
          destinationConfig: { onFailure: { type: 'sns', name: 'stream-failures' } },
        },
      },
    ],
    brokers: [{ name: 'broker', queue: 'work' }],
    eventbridge: {
      rules: [
        {
          name: 'placed',
          eventPattern: { source: ['a'] },
          targets: [{ id: 'fn', type: 'lambda' }],
        },
      ],
    },
  });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.scenario;
}

const OK = 'ok';

describe('canConnect: every pair of boxes in a design', () => {
  const s = design();
  const table: [from: string, to: string, expected: string][] = [
    // → the function: only an unmapped queue or broker gains an arrow (its event source mapping).
    ['sqs:orders', 'function', OK],
    ['sqs:jobs.fifo', 'function', OK],
    ['mq:broker', 'function', OK],
    ['sqs:orders', 'lambda', OK],
    [
      'sqs:mapped',
      'function',
      'The queue "mapped" already has an event source mapping to this function — one mapping per queue and function.',
    ],
    [
      'esm:sqs:mapped',
      'function',
      'The queue "mapped" already has an event source mapping to this function — one mapping per queue and function.',
    ],
    [
      'stream:clicks',
      'function',
      'The Kinesis stream "clicks" already has its event source mapping to this function — one mapping per source and function.',
    ],
    ['workload:caller', 'function', 'The caller "Checkout" already invokes the function.'],
    ['workload:sns', 'function', 'SNS already invokes the function.'],
    ['rule:placed', 'function', '"placed" already sends its events to the function.'],
    [
      'dlq:sqs:fn-dlq',
      'function',
      '"fn-dlq" receives what Lambda sends it; in this design it does not invoke the function.',
    ],
    ['function', 'function', 'A box cannot be connected to itself.'],
    ['lambda', 'function', 'The function is already where events end up.'],
    // The function → its DLQ and destinations.
    ['function', 'dlq:sqs:fn-dlq', OK],
    ['function', 'onSuccess:sqs:done', OK],
    ['function', 'onFailure:s3:failed-archive', OK],
    ['function', 'redrive:sqs:mapped-dlq', OK],
    [
      'function',
      'redrive:sqs:jobs-dlq.fifo',
      'A FIFO queue cannot be a Lambda dead-letter queue — use a standard SQS queue or an SNS topic.',
    ],
    ['function', 'esm-destination:sns:stream-failures', OK],
    // A queue → a dead-letter queue: its redrive policy.
    ['sqs:orders', 'dlq:sqs:fn-dlq', OK],
    ['sqs:orders', 'redrive:sqs:mapped-dlq', OK],
    [
      'sqs:orders',
      'redrive:sqs:jobs-dlq.fifo',
      'A standard queue needs a standard dead-letter queue, not a FIFO one.',
    ],
    ['sqs:jobs.fifo', 'redrive:sqs:jobs-dlq.fifo', OK],
    [
      'sqs:jobs.fifo',
      'dlq:sqs:fn-dlq',
      'A FIFO queue needs a FIFO dead-letter queue (named "….fifo").',
    ],
    [
      'sqs:orders',
      'onFailure:s3:failed-archive',
      'An S3 bucket cannot be a queue’s dead-letter queue — SQS moves messages only to another SQS queue of the same type.',
    ],
    [
      'sqs:orders',
      'esm-destination:sns:stream-failures',
      'An SNS topic cannot be a queue’s dead-letter queue — SQS moves messages only to another SQS queue of the same type.',
    ],
    // A stream mapping → its on-failure destination.
    ['stream:clicks', 'dlq:sqs:fn-dlq', OK],
    ['esm:clicks', 'onFailure:s3:failed-archive', OK],
    [
      'stream:clicks',
      'onSuccess:sqs:done',
      'A Kinesis stream’s mapping has no on-success destination — only an on-failure one (an SQS queue, SNS topic or S3 bucket).',
    ],
    [
      'stream:clicks',
      'redrive:sqs:jobs-dlq.fifo',
      'A FIFO queue cannot be an on-failure destination — use a standard SQS queue, an SNS topic or an S3 bucket.',
    ],
    // Boxes that cannot send failures anywhere.
    [
      'mq:broker',
      'dlq:sqs:fn-dlq',
      'An Amazon MQ mapping has no dead-letter queue or destination of its own — the broker’s dead-letter queue keeps what it gives up on.',
    ],
    [
      'workload:caller',
      'dlq:sqs:fn-dlq',
      'The synchronous caller "Checkout" gets each error back itself — connect the function instead: its DLQ and destinations serve asynchronous invocations.',
    ],
    [
      'workload:events',
      'dlq:sqs:fn-dlq',
      'Lambda, not the caller, handles a failed asynchronous event — connect the function to its DLQ or destination instead.',
    ],
    [
      'workload:sns',
      'onFailure:s3:failed-archive',
      'Connect the function instead — Lambda’s DLQ and destinations handle the events it was sent asynchronously.',
    ],
    [
      'rule:placed',
      'dlq:sqs:fn-dlq',
      'Connect the function instead — Lambda’s DLQ and destinations handle the events it was sent asynchronously.',
    ],
    [
      'dlq:sqs:fn-dlq',
      'onSuccess:sqs:done',
      'A dead-letter queue or destination sends nothing on.',
    ],
    // Arrows that end anywhere else.
    [
      'function',
      'sqs:orders',
      'Arrows end at the function, or at a dead-letter queue or destination that receives failures or results.',
    ],
    [
      'sqs:orders',
      'workload:caller',
      'Arrows end at the function, or at a dead-letter queue or destination that receives failures or results.',
    ],
    [
      'sqs:orders',
      'redrive:mq:broker/ActiveMQ.DLQ',
      'Arrows end at the function, or at a dead-letter queue or destination that receives failures or results.',
    ],
  ];
  it.each(table)('%s → %s', (from, to, expected) => {
    const v = canConnect(from, to, s);
    expect(v.ok ? OK : v.reason).toBe(expected);
    // Every verdict, allowed or refused, names a catalog rule with its AWS page.
    expect(ruleById(v.rule)).toBeDefined();
    expect(verdictSource(v)).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});

describe('check: the function’s own DLQ and destinations, for every kind of target', () => {
  const fn = { kind: 'function' } as const;
  const sink = (role: TargetRole, resource: TargetResource, fifo = false) =>
    ({ kind: 'sink', sink: { role, resource, fifo, name: 'x' } }) as const;
  const table: [TargetRole, TargetResource, boolean, string][] = [
    ['dlq', 'sqs', false, OK],
    ['dlq', 'sns', false, OK],
    [
      'dlq',
      'sqs',
      true,
      'A FIFO queue cannot be a Lambda dead-letter queue — use a standard SQS queue or an SNS topic.',
    ],
    [
      'dlq',
      's3',
      false,
      'An S3 bucket cannot be a Lambda dead-letter queue — only SQS queues and SNS topics can.',
    ],
    [
      'dlq',
      'lambda',
      false,
      'A Lambda function cannot be a Lambda dead-letter queue — only SQS queues and SNS topics can.',
    ],
    [
      'dlq',
      'eventbridge',
      false,
      'An EventBridge bus cannot be a Lambda dead-letter queue — only SQS queues and SNS topics can.',
    ],
    ['on-failure', 'sqs', false, OK],
    ['on-failure', 'sns', false, OK],
    ['on-failure', 'lambda', false, OK],
    ['on-failure', 'eventbridge', false, OK],
    ['on-failure', 's3', false, OK],
    [
      'on-failure',
      'sqs',
      true,
      'A FIFO queue cannot be an asynchronous destination — Lambda destinations accept standard SQS queues, SNS topics, Lambda functions and EventBridge buses.',
    ],
    ['on-success', 'sqs', false, OK],
    ['on-success', 'sns', false, OK],
    ['on-success', 'lambda', false, OK],
    ['on-success', 'eventbridge', false, OK],
    [
      'on-success',
      's3',
      false,
      'An S3 bucket can only be an on-failure destination — on success, use an SQS queue, SNS topic, Lambda function or EventBridge bus.',
    ],
    [
      'on-success',
      'sqs',
      true,
      'A FIFO queue cannot be an asynchronous destination — Lambda destinations accept standard SQS queues, SNS topics, Lambda functions and EventBridge buses.',
    ],
  ];
  it.each(table)('%s %s (FIFO %s)', (role, resource, fifo, expected) => {
    const v = check(fn, sink(role, resource, fifo));
    expect(v.ok ? OK : v.reason).toBe(expected);
    expect(v.rule).toBe(role === 'dlq' ? 'async.dlq' : 'async.destination');
  });

  it('a stream mapping refuses a Lambda function or an EventBridge bus as its on-failure destination', () => {
    const stream = { kind: 'stream', name: 'clicks', label: 'DynamoDB stream' } as const;
    expect(check(stream, sink('on-failure', 'lambda'))).toEqual({
      ok: false,
      rule: 'stream.on-failure-destination',
      reason:
        'A Lambda function cannot be a stream mapping’s on-failure destination — only an SQS queue, SNS topic or S3 bucket can.',
    });
    expect(check(stream, sink('on-failure', 'eventbridge')).ok).toBe(false);
    expect(check(stream, sink('on-failure', 's3'))).toEqual({
      ok: true,
      rule: 'stream.on-failure-destination',
    });
  });

  it('a queue refuses itself as its own dead-letter queue', () => {
    const q = { kind: 'sqs', name: 'orders', fifo: false, mapped: false } as const;
    expect(
      check(q, {
        kind: 'sink',
        sink: { role: 'dlq', resource: 'sqs', fifo: false, name: 'orders' },
      }),
    ).toEqual({
      ok: false,
      rule: 'sqs.redrive',
      reason: 'A queue cannot be its own dead-letter queue.',
    });
  });
});

describe('endpointOf', () => {
  it('reads each box of the design', () => {
    const s = design();
    expect(endpointOf('sqs:jobs.fifo', s)).toEqual({
      kind: 'sqs',
      name: 'jobs.fifo',
      fifo: true,
      mapped: false,
    });
    expect(endpointOf('redrive:sqs:jobs-dlq.fifo', s)).toEqual({
      kind: 'sink',
      sink: { role: 'dlq', resource: 'sqs', fifo: true, name: 'jobs-dlq.fifo' },
    });
    expect(endpointOf('async-queue', s)).toEqual({ kind: 'function' });
    expect(endpointOf('sqs:missing', s)).toEqual({ kind: 'other' });
  });
});
