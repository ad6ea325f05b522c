import type { FateKind, Run, TraceDetail, TraceEvent } from '../engine';
import { formatBytes, formatDuration, plural } from './format';
import { callerName, targetTypeLabel } from './names';
import { describeFamilyEvent, familyFateLabel } from './describe-families';

/**
 * One trace event in plain words, for the event log and captions. The switch is exhaustive:
 * a new TraceKind in the engine does not compile until it has a sentence here.
 */
export function describeEvent(e: TraceEvent, run: Run): string {
  const d: TraceDetail = e.detail ?? {};
  switch (e.kind) {
    case 'sync.request':
      return e.attempt > 1
        ? `${callerName(run, e.from)} sends attempt ${e.attempt} (RequestResponse) and waits`
        : `${callerName(run, e.from)} invokes synchronously (RequestResponse) and waits`;
    case 'async.accepted':
      return 'Event accepted (202) and queued for the function';
    case 'async.duplicate':
      return d.duplicateOf !== undefined
        ? `Duplicate delivery: the queue hands out #${d.duplicateOf + 1} a second time`
        : 'Duplicate delivery: the queue hands out an event a second time';
    case 'dryrun.accepted':
      return 'DryRun answered 204: request and permission checked, no code runs';
    case 'alias.routed':
      return e.rule === 'alias.weighted'
        ? `Routed to version ${e.version} (${percent(d.weight ?? 1)} weight)`
        : `Alias ${d.qualifier ?? ''} points to version ${e.version}`;
    case 'env.provisioned':
      return `Provisioned environment ${e.env} ready for ${d.qualifier ?? e.version} (Init ${formatDuration(d.initMs ?? 0)} done ahead of time)`;
    case 'env.init':
      return describeInit(e, d);
    case 'invoke.start':
      return describeStart(e, d);
    case 'invoke.end':
      return describeEnd(e, d);
    case 'throttled':
      return `429 TooManyRequests: ${throttleCause(e)}`;
    case 'service.error':
      return '500 ServiceException: Lambda failed the request before any code ran';
    case 'invoke.too-large':
      return `413 RequestTooLargeException: the request is ${formatBytes(d.sizeBytes)}, over the ${formatBytes(d.limitBytes)} limit${tooLargeWhich(e.rule)}; nothing runs and nothing is retried`;
    case 'sync.response':
      return describeResponse(e, d, run);
    case 'caller.retry':
      return `${callerName(run, e.from)} retries in ${formatDuration(d.delayMs ?? 0)} (SDK retry ${d.retryNumber ?? 1} of ${d.maxRetries ?? 1}) after a ${d.statusCode ?? 429}`;
    case 'async.retry':
      return d.cause === 'throttle' || d.cause === 'service-error'
        ? `${d.cause === 'throttle' ? 'Throttled' : 'Service error'}: back to the queue, next try in ${formatDuration(d.delayMs ?? 0)} (no retry used up)`
        : `Retry ${d.retryNumber ?? 1} of ${d.maxRetries ?? 2} in ${formatDuration(d.delayMs ?? 0)}: ${failureCause(d)}`;
    case 'async.expired':
      return `Event expired after ${formatDuration(d.ageMs ?? 0)}: older than the maximum event age`;
    case 'async.exhausted':
      return `Retries exhausted after ${plural(e.attempt, 'attempt')}`;
    case 'dlq.sent':
      return `Sent to dead-letter queue ${d.target ?? ''} (${targetTypeLabel(d.targetType)})`;
    case 'destination.sent':
      return `Invocation record sent to ${d.destination === 'onSuccess' ? 'on-success' : 'on-failure'} destination ${d.target ?? ''} (${targetTypeLabel(d.targetType)})`;
    case 'dlq.failed':
      return `Dead-letter queue ${d.target ?? ''} cannot be reached: the event is lost (DeadLetterErrors metric)`;
    case 'destination.failed':
      return `${d.destination === 'onSuccess' ? 'On-success' : 'On-failure'} destination ${d.target ?? ''} cannot be reached: the record is lost (DestinationDeliveryFailures metric)`;
    case 'env.reclaimed':
      return `Idle environment ${e.env} shut down`;
    case 'env.retired':
      return `Environment ${e.env} retired: it reached its maximum lifetime`;
    case 'env.recycled':
      return `Provisioned environment ${e.env} replaced by a fresh one`;
    case 'loop.write':
      return describeLoopWrite(e, d);
    case 'loop.stopped':
      return describeLoopStop(d);
    case 'eb.put':
    case 'eb.rejected':
    case 'eb.archived':
    case 'eb.scheduled':
    case 'eb.replayed':
    case 'eb.matched':
    case 'eb.not-matched':
    case 'eb.delivered':
    case 'eb.target-failed':
    case 'eb.retry':
    case 'eb.dlq':
    case 'eb.dropped':
    case 'scheduler.fired':
    case 'scheduler.skipped':
    case 'scheduler.delivered':
    case 'scheduler.target-failed':
    case 'scheduler.retry':
    case 'scheduler.dlq':
    case 'scheduler.dropped':
      return describeFamilyEvent('eventbridge', e, run);
    case 'fate':
      return `Outcome: ${fateLabel(d.fate ?? 'in-flight')}`;
    case 'source.config-refused':
    case 'source.event':
    case 'source.duplicate':
    case 'source.invoke':
    case 'source.denied':
    case 'source.timeout':
    case 'source.retry':
    case 'source.response':
    case 'source.report':
    case 'source.dlq':
    case 'source.batch':
    case 'source.efs-mount':
    case 'source.xray-trace':
      return describeFamilyEvent('push', e, run);
    case 'queue.mapping-created':
    case 'queue.mapping-rejected':
    case 'queue.function-dlq-ignored':
    case 'queue.sent':
    case 'queue.delay-ended':
    case 'queue.received':
    case 'queue.filtered':
    case 'queue.batch':
    case 'queue.deleted':
    case 'queue.batch-failed':
    case 'queue.partial-failure':
    case 'queue.throttle-retry':
    case 'queue.throttle-gave-up':
    case 'queue.returned':
    case 'queue.redriven':
    case 'queue.expired':
    case 'queue.scaled':
    case 'queue.poll-failed':
      return describeFamilyEvent('queues', e, run);
    case 'stream.mapping-created':
    case 'stream.mapping-rejected':
    case 'stream.put':
    case 'stream.filtered':
    case 'stream.batch':
    case 'stream.retry':
    case 'stream.bisect':
    case 'stream.partial':
    case 'stream.checkpoint':
    case 'stream.window':
    case 'stream.discarded':
    case 'stream.destination':
    case 'stream.expired':
    case 'kafka.committed':
    case 'kafka.scaled':
      return describeFamilyEvent('streams', e, run);
  }
}

