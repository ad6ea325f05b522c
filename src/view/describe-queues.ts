import type { FateKind, Run, TraceDetail, TraceEvent } from '../engine';
import type { QueueFateKind, QueueTraceKind } from '../engine/queues/kinds';
import { formatBytes, formatDuration, formatTime, messageLabel, plural } from './format';
import { targetTypeLabel } from './names';

type QueueEvent = TraceEvent & { readonly kind: QueueTraceKind };

/** The sentence of a queue poller's trace event (SQS, Amazon MQ): see describeEvent. */
export function describeQueueEvent(e: QueueEvent, run: Run): string {
  const d: TraceDetail = e.detail ?? {};
  const mq = d.sourceKind === 'mq';
  const where = mq ? `broker ${d.queue ?? ''}` : `queue ${d.queue ?? ''}`;
  switch (e.kind) {
    case 'queue.mapping-created':
      return describeMapping(d, where, mq);
    case 'queue.mapping-rejected':
      return `CreateEventSourceMapping for ${where} fails: ${d.errorCode ?? 'InvalidParameterValueException'}: ${d.errorMessage ?? ''}${d.advice ? ` (${d.advice})` : ''}`;
    case 'queue.function-dlq-ignored':
      return describeIgnored(d, where, mq);
    case 'queue.sent': {
      const group = d.messageGroupId !== undefined ? ` in group ${d.messageGroupId}` : '';
      const delay = d.delayMs ? `, hidden for the queue's ${formatDuration(d.delayMs)} delay` : '';
      return `${producerName(run, e.from)} sends a message${group} to ${where}${delay}`;
    }
    case 'queue.delay-ended':
      return `The delay is over: the message is visible in ${where}`;
    case 'queue.received':
      return mq
        ? `${capital(where)} delivers the message to Lambda (delivery ${d.receiveCount ?? 1} of ${d.maxReceiveCount ?? 1})`
        : `A poller receives the message from ${where} (receive ${d.receiveCount ?? 1}${d.maxReceiveCount ? ` of ${d.maxReceiveCount}` : ''}); it is hidden for ${formatDuration(d.visibilityTimeoutMs ?? 0)}`;
    case 'queue.filtered':
      return mq
        ? `No filter matches: the message is acknowledged to ${where} without invoking the function`
        : `No filter matches: the message is deleted from ${where} without invoking the function`;
    case 'queue.batch':
      return `A batch of ${plural(d.count ?? 0, 'message')} from ${where} (${formatBytes(d.sizeBytes ?? 0)}) invokes the function: ${closedBy(d)}`;
    case 'queue.deleted':
      return mq
        ? `Success: ${plural(d.count ?? 0, 'message')} acknowledged to ${where}`
        : `Success: the poller deletes ${plural(d.count ?? 0, 'message')} from ${where}`;
    case 'queue.batch-failed':
      return mq
        ? `The batch failed (${failureCause(d)}): its ${plural(d.count ?? 0, 'message')} go back to ${where} for redelivery`
        : `The batch failed (${failureCause(d)}): none of its ${plural(d.count ?? 0, 'message')} is deleted; they return to ${where} when the visibility timeout ends, at ${formatTime(d.returnsAtMs ?? 0)}`;
    case 'queue.partial-failure': {
      const failed = d.failedRecords ?? [];
      const fifo =
        e.rule === 'sqs.partial-batch-fifo'
          ? ', from the first failure on'
          : e.rule === 'sqs.partial-batch-fifo-group'
            ? ', the rest of each failed message group'
            : '';
      const transient = d.transientRecords ?? [];
      const passing =
        transient.length > 0
          ? `; ${listIds(transient)} failed only for now (a transient failure)`
          : '';
      return `The function reports ${plural(failed.length, 'failed message')} (ReportBatchItemFailures${fifo}): ${plural(d.count ?? 0, 'message')} deleted, ${listIds(failed)} ${failed.length === 1 ? 'returns' : 'return'} when the visibility timeout ends, at ${formatTime(d.returnsAtMs ?? 0)}${passing}`;
    }
    case 'queue.throttle-retry':
      return `Throttled (${d.statusCode ?? 429}): the poller tries the batch again in ${formatDuration(d.delayMs ?? 0)} while ${mq ? 'the consumer holds its messages' : 'its messages stay hidden'}`;
    case 'queue.throttle-gave-up':
      return `Throttled (${d.statusCode ?? 429}) with no retry left before the visibility timeout ends: the batch's ${plural(d.count ?? 0, 'message')} ${d.count === 1 ? 'returns' : 'return'} to ${where} at ${formatTime(d.returnsAtMs ?? 0)}`;
    case 'queue.returned':
      return mq
        ? `${capital(where)} redelivers the message (redelivery ${d.receiveCount ?? 1} of ${(d.maxReceiveCount ?? 1) - 1})`
        : `The visibility timeout ended: the message is visible again in ${where} after ${plural(d.receiveCount ?? 1, 'receive')}`;
    case 'queue.redriven':
      return describeRedrive(d, where, mq);
    case 'queue.expired':
      return `The retention period (${formatDuration(d.retentionMs ?? 0)}) ended: SQS deletes the message from ${where}`;
    case 'queue.scaled':
      return describeScaling(d, where);
    case 'queue.poll-failed':
      return `Polling ${where} fails (${d.errorCode ?? 'error'}): ${d.lastProcessingResult ?? ''}; messages wait in the queue until they expire`;
  }
}

