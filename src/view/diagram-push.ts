import type { Scenario, Workload } from '../scenario';
import type { PushSource } from '../scenario/push-schema';
import { formatDuration, plural } from './format';
import { targetTypeLabel } from './names';
import {
  arrivalsShort,
  callerNodeId,
  edge,
  node,
  type DiagramNode,
  type DiagramParts,
} from './diagram-parts';
import type { Problems } from './diagram-problems';
import { sourceBadges } from './diagram-badges';
import { serviceFacts } from './diagram-services';

/**
 * Push services on the diagram: the workload's box names the service and says, in a line or two
 * read from its settings, what the service adds on top of Lambda (its own timeout, retries,
 * batching, duty to report back). Where the service sends events itself when it gives up (an SNS
 * subscription DLQ, an IoT error action, Firehose's processing-failed/ prefix) that sink is drawn
 * beside Lambda, keyed like the trace's `source.dlq` events so its live count lines up.
 */

/** One way something calls Lambda: what the Lambda box lists, and whether the async queue shows. */
export interface LambdaCall {
  readonly invocationType: 'RequestResponse' | 'Event' | 'DryRun';
  readonly qualifier: string;
}

/** How the service really calls Lambda: its catalog model, or the setting of SES / Step Functions. */
export function pushInvocation(src: PushSource): 'RequestResponse' | 'Event' {
  if (src.service === 'ses' || src.service === 'step-functions') return src.invocationType;
  return serviceFacts(src.service).invocation === 'async' ? 'Event' : 'RequestResponse';
}

/** The service's box and its sinks; returns how it calls Lambda. */
export function addPushWorkload(
  w: Workload,
  src: PushSource,
  s: Scenario,
  problems: Problems,
  parts: DiagramParts,
): LambdaCall {
  const how = pushInvocation(src);
  const sync = how === 'RequestResponse';
  const id = callerNodeId(w.id);
  // A trigger refused at setup, or calls Lambda denies, show on the service's box and arrow.
  const problem = problems.get(id) ?? null;
  const noun = NOUN[src.service] ?? 'event';
  const traffic = `${w.label ?? w.id} · ${arrivalsShort(w.arrivals, noun)}`;
  parts.stages.sources.push({
    ...node(
      id,
      'caller',
      serviceFacts(src.service).shortName,
      sync ? 'Sync push' : 'Async push',
      [...pushAdds(src, s, w.qualifier), traffic],
      { kind: 'sent', workload: w.id, one: noun, many: `${noun}s` },
      problem,
    ),
    badges: sourceBadges(sync ? 'sync' : 'async'),
  });
  parts.edges.push(
    problem !== null
      ? edge(id, 'lambda', BROKEN_EDGE[problem.title] ?? 'denied', 'broken')
      : edge(id, 'lambda', sync ? 'sync' : 'async', sync ? 'sync' : 'async'),
  );
  const sink = pushSink(src);
  if (sink !== null) {
    // Beside Lambda: the service reaches both in one step, so no arrow passes over a box.
    if (!parts.stages.entry.some((n) => n.id === sink.id)) parts.stages.entry.push(sink);
    parts.edges.push(edge(id, sink.id, SINK_EDGE[src.service] ?? 'on failure', 'failure'));
  }
  return { invocationType: how, qualifier: String(w.qualifier) };
}

/** What each arrival is, for the traffic line. */
const NOUN: Partial<Record<PushSource['service'], string>> = {
  'api-gateway': 'request',
  alb: 'request',
  'function-url': 'request',
  'lambda-edge': 'request',
  lex: 'turn',
  alexa: 'request',
  connect: 'call',
  cognito: 'sign-up',
  firehose: 'record',
  's3-batch': 'job',
  'secrets-manager': 'rotation',
  'step-functions': 'execution',
  sns: 'message',
  s3: 'upload',
  ses: 'email',
};

/** The label of a service's broken arrow, by the problem its box shows. */
const BROKEN_EDGE: Readonly<Record<string, string>> = {
  'Trigger refused': 'refused',
  'Request too large': '413',
};

const SINK_EDGE: Partial<Record<PushSource['service'], string>> = {
  sns: 'undeliverable',
  iot: 'on failure',
  firehose: 'after retries',
};

/** The service's own place for what it gives up on, as `source.dlq` names it (its `to`). */
function pushSink(src: PushSource): DiagramNode | null {
  const counted = (key: string, one: string, many: string, verb: string) =>
    ({ kind: 'count', key, one, many, verb }) as const;
  switch (src.service) {
    case 'sns': {
      if (src.subscriptionDlq === undefined) return null;
      const key = `sns-dlq:sqs:${src.subscriptionDlq.name}`;
      return node(key, 'sink', src.subscriptionDlq.name, 'Subscription DLQ', [], {
        kind: 'sink',
        key,
      });
    }
    case 'iot': {
      const a = src.errorAction;
      if (a === undefined) return null;
      const key = `error-action:${a.type}:${a.name}`;
      return node(key, 'sink', a.name, `Error action · ${targetTypeLabel(a.type)}`, [], {
        kind: 'sink',
        key,
      });
    }
    case 'firehose': {
      const key = 's3:processing-failed/';
      return node(
        key,
        'sink',
        'processing-failed/',
        'S3 prefix',
        [],
        counted(key, 'failed batch', 'failed batches', 'written'),
      );
    }
    default:
      return null;
  }
}