/** Which of Invoke's limits a refused request was held to. */
function tooLargeWhich(rule: string): string {
  if (rule === 'invoke.payload-limit-invokeasync') return ' of InvokeAsync';
  return rule === 'invoke.payload-limit-async'
    ? ' for Event invocations'
    : ' for synchronous calls';
}

/** A message's final outcome in a few words (log rows, counters, panels). */
export function fateLabel(kind: FateKind): string {
  switch (kind) {
    case 'succeeded':
      return 'succeeded';
    case 'function-error':
      return 'the caller got the function error';
    case 'timed-out':
      return 'the caller got "Task timed out"';
    case 'throttled':
      return 'throttled, the caller got 429';
    case 'service-error':
      return 'the caller got 500 ServiceException';
    case 'dlq':
      return 'in the dead-letter queue';
    case 'destination':
      return 'record at the on-failure destination';
    case 'expired':
      return 'expired and lost';
    case 'dropped':
      return 'discarded and lost';
    case 'dry-run':
      return 'dry run only, nothing ran';
    case 'too-large':
      return 'refused with 413: request too large';
    case 'routed':
      return 'handed to the matching rules’ targets';
    case 'unmatched':
      return 'no rule matched: nothing happened';
    case 'rejected':
      return 'refused by PutEvents';
    case 'delivered':
      return 'delivered to the target';
    case 'in-flight':
      return 'still under way at the end';
    case 'http-403':
    case 'http-424':
    case 'http-429':
    case 'http-500':
    case 'http-502':
    case 'http-503':
    case 'http-504':
    case 'operation-failed':
    case 'error-branch':
    case 'skill-error':
    case 'action-failed':
    case 'accepted':
    case 'not-configured':
    case 'denied':
    case 'error-action':
    case 'abandoned':
    case 'resource-succeeded':
    case 'resource-failed':
    case 'stack-timed-out':
    case 'job-succeeded':
    case 'job-failed':
    case 'action-timed-out':
    case 'evaluated':
    case 'not-evaluated':
    case 'rotated':
    case 'rotation-failed':
    case 'transformed':
    case 'record-dropped':
    case 'processing-failed':
    case 'task-succeeded':
    case 'task-failed':
    case 'batch-job-completed':
    case 'batch-job-failed':
    case 'caught':
    case 'execution-failed':
      return familyFateLabel('push', kind);
    case 'processed':
    case 'filtered':
    case 'redriven':
    case 'batch-succeeded':
    case 'batch-partial':
    case 'batch-failed':
    case 'batch-throttled':
      return familyFateLabel('queues', kind);
    case 'checkpointed':
    case 'filtered-out':
    case 'bisected':
      return familyFateLabel('streams', kind);
  }
}

