import type { RuleId } from '../catalog/rules';
import type { Scenario } from '../scenario/schema';
import type { PushDetail, PushFateKind, PushTraceKind } from './push/kinds';
import type { QueueDetail, QueueFateKind, QueueRun, QueueTraceKind } from './queues/kinds';
import type { StreamDetail, StreamFateKind, StreamSeries, StreamTraceKind } from './streams/kinds';

/** Every kind of thing the trace can record. The event log, diagram and quiz read these. */
export type TraceKind = CoreTraceKind | PushTraceKind | QueueTraceKind | StreamTraceKind;

export type CoreTraceKind =
  | 'sync.request' // a caller sends RequestResponse (attempt = caller attempt)
  | 'async.accepted' // Event accepted with 202 and stored in the internal queue
  | 'async.duplicate' // the internal queue hands out the same event a second time
  | 'dryrun.accepted' // DryRun answered 204
  | 'alias.routed' // an alias resolved to a version
  | 'env.provisioned' // a provisioned environment is ready
  | 'env.init' // Init phase begins in a new (or reset) environment
  | 'invoke.start' // the handler starts
  | 'invoke.end' // the handler finished (detail.outcome)
  | 'throttled' // 429 TooManyRequestsException
  | 'service.error' // 500 ServiceException: Lambda failed the request before any code ran
  | 'invoke.too-large' // 413 RequestTooLargeException: the request is over the payload limit
  | 'sync.response' // what the synchronous caller receives
  | 'caller.retry' // the sync caller schedules its own retry
  | 'async.retry' // Lambda schedules an async retry (detail.delayMs, detail.cause)
  | 'async.expired' // the event aged out (EventAgeExceeded)
  | 'async.exhausted' // no attempts left (RetriesExhausted)
  | 'dlq.sent' // the original event was sent to the dead-letter queue
  | 'destination.sent' // an invocation record was sent to a destination
  | 'dlq.failed' // Lambda could not reach the dead-letter queue: the event is lost
  | 'destination.failed' // Lambda could not reach a destination: the record is lost
  | 'env.reclaimed' // an idle environment was shut down
  | 'env.retired' // an environment reached its maximum lifetime
  | 'env.recycled' // a provisioned environment was replaced
  | 'eb.put' // a producer put an event on a bus (PutEvents)
  | 'eb.rejected' // PutEvents refused the entry (too large)
  | 'eb.archived' // the event was stored in an archive
  | 'eb.scheduled' // a scheduled rule fired and made its event
  | 'eb.replayed' // an archived event was put on its bus again
  | 'eb.matched' // a rule's pattern matched the event
  | 'eb.not-matched' // a rule's pattern did not match the event
  | 'eb.delivered' // EventBridge delivered the event to a target
  | 'eb.target-failed' // a delivery to a target failed (detail.errorCode)
  | 'eb.retry' // EventBridge will try the target again (detail.delayMs)
  | 'eb.dlq' // the event went to the target's dead-letter queue
  | 'eb.dropped' // EventBridge gave up with no dead-letter queue
  | 'loop.write' // the function wrote the event back to the queue, topic or bucket that invoked it
  | 'loop.stopped' // Lambda detected a recursive loop and did not invoke (detail.loopCount)
  | 'scheduler.fired' // an EventBridge Scheduler schedule's time came: it calls its target
  | 'scheduler.skipped' // a cron() time did not exist (clocks sprang forward): no fire
  | 'scheduler.delivered' // Lambda accepted the schedule's asynchronous invocation (202)
  | 'scheduler.target-failed' // the call to the target failed (detail.errorCode)
  | 'scheduler.retry' // Scheduler will call the target again (detail.delayMs)
  | 'scheduler.dlq' // the invocation went to the schedule's dead-letter queue
  | 'scheduler.dropped' // Scheduler gave up with no dead-letter queue
  | 'fate'; // the message's final outcome (see Fate)

export type Outcome = 'success' | 'error' | 'timeout' | 'crash';