/** A queue message's or batch's outcome in a few words. */
export function queueFateLabel(kind: QueueFateKind & FateKind): string {
  switch (kind) {
    case 'processed':
      return 'processed, then deleted (SQS) or acknowledged (MQ)';
    case 'filtered':
      return 'filtered out: removed without invoking the function';
    case 'redriven':
      return 'moved to the dead-letter queue';
    case 'batch-succeeded':
      return 'batch succeeded: every message deleted or acknowledged';
    case 'batch-partial':
      return 'batch partly failed: only the reported messages come back';
    case 'batch-failed':
      return 'batch failed: all its messages come back';
    case 'batch-throttled':
      return 'batch throttled, never ran: its messages come back';
  }
}

function describeMapping(d: TraceDetail, where: string, mq: boolean): string {
  if (d.mappingState === 'Disabled')
    return `Event source mapping for ${where} created disabled: nothing is polled`;
  const window =
    d.windowMs === undefined || d.windowMs === 0
      ? 'no batching window'
      : `${formatDuration(d.windowMs)} batching window`;
  const pollers = mq ? `at most ${plural(d.pollers ?? 1, 'poller')}` : 'pollers';
  const parts = [
    `Event source mapping created: ${pollers} read ${where} in batches of up to ${d.batchSize ?? 10} (${window}) and invoke ${d.qualifier ?? '$LATEST'}`,
  ];
  if (!mq)
    parts.push(`received messages stay hidden for ${formatDuration(d.visibilityTimeoutMs ?? 0)}`);
  if (d.filterCount)
    parts.push(
      `${plural(d.filterCount, 'filter')} ${d.filterCount === 1 ? 'decides' : 'decide'} which messages reach it`,
    );
  if (d.reportBatchItemFailures) parts.push('the function reports failed messages one by one');
  if (d.minimumPollers !== undefined)
    parts.push(
      `provisioned mode: ${plural(d.eventPollers ?? 0, 'event poller')} ready (${d.pollers ?? 0} concurrent batches), up to ${plural(d.maximumPollers ?? 0, 'poller')}`,
    );
  const sentence = parts.join('; ');
  return d.advice ? `${sentence}. Note: ${d.advice}` : sentence;
}

