import { serviceById } from '../catalog/services';
import type { Run, TraceDetail, TraceEvent } from '../engine';
import type { PushFateKind, PushTraceKind } from '../engine/push/kinds';
import { formatDuration, plural } from './format';
import { callerName, targetTypeLabel } from './names';
import { formatCount } from './format';

/** One push-source event (a `source.*` kind) in plain words, naming the service that acted. */
export function describePushEvent(e: TraceEvent & { kind: PushTraceKind }, run: Run): string {
  const d: TraceDetail = e.detail ?? {};
  const name = serviceName(d, run, e);
  switch (e.kind) {
    case 'source.config-refused':
      return `${name} refuses to save its trigger: "${d.answer ?? ''}" (${denialText(d)})`;
    case 'source.event':
      return `${name}: ${d.summary ?? 'new event'}`;
    case 'source.duplicate':
      return d.duplicateOf !== undefined
        ? `${name} sends the same event a second time (a duplicate of #${d.duplicateOf + 1})`
        : `${name} sends the same event a second time`;
    case 'source.invoke':
      return describeInvoke(name, e, d);
    case 'source.denied':
      return `Lambda refuses ${name}’s call with AccessDeniedException: ${denialText(d)}`;
    case 'source.timeout':
      return d.service === 'cloudformation' || d.service === 'codepipeline'
        ? `${name} has waited ${formatDuration(d.limitMs ?? 0)} without a report from the function`
        : `${name} stops waiting after ${formatDuration(d.limitMs ?? 0)}; the function keeps running`;
    case 'source.retry':
      return describeRetry(name, d);
    case 'source.response':
      return `${name}: ${d.answer ?? 'answered'}`;
    case 'source.report':
      return describeReport(name, d);
    case 'source.dlq':
      return d.service === 'firehose'
        ? `Firehose gives up on the batch: ${d.answer ?? 'its records go to processing-failed/'}`
        : d.service === 'iot'
          ? `The rule’s error action receives the message (${targetTypeLabel(d.targetType)} ${d.target ?? ''})`
          : `${name} moves the message to the subscription’s dead-letter queue ${d.target ?? ''} (${targetTypeLabel(d.targetType)})`;
    case 'source.batch':
      return `${name} sends ${plural(d.records?.length ?? 0, 'record')} in one transformation call (${d.reason ?? 'buffer flushed'})`;
    case 'source.efs-mount':
      return `Environment ${e.env} mounts its EFS access point at ${d.mountPath ?? '/mnt'} during Init`;
    case 'source.xray-trace': {
      const why =
        d.sampledBy === 'reservoir' ? 'the first request of its second' : 'the 5 % sample';
      return d.segmentAccepted === false
        ? `X-Ray sampling picks this invocation (${why}), but X-Ray refuses its segment: the role lacks xray:PutTraceSegments`
        : `X-Ray traces this invocation (${why}) and receives its segment`;
    }
  }
}