export interface TraceEvent {
  /** Position in the trace (0-based). */
  readonly seq: number;
  /** Simulated time in ms since the scenario start. */
  readonly t: number;
  readonly kind: TraceKind;
  /** Message id, or -1 for events about no single message. */
  readonly msg: number;
  /** Attempt number of the message (1-based), or 0 where it does not apply. */
  readonly attempt: number;
  /** Entity the event comes from / goes to (workload id, "lambda", "async-queue", "env-3", "dlq" …). */
  readonly from: string;
  readonly to: string;
  /** Execution environment involved, or -1. */
  readonly env: number;
  /** Version that ran or was chosen ("$LATEST", "1" …), or "" where none. */
  readonly version: string;
  /** The rule that caused this event: its receipt lives in src/catalog/rules.ts. */
  readonly rule: RuleId;
  readonly detail: TraceDetail | null;
}

export interface TraceDetail extends PushDetail, QueueDetail, StreamDetail {
  outcome?: Outcome;
  durationMs?: number;
  initMs?: number;
  /** Why an environment was initialised: a cold start, a reset after a crash, provisioning. */
  initReason?: 'cold' | 'reset' | 'provisioned';
  warm?: boolean;
  provisioned?: boolean;
  statusCode?: number;
  functionError?: 'Unhandled';
  errorType?: string;
  errorMessage?: string;
  reason?: string;
  delayMs?: number;
  /** For async retries: what caused the retry. */
  cause?: 'function-error' | 'throttle' | 'service-error';
  retryNumber?: number;
  maxRetries?: number;
  qualifier?: string;
  weight?: number;
  condition?: 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';
  target?: string;
  targetType?: string;
  destination?: 'onSuccess' | 'onFailure';
  record?: InvocationRecord;
  attributes?: Record<string, string>;
  ageMs?: number;
  fate?: FateKind;
  duplicateOf?: number;
  /** A partial batch response: the failed records (ids) that failed as a transient failure. */
  transientRecords?: readonly number[];
  /** Recursive loops: invocations of the same event so far, and the function's RecursiveLoop. */
  loopCount?: number;
  recursiveLoop?: 'Terminate' | 'Allow';
  // EventBridge
  bus?: string;
  rule?: string;
  source?: string;
  detailType?: string;
  sizeBytes?: number;
  limitBytes?: number;
  errorCode?: string;
  retriable?: boolean;
  replayName?: string;
  // EventBridge Scheduler
  schedule?: string;
  timezone?: string;
  /** The schedule's own time: ISO UTC, and on the schedule's wall clock ("2027-03-14 02:30"). */
  scheduledTime?: string;
  localTime?: string;
  /** How long after its scheduled time a flexible window put the fire. */
  windowDelayMs?: number;
  /** The event as a target or archive received it. */
  event?: unknown;
  input?: unknown;
}

export type FateKind = CoreFateKind | PushFateKind | QueueFateKind | StreamFateKind;

type CoreFateKind =
  | 'succeeded' // the function returned successfully
  | 'function-error' // sync: 200 + X-Amz-Function-Error, the caller got the error
  | 'timed-out' // sync: the function hit its timeout, the caller got "Task timed out"
  | 'throttled' // sync: the caller got 429 and stopped retrying
  | 'service-error' // sync: the caller got 500 ServiceException and stopped retrying
  | 'dlq' // async: discarded, original event in the DLQ (and maybe a destination too)
  | 'destination' // async: discarded, invocation record at the on-failure destination
  | 'expired' // async: too old, nowhere configured to send it
  | 'dropped' // async: retries exhausted (or reserved 0), nowhere configured to send it
  | 'dry-run' // DryRun: checked, nothing ran
  | 'too-large' // Invoke refused the request with 413 (over the payload limit); nothing ran
  | 'routed' // EventBridge event: matched at least one rule, handed to its targets
  | 'unmatched' // EventBridge event: no rule matched, nothing happened
  | 'rejected' // EventBridge event: PutEvents refused it
  | 'delivered' // EventBridge delivery: the target received the event
  | 'in-flight'; // still under way when the simulation ended