function describeIgnored(d: TraceDetail, where: string, mq: boolean): string {
  const what = [
    d.target !== undefined
      ? `dead-letter queue ${d.target} (${targetTypeLabel(d.targetType)})`
      : '',
    d.destination !== undefined ? 'on-failure destination' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const verb = d.target !== undefined && d.destination !== undefined ? 'are' : 'is';
  const instead = mq ? "the broker's dead-letter queue" : "the queue's redrive policy";
  return `The function's ${what} ${verb} not used for messages from ${where}: the mapping invokes synchronously, and failed messages follow ${instead}`;
}

function describeRedrive(d: TraceDetail, where: string, mq: boolean): string {
  const n = d.receiveCount ?? 1;
  if (!mq)
    return `Received ${plural(n, 'time')} (maxReceiveCount ${d.maxReceiveCount ?? n}): SQS moves the message from ${where} to its dead-letter queue ${d.deadLetterQueue ?? ''}`;
  const tried = `Delivered ${plural(n, 'time')} (${plural((d.maxReceiveCount ?? n) - 1, 'redelivery', 'redeliveries')})`;
  return d.deadLetterQueue !== undefined
    ? `${tried}: ${where} moves the message to its dead-letter queue ${d.deadLetterQueue}`
    : `${tried}: ${where} drops the message (it has no dead-letter queue)`;
}

function describeScaling(d: TraceDetail, where: string): string {
  const from = d.previousPollers ?? 0;
  const to = d.pollers ?? 0;
  if (d.minimumPollers !== undefined) {
    const pollers = `${plural(d.eventPollers ?? 0, 'event poller')} (${to} concurrent batches)`;
    switch (d.scaleReason) {
      case 'function-error':
        return `The invocation failed: the provisioned mapping for ${where} scales down to ${pollers}, never below its minimum of ${d.minimumPollers}`;
      case 'idle':
        return `${capital(where)} is quiet: its provisioned mapping goes back to its minimum, ${pollers}`;
      default:
        return `Messages keep waiting in ${where}: the provisioned mapping scales up from ${from} to ${to} concurrent batches, ${plural(d.eventPollers ?? 0, 'event poller')} of at most ${d.maximumPollers ?? 0}`;
    }
  }
  switch (d.scaleReason) {
    case 'function-error':
      return `The invocation failed: the mapping for ${where} scales down from ${from} to ${to} concurrent batches`;
    case 'idle':
      return `${capital(where)} is quiet: its mapping goes back to ${to} concurrent batches`;
    default:
      return `Messages keep waiting in ${where}: the mapping scales up from ${from} to ${to} concurrent batches`;
  }
}

function closedBy(d: TraceDetail): string {
  switch (d.closedBy) {
    case 'full':
      return `the batch size (${d.batchSize ?? 0}) is reached`;
    case 'payload':
      return 'the next message would take it past 6 MB';
    case 'window':
      return `its ${formatDuration(d.windowMs ?? 0)} batching window ended`;
    default:
      return 'one receive, no batching window';
  }
}

function failureCause(d: TraceDetail): string {
  if (d.errorType === 'Sandbox.Timedout') return 'the function timed out';
  if (d.errorType === 'Runtime.ExitError') return 'the runtime crashed';
  return 'the function threw';
}

function listIds(ids: readonly number[]): string {
  const shown = ids.slice(0, 3).map(messageLabel).join(', ');
  return ids.length > 3 ? `${shown} and ${ids.length - 3} more` : shown;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "producer:orders/checkout" → the producer's label (or its id). Cached per run. */
const producerNames = new WeakMap<Run, ReadonlyMap<string, string>>();

function producerName(run: Run, entity: string): string {
  let names = producerNames.get(run);
  if (names === undefined) {
    const s = run.scenario;
    const pairs: Array<[string, string]> = [];
    for (const q of s.queues ?? [])
      for (const p of q.producers) pairs.push([`producer:${q.name}/${p.id}`, p.label ?? p.id]);
    for (const b of s.brokers ?? [])
      for (const p of b.producers) pairs.push([`producer:${b.name}/${p.id}`, p.label ?? p.id]);
    names = new Map(pairs);
    producerNames.set(run, names);
  }
  return names.get(entity) ?? (entity === 'function' ? 'The function' : entity);
}