function describeInit(e: TraceEvent, d: TraceDetail): string {
  const init = formatDuration(d.initMs ?? 0);
  if (d.initReason === 'reset')
    return `Environment ${e.env} restarts its runtime after a crash or timeout: Init again (${init})`;
  const what = e.rule === 'env.provisioned-spillover' ? 'Spillover cold start' : 'Cold start';
  return `${what}: environment ${e.env} initialises ${e.version} (${init})`;
}

function describeStart(e: TraceEvent, d: TraceDetail): string {
  if (d.provisioned)
    return `Attempt ${e.attempt} starts in provisioned environment ${e.env} (warm)`;
  if (d.warm) return `Warm start: attempt ${e.attempt} runs in environment ${e.env}`;
  return `Attempt ${e.attempt} starts in environment ${e.env} after Init`;
}

function describeEnd(e: TraceEvent, d: TraceDetail): string {
  const after = formatDuration(d.durationMs ?? 0);
  switch (d.outcome) {
    case 'timeout':
      return `Attempt ${e.attempt} timed out after ${after}`;
    case 'crash':
      return `Attempt ${e.attempt} crashed after ${after}: ${d.errorMessage ?? 'runtime exited'}`;
    case 'error':
      return `Attempt ${e.attempt} failed after ${after}: ${d.errorMessage ?? 'error'}`;
    default:
      return `Attempt ${e.attempt} succeeded after ${after}`;
  }
}

function describeResponse(e: TraceEvent, d: TraceDetail, run: Run): string {
  const caller = callerName(run, e.to);
  if (d.statusCode === 429) return `${caller} receives 429 TooManyRequests and stops`;
  if (d.statusCode === 500) return `${caller} receives 500 ServiceException and stops`;
  if (d.functionError)
    return `${caller} receives 200 with X-Amz-Function-Error: ${d.errorMessage ?? d.errorType ?? 'error'}`;
  return `${caller} receives 200 with the result`;
}

function throttleCause(e: TraceEvent): string {
  switch (e.rule) {
    case 'concurrency.reserved':
      return 'reserved concurrency reached';
    case 'concurrency.scaling-rate':
      return 'scaling rate reached (1,000 new environments per 10 s)';
    case 'concurrency.burst-legacy':
      return 'burst limit reached';
    default:
      return 'account concurrency limit reached';
  }
}

function failureCause(d: TraceDetail): string {
  if (d.errorType === 'Sandbox.Timedout') return 'the function timed out';
  if (d.errorType === 'Runtime.ExitError') return 'the runtime crashed';
  return 'the function threw';
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** Where a loop goes round: the queue, or the topic or bucket of a push source. */
function loopSource(d: TraceDetail): string {
  if (d.queue !== undefined) return `queue ${d.queue}`;
  if (d.service === 's3') return 'the bucket that invoked it';
  if (d.service === 'sns') return 'the topic that invoked it';
  return 'the source that invoked it';
}

function describeLoopWrite(e: TraceEvent, d: TraceDetail): string {
  const n = d.loopCount ?? 1;
  const base = `The function writes the event back to ${loopSource(d)}: this event has invoked it ${plural(n, 'time')}`;
  return e.rule === 'recursion.allow'
    ? `${base}; RecursiveLoop is Allow, so Lambda lets the loop go on`
    : base;
}

function describeLoopStop(d: TraceDetail): string {
  const n = d.loopCount ?? 16;
  const stop = `Recursive loop detected: the same event has invoked the function ${plural(n, 'time')}, so Lambda stops it (RecursiveInvocationException, counted in RecursiveInvocationsDropped)`;
  if (d.queue === undefined)
    return `${stop}; the event goes to the dead-letter queue or on-failure destination, if there is one`;
  return d.deadLetterQueue !== undefined
    ? `${stop}; the message moves to dead-letter queue ${d.deadLetterQueue}`
    : `${stop}; the message is deleted (queue ${d.queue} has no dead-letter queue)`;
}