export interface Fate {
  readonly msg: number;
  readonly kind: FateKind;
  /** When the fate was decided (the run's end time for in-flight). */
  readonly t: number;
  readonly rule: RuleId;
  /** Where a discarded async event went: "dlq:orders-dlq", "onFailure:sqs:failures" … */
  readonly deliveredTo: readonly string[];
  readonly attempts: number;
}

/**
 * How a message travels: a Lambda invocation (sync, async, dryrun), an EventBridge event on a bus
 * (event), EventBridge's delivery to a target that is not the function (target), or a batch an
 * event source mapping's poller reads and invokes synchronously (poll).
 */
export type InvocationPath = 'sync' | 'async' | 'dryrun' | 'event' | 'target' | 'poll';

export interface MessageInfo {
  readonly id: number;
  readonly workload: string;
  readonly path: InvocationPath;
  readonly qualifier: string;
  readonly createdAt: number;
  /** The message this one duplicates (at-least-once delivery), or -1. */
  readonly duplicateOf: number;
  /** The message this one came from (an EventBridge event for its deliveries), or -1. */
  readonly parent: number;
  /** What the function received, exactly as AWS shapes it (a poller's batch: the batch event). */
  readonly payload: unknown;
  /**
   * A poller's batch whose handler processes its records one by one and throws at the first
   * poison one: each record's body as the handler decodes it, in order (the function's
   * `errorWhen` reads these as well as the payload). Null for a single event, and for a batch
   * whose handler reports failed items (ReportBatchItemFailures) instead of throwing.
   */
  readonly records: readonly unknown[] | null;
  /** Times a handler reached this event or record (a transient failure counts these). */
  readonly tries: number;
}

export interface EnvironmentInfo {
  readonly id: number;
  readonly version: string;
  /** Qualifier whose provisioned concurrency owns it, or "" for on-demand. */
  readonly provisionedFor: string;
  readonly createdAt: number;
}

/** Destination record shape, as Lambda sends it to SQS, SNS, Lambda, EventBridge or S3. */
export interface InvocationRecord {
  version: '1.0';
  timestamp: string;
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';
    approximateInvokeCount: number;
  };
  requestPayload: unknown;
  responseContext: { statusCode: number; executedVersion: string; functionError?: 'Unhandled' };
  responsePayload: unknown;
}

/** A step series: value[i] holds from time[i] until time[i+1]. Binary-search it by time. */
export interface Series {
  readonly time: number[];
  readonly value: number[];
}

export interface RunStats {
  readonly messages: number;
  readonly invocations: number;
  readonly coldStarts: number;
  readonly throttles: number;
  readonly maxConcurrency: number;
  readonly events: number;
}

export interface Run {
  readonly scenario: Scenario;
  readonly trace: readonly TraceEvent[];
  /** fates[msg] is the one fate of message msg. */
  readonly fates: readonly Fate[];
  readonly messages: readonly MessageInfo[];
  readonly environments: readonly EnvironmentInfo[];
  readonly series: {
    /** Busy execution environments (= concurrency) over time. */
    readonly concurrency: Series;
    /** Events waiting in the async internal queue (incl. those waiting for a retry). */
    readonly asyncQueue: Series;
  };
  /** Stream and Kafka mappings: per shard or partition, iterator age and records waiting. */
  readonly streams?: StreamSeries;
  /** SQS queues and Amazon MQ brokers: depth and pollers over time, one entry per queue. */
  readonly queues?: readonly QueueRun[];
  /** Simulated time at which the run stopped. */
  readonly endTime: number;
  /** True when the run stopped at maxEvents before the scenario's end. */
  readonly truncated: boolean;
  readonly stats: RunStats;
}

export interface SimulateOptions {
  /** Stop at this simulated time (ms); defaults to the scenario's durationMs. */
  until?: number;
  /** Stop after this many trace events (a guard for huge scenarios). */
  maxEvents?: number;
  /**
   * Told now and then how far the run has got (0–1 of its simulated time), for a progress bar.
   * It only observes: the run is the same with or without it.
   */
  onProgress?: (done: number) => void;
}
