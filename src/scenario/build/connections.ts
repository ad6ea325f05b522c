import { ruleById } from '../../catalog/rules';
import { serviceById } from '../../catalog/services';
import type { Scenario } from '../schema';
import type { TargetResource, TargetRole } from './pieces';

/**
 * Which arrows a design may have, following what AWS allows. Boxes are named by their diagram node
 * ids (`function`, `sqs:orders`, `dlq:sqs:orders-dlq` …), so the diagram, the keyboard menu and the
 * tests all ask the same question. A refusal says why in plain words and cites its rule.
 */

export type Verdict =
  | { readonly ok: true; readonly rule: string }
  | { readonly ok: false; readonly reason: string; readonly rule: string };

/** A dead-letter queue or destination, as a box or as a piece about to be attached. */
export interface Sink {
  readonly role: TargetRole;
  readonly resource: TargetResource;
  readonly fifo: boolean;
  readonly name: string;
}

/** What a box of the diagram stands for, as far as connecting goes. */
export type Endpoint =
  | { readonly kind: 'function' }
  | { readonly kind: 'caller'; readonly label: string; readonly sync: boolean }
  | { readonly kind: 'push'; readonly service: string }
  | {
      readonly kind: 'sqs';
      readonly name: string;
      readonly fifo: boolean;
      readonly mapped: boolean;
    }
  | { readonly kind: 'mq'; readonly name: string; readonly mapped: boolean }
  | { readonly kind: 'stream'; readonly name: string; readonly label: string }
  | { readonly kind: 'eventbridge'; readonly label: string }
  | { readonly kind: 'sink'; readonly sink: Sink }
  | { readonly kind: 'other' };

const DESTINATION_TYPES = 'standard SQS queues, SNS topics, Lambda functions and EventBridge buses';

const isFifoName = (name: string) => name.endsWith('.fifo');

/** The endpoint a diagram node id stands for in this scenario. */
export function endpointOf(nodeId: string, s: Scenario): Endpoint {
  if (nodeId === 'function' || nodeId === 'lambda' || nodeId === 'async-queue')
    return { kind: 'function' };
  const [head, ...rest] = nodeId.split(':');
  const tail = rest.join(':');
  switch (head) {
    case 'workload': {
      const w = s.workloads.find((x) => x.id === tail);
      if (w === undefined) return { kind: 'other' };
      if (w.source !== undefined) return { kind: 'push', service: w.source.service };
      return {
        kind: 'caller',
        label: w.label ?? w.id,
        sync: w.invocationType !== 'Event',
      };
    }
    case 'sqs': {
      const q = s.queues?.find((x) => x.name === tail);
      return q === undefined
        ? { kind: 'other' }
        : { kind: 'sqs', name: q.name, fifo: q.type === 'fifo', mapped: q.mapping !== undefined };
    }
    case 'mq': {
      const b = s.brokers?.find((x) => x.name === tail);
      return b === undefined
        ? { kind: 'other' }
        : { kind: 'mq', name: b.name, mapped: b.mapping !== undefined };
    }
    case 'esm': {
      if (tail.startsWith('sqs:')) return endpointOf(tail, s);
      if (tail.startsWith('mq:')) return endpointOf(tail, s);
      return streamEndpoint(tail, s);
    }
    case 'stream':
    case 'kafka':
      return streamEndpoint(tail, s);
    case 'bus':
    case 'rule':
    case 'schedule':
      return { kind: 'eventbridge', label: tail };
    case 'dlq':
    case 'onFailure':
    case 'onSuccess':
    case 'redrive':
    case 'esm-destination': {
      const [type, ...name] = rest;
      // A broker's own dead-letter queue belongs to the broker: nothing else can use it.
      if (type === 'mq') return { kind: 'other' };
      const role: TargetRole =
        head === 'onSuccess'
          ? 'on-success'
          : head === 'dlq' || head === 'redrive'
            ? 'dlq'
            : 'on-failure';
      const n = name.join(':');
      return {
        kind: 'sink',
        sink: { role, resource: type as TargetResource, fifo: isFifoName(n), name: n },
      };
    }
    default:
      return { kind: 'other' };
  }
}

function streamEndpoint(name: string, s: Scenario): Endpoint {
  const st = s.streams?.find((x) => x.name === name);
  if (st)
    return {
      kind: 'stream',
      name,
      label: st.kind === 'kinesis' ? 'Kinesis stream' : 'DynamoDB stream',
    };
  const k = s.kafka?.find((x) => x.topic === name || `${x.cluster}/${x.topic}` === name);
  if (k) return { kind: 'stream', name, label: 'Kafka topic' };
  return { kind: 'other' };
}

const ok = (rule: string): Verdict => ({ ok: true, rule });
const no = (rule: string, reason: string): Verdict => ({ ok: false, rule, reason });

/** Can an arrow go from one box to another? */
export function canConnect(from: string, to: string, s: Scenario): Verdict {
  if (from === to) return no('sync.request', 'A box cannot be connected to itself.');
  return check(endpointOf(from, s), endpointOf(to, s));
}

/** The same question for two endpoints: the rules themselves, for boxes and pieces alike. */
export function check(from: Endpoint, to: Endpoint): Verdict {
  if (to.kind === 'function') return toFunction(from);
  if (to.kind === 'sink') return toSink(from, to.sink);
  return no(
    'sync.request',
    'Arrows end at the function, or at a dead-letter queue or destination that receives failures or results.',
  );
}