/** A line or two of what the service adds, from its settings (short enough for a box). */
export function pushAdds(src: PushSource, s: Scenario, qualifier: string | number): string[] {
  switch (src.service) {
    case 'api-gateway': {
      const ms = src.integrationTimeoutMs ?? (src.kind === 'http' ? 30_000 : 29_000);
      return [`${formatDuration(ms)} timeout · no retries`];
    }
    case 'alb':
      return ['one attempt · errors → 502'];
    case 'function-url':
      return [`auth ${src.authType} · up to ${formatDuration(timeoutMs(s, qualifier))}`];
    case 'cognito':
      return ['5 s per attempt · 3 attempts'];
    case 'lambda-edge':
      return [`${src.eventType} · ≤ ${src.eventType.startsWith('viewer') ? 5 : 30} s`];
    case 'firehose':
      return [
        `buffer ${src.bufferSizeMb} MB or ${formatDuration(src.bufferIntervalSeconds * 1000)}`,
        `${plural(src.retries, 'retry', 'retries')} per call`,
      ];
    case 's3-batch':
      return [
        `${src.tasksPerJob} tasks/job · ${src.maxConcurrentTasks} at once`,
        `≤ ${plural(src.maxAttemptsPerTask, 'call')} per task`,
      ];
    case 'secrets-manager':
      return ['4 steps, in order'];
    case 'lex':
      return [`${src.codeHook === 'DialogCodeHook' ? 'dialog' : 'fulfilment'} hook · no retry`];
    case 'connect':
      return [`${src.timeoutSeconds} s timeout · 3 retries`];
    case 'alexa':
      return ['one attempt · no retries'];
    case 'step-functions': {
      const r = src.retry;
      const retry = r
        ? `Retry ×${r.maxAttempts} (${r.intervalSeconds} s, ×${r.backoffRate})`
        : 'no Retry';
      const lines = [`${retry} · ${src.catch ? 'Catch' : 'no Catch'}`];
      if (src.timeoutSeconds !== undefined)
        lines.push(`Task timeout ${formatDuration(src.timeoutSeconds * 1000)}`);
      return lines;
    }
    case 's3': {
      const d = src.deliveryDelayMs;
      const extra = [
        src.duplicateRate > 0 ? `${percent(src.duplicateRate)} sent twice` : '',
        src.lateRate > 0 ? `${percent(src.lateRate)} late` : '',
      ].filter((x) => x !== '');
      return [
        `delay ${formatDuration(d.minMs)}–${formatDuration(d.maxMs)}`,
        ...(extra.length > 0 ? [extra.join(' · ')] : []),
      ];
    }
    case 'sns':
      return ['retries 100,015× over 23 d'];
    case 'cloudwatch-logs':
      return ['gzip + base64 awslogs.data'];
    case 'codecommit':
      return ['a trigger on each push'];
    case 'codepipeline':
      return [src.result === 'none' ? 'never reports · 20 min wait' : `reports job ${src.result}`];
    case 'config':
      return [
        src.trigger === 'periodic' ? `every ${src.frequencyHours} h` : 'on configuration change',
        src.evaluation === 'none' ? 'never calls PutEvaluations' : `reports ${src.evaluation}`,
      ];
    case 'cloudformation':
      return [
        `${src.requestType} · waits ${formatDuration(src.serviceTimeoutSeconds * 1000)}`,
        src.response === 'none' ? 'never responds' : `responds ${src.response}`,
      ];
    case 'iot':
      return [
        src.errorAction
          ? `error action → ${targetTypeLabel(src.errorAction.type)}`
          : 'no error action',
      ];
    case 'iot-events':
      return ['detector model action'];
    case 'ses':
      return [
        src.invocationType === 'Event' ? 'hands the mail over' : `waits 30 s · ${src.disposition}`,
      ];
  }
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10} %`;
}

/** The timeout of the version a qualifier runs ($LATEST's for an alias the diagram cannot pin). */
function timeoutMs(s: Scenario, qualifier: string | number): number {
  const fn = s.function;
  const version =
    typeof qualifier === 'number'
      ? qualifier
      : fn.aliases.find((a) => a.name === qualifier)?.version;
  const v =
    typeof version === 'number' ? fn.versions.find((x) => x.version === version) : undefined;
  return (v?.timeoutSeconds ?? fn.timeoutSeconds) * 1000;
}