/** A push-source fate in a few words: what the service (or its client) ended up with. */
export function pushFateLabel(kind: PushFateKind): string {
  switch (kind) {
    case 'http-403':
      return 'the client got 403 Forbidden';
    case 'http-424':
      return 'the client got 424 DependencyFailedException';
    case 'http-429':
      return 'the client got 429 Too Many Requests';
    case 'http-500':
      return 'the client got 500 Internal Server Error';
    case 'http-502':
      return 'the client got 502 Bad Gateway';
    case 'http-503':
      return 'the client got 503 Service Unavailable';
    case 'http-504':
      return 'the client got 504 Gateway Timeout';
    case 'operation-failed':
      return 'the user’s sign-up or sign-in call failed';
    case 'error-branch':
      return 'the contact flow took its Error branch';
    case 'skill-error':
      return 'Alexa told the user the skill had a problem';
    case 'action-failed':
      return 'the receipt rule’s Lambda action failed';
    case 'accepted':
      return 'accepted by Lambda (202); Lambda’s asynchronous handling takes over';
    case 'not-configured':
      return 'invoked nothing: the trigger was never saved';
    case 'denied':
      return 'lost: Lambda denied the call';
    case 'error-action':
      return 'sent to the IoT rule’s error action';
    case 'abandoned':
      return 'finished after its caller had stopped waiting';
    case 'resource-succeeded':
      return 'the custom resource reported SUCCESS';
    case 'resource-failed':
      return 'the custom resource failed; the stack rolls back';
    case 'stack-timed-out':
      return 'no response: the stack failed at its ServiceTimeout';
    case 'job-succeeded':
      return 'the pipeline’s invoke action succeeded';
    case 'job-failed':
      return 'the pipeline’s invoke action failed';
    case 'action-timed-out':
      return 'no job result: the pipeline’s invoke action timed out';
    case 'evaluated':
      return 'the evaluation was recorded (PutEvaluations)';
    case 'not-evaluated':
      return 'no evaluation was recorded';
    case 'rotated':
      return 'the secret was rotated';
    case 'rotation-failed':
      return 'the rotation failed and stopped';
    case 'transformed':
      return 'transformed (Ok) and delivered';
    case 'record-dropped':
      return 'dropped by the function';
    case 'processing-failed':
      return 'written to processing-failed/';
    case 'task-succeeded':
      return 'task Succeeded';
    case 'task-failed':
      return 'task failed';
    case 'batch-job-completed':
      return 'the job completed and wrote its report';
    case 'batch-job-failed':
      return 'the job failed: every task failed';
    case 'caught':
      return 'the Task failed and its Catch took over';
    case 'execution-failed':
      return 'the Task failed and so did the execution';
  }
}

function serviceName(d: TraceDetail, run: Run, e: TraceEvent): string {
  const s = d.service === undefined ? undefined : serviceById(d.service);
  return s?.shortName ?? callerName(run, e.from);
}

function denialText(d: TraceDetail): string {
  const who = d.principal ?? 'the service';
  switch (d.denial) {
    case 'source-arn-mismatch':
      return `the statement for ${who} names another SourceArn than ${d.sourceArn ?? 'this one'}`;
    case 'source-account-mismatch':
      return `the statement for ${who} names another SourceAccount`;
    case 'invoker-role':
      return `${who} does not allow lambda:InvokeFunction`;
    default:
      return `the function policy has no statement for ${who}`;
  }
}

function describeInvoke(name: string, e: TraceEvent, d: TraceDetail): string {
  if (d.step !== undefined)
    return `${name} calls the function for step ${d.step} (RequestResponse) and waits`;
  if (d.invocationType === 'Event')
    return e.attempt > 1
      ? `${name} tries to deliver again (try ${e.attempt}, Event)`
      : `${name} invokes asynchronously (Event)`;
  return e.attempt > 1
    ? `${name} calls the function again: attempt ${e.attempt} (RequestResponse)`
    : `${name} invokes synchronously (RequestResponse) and waits`;
}

const RETRY_CAUSE: Record<string, string> = {
  'gave-up': 'no answer in time',
  throttle: 'a throttle',
  'service-error': 'a Lambda service error',
  'server-error': 'a server-side error',
  error: 'a function error',
  crash: 'a crash',
  timeout: 'a function timeout',
  malformed: 'an unusable answer',
};

function describeRetry(name: string, d: TraceDetail): string {
  const when = d.delayMs ? `in ${formatDuration(d.delayMs)}` : 'at once';
  const count = `retry ${formatCount(d.retryNumber ?? 1)} of ${formatCount(d.maxRetries ?? 1)}`;
  const cause = d.reason !== undefined ? RETRY_CAUSE[d.reason] : undefined;
  return `${name} retries ${when} (${count})${cause ? ` after ${cause}` : ''}`;
}

function describeReport(name: string, d: TraceDetail): string {
  if (d.recordResults)
    return `The function returns ${d.recordResults.ok} Ok, ${d.recordResults.dropped} Dropped, ${d.recordResults.failed} ProcessingFailed`;
  if (d.taskResults)
    return `Completion report: ${d.taskResults.succeeded} tasks succeeded, ${d.taskResults.failed} failed`;
  if (d.service === 's3-batch') return `The function answers resultCode ${d.report ?? ''}`;
  if (d.service === 'ses') return `The function returns disposition ${d.report ?? ''}`;
  return `The function reports back to ${name}: ${d.report ?? ''}`;
}