function toFunction(from: Endpoint): Verdict {
  switch (from.kind) {
    case 'function':
      return no('sync.request', 'The function is already where events end up.');
    case 'sqs':
      return from.mapped
        ? no(
            'esm.one-per-source',
            `The queue "${from.name}" already has an event source mapping to this function — one mapping per queue and function.`,
          )
        : ok('sqs.mapping');
    case 'mq':
      return from.mapped
        ? no(
            'esm.one-per-source',
            `The broker "${from.name}" already has an event source mapping to this function — one mapping per queue and function.`,
          )
        : ok('mq.mapping');
    case 'stream':
      return no(
        'esm.one-per-source',
        `The ${from.label} "${from.name}" already has its event source mapping to this function — one mapping per source and function.`,
      );
    case 'caller':
      return no('sync.request', `The caller "${from.label}" already invokes the function.`);
    case 'push':
      return no(
        'sync.request',
        `${serviceById(from.service)?.shortName ?? from.service} already invokes the function.`,
      );
    case 'eventbridge':
      return no('async.accepted', `"${from.label}" already sends its events to the function.`);
    case 'sink':
      return no(
        'async.destination',
        `"${from.sink.name}" receives what Lambda sends it; in this design it does not invoke the function.`,
      );
    case 'other':
      return no('sync.request', 'This box cannot invoke the function.');
  }
}

const RESOURCE_NAME: Record<TargetResource, string> = {
  sqs: 'An SQS queue',
  sns: 'An SNS topic',
  lambda: 'A Lambda function',
  eventbridge: 'An EventBridge bus',
  s3: 'An S3 bucket',
};

function resourceName(sink: Sink): string {
  return sink.resource === 'sqs' && sink.fifo ? 'A FIFO queue' : RESOURCE_NAME[sink.resource];
}

/** Can this box send its failures (or results) to this sink? */
function toSink(from: Endpoint, sink: Sink): Verdict {
  switch (from.kind) {
    case 'function':
      return functionSink(sink);
    case 'sqs':
      if (sink.resource !== 'sqs')
        return no(
          'sqs.redrive',
          `${resourceName(sink)} cannot be a queue’s dead-letter queue — SQS moves messages only to another SQS queue of the same type.`,
        );
      if (sink.name === from.name)
        return no('sqs.redrive', 'A queue cannot be its own dead-letter queue.');
      if (sink.fifo !== from.fifo)
        return no(
          'sqs.redrive',
          from.fifo
            ? 'A FIFO queue needs a FIFO dead-letter queue (named "….fifo").'
            : 'A standard queue needs a standard dead-letter queue, not a FIFO one.',
        );
      return ok('sqs.redrive');
    case 'stream':
      if (sink.role === 'on-success')
        return no(
          'stream.on-failure-destination',
          `A ${from.label}’s mapping has no on-success destination — only an on-failure one (an SQS queue, SNS topic or S3 bucket).`,
        );
      if (sink.resource === 'lambda' || sink.resource === 'eventbridge')
        return no(
          'stream.on-failure-destination',
          `${resourceName(sink)} cannot be a stream mapping’s on-failure destination — only an SQS queue, SNS topic or S3 bucket can.`,
        );
      if (sink.fifo)
        return no(
          'stream.on-failure-destination',
          'A FIFO queue cannot be an on-failure destination — use a standard SQS queue, an SNS topic or an S3 bucket.',
        );
      return ok('stream.on-failure-destination');
    case 'mq':
      return no(
        'mq.broker-dlq',
        'An Amazon MQ mapping has no dead-letter queue or destination of its own — the broker’s dead-letter queue keeps what it gives up on.',
      );
    case 'caller':
      return from.sync
        ? no(
            'sync.no-retry',
            `The synchronous caller "${from.label}" gets each error back itself — connect the function instead: its DLQ and destinations serve asynchronous invocations.`,
          )
        : no(
            'async.destination',
            'Lambda, not the caller, handles a failed asynchronous event — connect the function to its DLQ or destination instead.',
          );
    case 'push':
    case 'eventbridge':
      return no(
        'async.destination',
        'Connect the function instead — Lambda’s DLQ and destinations handle the events it was sent asynchronously.',
      );
    case 'sink':
      return no('async.destination', 'A dead-letter queue or destination sends nothing on.');
    case 'other':
      return no('async.destination', 'This box cannot send failures anywhere.');
  }
}

/** The function's own DLQ and asynchronous destinations. */
function functionSink(sink: Sink): Verdict {
  if (sink.role === 'dlq') {
    if (sink.resource !== 'sqs' && sink.resource !== 'sns')
      return no(
        'async.dlq',
        `${resourceName(sink)} cannot be a Lambda dead-letter queue — only SQS queues and SNS topics can.`,
      );
    if (sink.fifo)
      return no(
        'async.dlq',
        'A FIFO queue cannot be a Lambda dead-letter queue — use a standard SQS queue or an SNS topic.',
      );
    return ok('async.dlq');
  }
  if (sink.fifo)
    return no(
      'async.destination',
      `A FIFO queue cannot be an asynchronous destination — Lambda destinations accept ${DESTINATION_TYPES}.`,
    );
  if (sink.resource === 's3' && sink.role === 'on-success')
    return no(
      'async.destination',
      'An S3 bucket can only be an on-failure destination — on success, use an SQS queue, SNS topic, Lambda function or EventBridge bus.',
    );
  return ok('async.destination');
}

/** The AWS page behind a verdict. */
export function verdictSource(v: Verdict): string | undefined {
  return ruleById(v.rule)?.docUrl;
}
