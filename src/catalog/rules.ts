/**
 * Every behaviour the engine applies is a named rule with a receipt: a one-line statement in our
 * own words, the AWS page it comes from, and — where AWS changed it — what it used to be.
 * Trace events carry a rule id so the UI can always answer "why did that happen?".
 */
export interface Rule {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly docUrl: string;
  /** Earlier documented behaviour that exam material may still describe. */
  readonly old?: string;
  /** Set when AWS publishes no figure and the value is the simulator's own, configurable choice. */
  readonly simDefault?: string;
}

import { LIMIT_RULES } from './rules-limits';
import { PERMISSION_RULES } from './rules-permissions';
import { PUSH_RULES } from './rules-push';
import { QUEUE_RULES } from './rules-queues';
import { RECURSION_RULES } from './rules-recursion';
import { STREAM_RULES } from './rules-streams';

const DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg';
const EB_DOCS = 'https://docs.aws.amazon.com/eventbridge/latest/userguide';
const SCHEDULER_DOCS = 'https://docs.aws.amazon.com/scheduler/latest/UserGuide';

const coreRules = [
  // --- invocation paths -------------------------------------------------------------------------
  {
    id: 'sync.request',
    title: 'Synchronous invocation',
    statement:
      'With RequestResponse the caller waits for the function to finish and receives its result, error or timeout.',
    docUrl: `${DOCS}/invocation-sync.html`,
  },
  {
    id: 'sync.no-retry',
    title: 'Lambda never retries synchronous calls',
    statement:
      'A synchronous caller gets the outcome once; any retry is the caller’s own decision (SDKs retry throttles and 5xx, not function errors).',
    docUrl: `${DOCS}/invocation-sync.html`,
  },
  {
    id: 'sync.function-error',
    title: 'A function error is still HTTP 200',
    statement:
      'When the code throws, crashes or times out, Invoke returns 200 with the X-Amz-Function-Error header and an error body.',
    docUrl: `${DOCS}/API_Invoke.html`,
  },
  {
    id: 'sync.timeout',
    title: 'Function timeout',
    statement:
      'An invocation that runs past the function timeout (1–900 s) is stopped and reported as "Task timed out" — a function error. Work longer than 15 minutes is split into steps: Step Functions, or Lambda durable functions (re:Invent 2025), which checkpoint and resume.',
    docUrl: `${DOCS}/configuration-timeout.html`,
  },
  {
    id: 'caller.sdk-retry',
    title: 'The caller’s SDK retries throttles',
    statement:
      'AWS SDKs retry 429 and 5xx responses with exponential backoff and jitter, up to their attempt limit (3 by default in standard mode).',
    docUrl: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html',
  },
  {
    id: 'invoke.service-error',
    title: 'Lambda service errors',
    statement:
      'Rarely, Lambda itself fails a request with 500 ServiceException before any code runs: SDKs retry it, and async events go back to the queue with backoff without using up retries.',
    docUrl: `${DOCS}/invocation-async-error-handling.html`,
    simDefault: 'service error rate 0 unless the scenario injects one',
  },
  {
    id: 'invoke.dry-run',
    title: 'DryRun only checks',
    statement:
      'InvocationType DryRun validates the parameters and the caller’s permission and returns 204; no code runs.',
    docUrl: `${DOCS}/API_Invoke.html`,
  },
  {
    id: 'async.accepted',
    title: 'Asynchronous invocation is queued',
    statement:
      'With InvocationType Event, Lambda stores the event in an internal queue, answers 202 at once, and invokes the function later.',
    docUrl: `${DOCS}/invocation-async.html`,
  },
  {
    id: 'async.queue-delay',
    title: 'Internal queue to first attempt',
    statement:
      'A separate poller reads the internal queue and makes the first attempt shortly after the event is accepted.',
    docUrl: `${DOCS}/invocation-async.html`,
    simDefault: '100 ms from acceptance to the first attempt (configurable 0–1,000 ms)',
  },
  {
    id: 'async.retry-function-error',
    title: 'Async retries after a function error',
    statement:
      'After a function error Lambda retries an async event up to MaximumRetryAttempts (0–2, default 2): about 1 minute before the first retry and 2 minutes before the second.',
    docUrl: `${DOCS}/invocation-async-error-handling.html`,
    simDefault: 'exactly 60 s and 120 s',
  },
  {
    id: 'async.retry-throttle',
    title: 'Throttled async events wait and retry',
    statement:
      'Throttles (429) and system errors (5xx) do not use up retry attempts: the event goes back to the queue with backoff from about 1 s up to 5 min until it is too old.',
    docUrl: `${DOCS}/invocation-async-error-handling.html`,
    simDefault: 'backoff 1, 2, 4 … 256 s, then every 300 s',
  },
  {
    id: 'async.max-event-age',
    title: 'Maximum event age',
    statement:
      'An async event older than MaximumEventAgeInSeconds (60–21,600, default 6 h) is discarded with condition EventAgeExceeded.',
    docUrl: `${DOCS}/invocation-async-error-handling.html`,
  },
  {
    id: 'async.retries-exhausted',
    title: 'Retries exhausted',
    statement:
      'When the last allowed attempt fails, the event is discarded with condition RetriesExhausted and sent to the DLQ and/or on-failure destination, if any.',
    docUrl: `${DOCS}/invocation-async-error-handling.html`,
  },
  {
    id: 'async.reserved-zero',
    title: 'Reserved concurrency 0 discards async events',
    statement:
      'With reserved concurrency 0 every invocation is throttled, and new async events go straight to the DLQ or on-failure destination without retries.',
    docUrl: `${DOCS}/invocation-async-retain-records.html`,
  },
  {
    id: 'async.duplicate',
    title: 'At-least-once delivery',
    statement:
      'The internal queue is eventually consistent, so an event can occasionally be delivered twice even without an error: handlers must be idempotent.',
    docUrl: `${DOCS}/invocation-async.html`,
    simDefault: 'duplicate probability 0 unless the scenario sets one',
  },
  {
    id: 'async.dlq',
    title: 'Dead-letter queue',
    statement:
      'A DLQ (standard SQS queue or SNS topic, frozen into each published version) receives the original event only, with RequestID, ErrorCode and ErrorMessage attributes.',
    docUrl: `${DOCS}/invocation-async-retain-records.html`,
  },
  {
    id: 'async.destination',
    title: 'Destinations',
    statement:
      'On-success and on-failure destinations (SQS, SNS, Lambda, EventBridge; S3 for failures) receive an invocation record with the request, the response and the condition.',
    docUrl: `${DOCS}/invocation-async-retain-records.html`,
    old: 'Before destinations (Nov 2019) only a DLQ was available, and only for failures.',
  },
  {
    id: 'async.dlq-and-destination',
    title: 'DLQ and on-failure destination together',
    statement:
      'A function may have both a DLQ and an on-failure destination; AWS does not document a precedence.',
    docUrl: `${DOCS}/invocation-async-retain-records.html`,
    simDefault: 'a discarded event is delivered to both',
  },
  {
    id: 'async.dropped',
    title: 'Discarded with nowhere to go',
    statement:
      'With neither a DLQ nor an on-failure destination, a discarded async event is lost; only metrics record it.',
    docUrl: `${DOCS}/invocation-async-error-handling.html`,
  },
  {
    id: 'async.dlq-delivery-failed',
    title: 'The dead-letter queue cannot be reached',
    statement:
      'When Lambda cannot write a discarded event to the DLQ (a permissions error, a deleted or misconfigured queue, a size limit) it counts a DeadLetterErrors metric and the event is lost.',
    docUrl: `${DOCS}/monitoring-metrics-types.html`,
    simDefault:
      'an injected outage: every delivery inside the window fails, none is retried (see decision 010)',
  },
  {
    id: 'async.destination-delivery-failed',
    title: 'A destination cannot be reached',
    statement:
      'When Lambda cannot send an invocation record to a destination (an unsupported target such as a FIFO queue, a permissions error, a size limit) it counts a DestinationDeliveryFailures metric and the record is lost.',
    docUrl: `${DOCS}/invocation-async-retain-records.html`,
    simDefault:
      'an injected outage: every delivery inside the window fails, none is retried (see decision 010)',
  },
  {
    id: 'async.destination-unreachable',
    title: 'Discarded, and the DLQ or destination unreachable',
    statement:
      'A discarded event whose dead-letter queue and on-failure destination could not be reached is lost: only the DeadLetterErrors and DestinationDeliveryFailures metrics record it.',
    docUrl: `${DOCS}/monitoring-metrics-types.html`,
  },
  {
    id: 'stream.destination-delivery-failed',
    title: 'A stream’s on-failure destination cannot be reached',
    statement:
      'When a stream mapping gives up on a batch it skips it and sends its metadata to the on-failure destination; if that destination cannot be reached the metadata is lost, while the shard moves on.',
    docUrl: `${DOCS}/kinesis-on-failure-destination.html`,
    simDefault:
      'AWS does not document this case: the batch is skipped all the same and the record is not retried (see decision 010)',
  },
  {
    id: 'behaviour.fail-first',
    title: 'The first invocations fail (a fault you inject)',
    statement:
      'The scenario’s failFirst setting makes the first N invocations of the run throw, whatever their payload: a deploy that breaks for a while. Lambda treats each as an ordinary function error.',
    docUrl: `${DOCS}/invocation-retries.html`,
    simDefault: 'failFirst 0 (off) unless the scenario sets it',
  },
  {
    id: 'behaviour.transient-failure',
    title: 'A failure that passes (a fault you inject)',
    statement:
      'The scenario’s transientFailure setting makes each message, record or event fail the first N times the handler reaches it and succeed after that, counted for each one on its own: a dependency that recovers. Lambda sees ordinary function errors, so the source’s own retries bring the item back.',
    docUrl: `${DOCS}/invocation-retries.html`,
    simDefault:
      'off unless the scenario sets it; a batch handler counts a try for each record it reaches, and one that throws stops at the failing record',
  },
  // --- versions and aliases ---------------------------------------------------------------------
  {
    id: 'version.latest',
    title: '$LATEST',
    statement: '$LATEST is the only editable version; the unqualified function ARN invokes it.',
    docUrl: `${DOCS}/configuration-versions.html`,
  },
  {
    id: 'version.published',
    title: 'Published versions are immutable',
    statement:
      'Publishing freezes code and configuration (runtime, memory, timeout, DLQ…) as a numbered version that can never change.',
    docUrl: `${DOCS}/configuration-versions.html`,
  },
  {
    id: 'alias.pointer',
    title: 'Alias',
    statement:
      'An alias is a named pointer to one version; moving it deploys or rolls back without touching triggers.',
    docUrl: `${DOCS}/configuration-aliases.html`,
  },
  {
    id: 'alias.weighted',
    title: 'Weighted alias',
    statement:
      'An alias can split traffic between two published versions; each request is routed at random by weight, so small samples vary.',
    docUrl: `${DOCS}/configuration-aliases.html`,
  },
  // --- execution environments -------------------------------------------------------------------
  {
    id: 'env.cold-start',
    title: 'Cold start',
    statement:
      'With no idle environment for the version, Lambda creates one and runs its Init phase (extensions, runtime, code outside the handler) before the invocation.',
    docUrl: `${DOCS}/lambda-runtime-environment.html`,
    simDefault:
      'init: Node.js/Python 250 ms, Go/Rust 100 ms, Java 1,500 ms, .NET 800 ms; container image +200 ms',
  },
  {
    id: 'env.warm-start',
    title: 'Warm start',
    statement:
      'A frozen idle environment of the same version is thawed and reused: no Init, and globals and /tmp survive.',
    docUrl: `${DOCS}/lambda-runtime-environment.html`,
    simDefault: 'the most recently used idle environment is chosen',
  },
  {
    id: 'env.reset',
    title: 'Crash or timeout resets the environment',
    statement:
      'After a crash or timeout the runtime is restarted, so the next invocation in that environment pays Init again (/tmp is kept).',
    docUrl: `${DOCS}/lambda-runtime-environment.html`,
  },
  {
    id: 'env.idle-reclaim',
    title: 'Idle environments are reclaimed',
    statement:
      'Lambda shuts down environments that stay idle; AWS does not publish how long it waits.',
    docUrl: `${DOCS}/lambda-runtime-environment.html`,
    simDefault: 'idle timeout 10 min (1–60), maximum lifetime 2 h',
  },
  {
    id: 'env.max-lifetime',
    title: 'Environments are retired eventually',
    statement:
      'Even a busy environment is not kept forever; after its lifetime it is retired and later requests start a new one.',
    docUrl: `${DOCS}/lambda-runtime-environment.html`,
    simDefault: 'maximum lifetime 2 h (configurable)',
  },
  {
    id: 'env.provisioned',
    title: 'Provisioned concurrency',
    statement:
      'Provisioned concurrency keeps initialised environments ready for a version or alias (never $LATEST), so those requests start warm.',
    docUrl: `${DOCS}/provisioned-concurrency.html`,
  },
  {
    id: 'env.provisioned-spillover',
    title: 'Spillover to on-demand',
    statement:
      'Requests beyond the provisioned environments run on on-demand environments, with cold starts.',
    docUrl: `${DOCS}/provisioned-concurrency.html`,
  },
  {
    id: 'env.provisioned-recycle',
    title: 'Provisioned environments are recycled',
    statement:
      'Lambda replaces provisioned environments every few hours, initialising the replacement ahead of time.',
    docUrl: `${DOCS}/provisioned-concurrency.html`,
    simDefault: 'every 4 h',
  },
  // --- concurrency ------------------------------------------------------------------------------
  {
    id: 'concurrency.account',
    title: 'Account concurrency limit',
    statement:
      'All functions in a Region share the account concurrency limit (1,000 by default); beyond it requests are throttled.',
    docUrl: `${DOCS}/lambda-concurrency.html`,
  },
  {
    id: 'concurrency.reserved',
    title: 'Reserved concurrency',
    statement:
      'Reserved concurrency both guarantees and caps a function’s concurrency; 0 throttles every request.',
    docUrl: `${DOCS}/configuration-concurrency.html`,
  },
  {
    id: 'concurrency.scaling-rate',
    title: 'Scaling rate',
    statement:
      'Each function can add up to 1,000 new execution environments every 10 seconds; faster demand is throttled.',
    docUrl: `${DOCS}/scaling-behavior.html`,
    old: 'Before Nov 2023: an account-wide burst of 500–3,000 environments (by Region), then +500 per minute.',
  },
  {
    id: 'concurrency.burst-legacy',
    title: 'Burst limit (old model)',
    statement:
      'The old model allowed an initial burst (500, 1,000 or 3,000 by Region) and then 500 more environments each minute.',
    docUrl: `${DOCS}/scaling-behavior.html`,
    old: 'This is the pre-November-2023 behaviour, kept as an option for older exam material.',
  },
  // --- EventBridge --------------------------------------------------------------------------------
  {
    id: 'eb.put-events',
    title: 'PutEvents',
    statement:
      'A producer puts events on a bus; each event has an envelope (version, id, detail-type, source, account, time, region, resources, detail).',
    docUrl: `${EB_DOCS}/eb-putevents.html`,
  },
  {
    id: 'eb.entry-size',
    title: 'PutEvents entry size',
    statement:
      'EventBridge refuses a PutEvents entry over 1 MB, counting the UTF-8 bytes of Source, DetailType, Detail and each resource, plus 14 bytes when Time is set; the envelope it adds does not count.',
    docUrl: `${EB_DOCS}/eb-putevent-size.html`,
    old: 'Until January 2026 the limit was 256 KB, as most exam material says.',
  },
  {
    id: 'eb.bus',
    title: 'Event buses',
    statement:
      'The default bus receives AWS service events; custom buses carry your applications’ events; partner buses carry SaaS partners’ events. A rule belongs to one bus.',
    docUrl: `${EB_DOCS}/eb-event-bus.html`,
  },
  {
    id: 'eb.rule-pattern',
    title: 'Event pattern matched',
    statement:
      'A rule sends an event to its targets when the event matches the rule’s pattern: every field the pattern names must match one of its values.',
    docUrl: `${EB_DOCS}/eb-event-patterns.html`,
  },
  {
    id: 'eb.wildcard-complexity',
    title: 'A wildcard pattern that is too complex is refused',
    statement:
      'EventBridge refuses to create a rule whose wildcard pattern is too complex to match quickly, with InvalidEventPatternException: many "*" characters, or characters repeated after a "*", let one value keep many partial matches going at once. Two "*" in a row are refused as well.',
    docUrl: `${EB_DOCS}/eb-create-pattern-operators.html`,
    simDefault:
      'AWS does not publish the limit: the simulator counts the partial matches a value can keep going at once for the pattern on its own, as Event Ruler does, and refuses more than 5',
  },
  {
    id: 'eb.rule-no-match',
    title: 'Event pattern not matched',
    statement: 'An event that does not match a rule’s pattern is ignored by that rule.',
    docUrl: `${EB_DOCS}/eb-event-patterns.html`,
  },
  {
    id: 'eb.schedule',
    title: 'Scheduled rules (legacy)',
    statement:
      'A scheduled rule on the default bus fires on a rate() or UTC cron() schedule and sends a "Scheduled Event" to its targets. AWS now calls scheduled rules legacy and recommends EventBridge Scheduler.',
    docUrl: `${EB_DOCS}/eb-create-rule-schedule.html`,
    old: 'Until EventBridge Scheduler arrived (November 2022), scheduled rules were the way to run a function on a schedule, always in UTC.',
  },
  {
    id: 'eb.targets',
    title: 'Up to five targets, in parallel',
    statement:
      'A rule can have up to 5 targets; a matching event goes to all of them at the same time.',
    docUrl: `${EB_DOCS}/eb-targets.html`,
  },
  {
    id: 'eb.lambda-async',
    title: 'Lambda targets are invoked asynchronously',
    statement:
      'EventBridge invokes a Lambda target with InvocationType Event: once Lambda accepts the event (202), Lambda’s own async retries, DLQ and destinations apply.',
    docUrl: `${DOCS}/with-eventbridge.html`,
  },
  {
    id: 'eb.target-input',
    title: 'Target input',
    statement:
      'A target receives the whole event, a part of it (InputPath), a constant (Input), or a template filled from the event (input transformer).',
    docUrl: `${EB_DOCS}/eb-transform-target-input.html`,
  },
  {
    id: 'eb.retry-policy',
    title: 'Target retry policy',
    statement:
      'When a delivery fails with a retriable error, EventBridge retries with exponential backoff, by default for up to 24 hours and 185 attempts.',
    docUrl: `${EB_DOCS}/eb-rule-retry-policy.html`,
    simDefault: 'backoff 1, 2, 4 … s, capped at 300 s, without jitter',
  },
  {
    id: 'eb.non-retriable',
    title: 'Errors EventBridge does not retry',
    statement:
      'Missing permissions or a deleted target are not retried: the event goes straight to the dead-letter queue, or is dropped.',
    docUrl: `${EB_DOCS}/eb-rule-retry-policy.html`,
  },
  {
    id: 'eb.dlq',
    title: 'Target dead-letter queue',
    statement:
      'Events a target never received go to that target’s standard SQS dead-letter queue, with attributes naming the rule, the target and the error.',
    docUrl: `${EB_DOCS}/eb-rule-dlq.html`,
  },
  {
    id: 'eb.dropped',
    title: 'No dead-letter queue: dropped',
    statement: 'Without a dead-letter queue, an event EventBridge could not deliver is dropped.',
    docUrl: `${EB_DOCS}/eb-rule-dlq.html`,
  },
  // --- EventBridge Scheduler ----------------------------------------------------------------------
  {
    id: 'scheduler.schedule',
    title: 'EventBridge Scheduler',
    statement:
      'A schedule of EventBridge Scheduler fires on rate(), cron() or one-time at() expressions evaluated in its own time zone, and calls one target — here the function — through its execution role.',
    docUrl: `${SCHEDULER_DOCS}/what-is-scheduler.html`,
    simDefault: 'a fire happens at the start of its minute (AWS: within that minute)',
  },
  {
    id: 'scheduler.daylight-saving',
    title: 'Schedules across daylight saving changes',
    statement:
      'Scheduler follows its time zone’s clock: when clocks spring forward a cron() time that does not exist is skipped, and when they fall back a repeated time fires only once; rate() is a fixed duration (a day is 24 hours).',
    docUrl: `${SCHEDULER_DOCS}/schedule-types.html`,
    simDefault:
      'the repeated time fires at its first occurrence; an at() time inside the skipped hour is refused',
  },
  {
    id: 'scheduler.one-time',
    title: 'One-time schedules',
    statement:
      'An at(yyyy-mm-ddThh:mm:ss) schedule invokes its target once, at that date and time in its time zone.',
    docUrl: `${SCHEDULER_DOCS}/schedule-types.html`,
  },
  {
    id: 'scheduler.flexible-window',
    title: 'Flexible time window',
    statement:
      'With a flexible time window of 1–1,440 minutes, Scheduler invokes the target at some moment within that window after each scheduled time, spreading load.',
    docUrl: `${SCHEDULER_DOCS}/managing-schedule-flexible-time-windows.html`,
    simDefault: 'the moment is drawn uniformly from the window with the scenario’s seed',
  },
  {
    id: 'scheduler.lambda-async',
    title: 'Scheduler invokes Lambda asynchronously',
    statement:
      'Scheduler calls Invoke with InvocationType Event: once Lambda accepts the event (202), Lambda’s own async retries, DLQ and destinations apply.',
    docUrl: `${SCHEDULER_DOCS}/managing-targets-templated.html`,
  },
  {
    id: 'scheduler.retry-policy',
    title: 'Schedule retry policy',
    statement:
      'When the target call fails with a retriable error, Scheduler retries with exponential backoff until MaximumRetryAttempts (0–185, default 185) or MaximumEventAgeInSeconds (60–86,400, default 86,400) runs out.',
    docUrl: 'https://docs.aws.amazon.com/scheduler/latest/APIReference/API_RetryPolicy.html',
    simDefault: 'backoff 1, 2, 4 … s, capped at 300 s, without jitter',
  },
  {
    id: 'scheduler.non-retriable',
    title: 'Errors Scheduler does not retry',
    statement:
      'A missing permission in the execution role or a deleted target is not retried: the invocation goes straight to the schedule’s dead-letter queue, or is dropped.',
    docUrl: `${SCHEDULER_DOCS}/configuring-schedule-dlq.html`,
  },
  {
    id: 'scheduler.dlq',
    title: 'Schedule dead-letter queue',
    statement:
      'A schedule can name a standard SQS queue as its dead-letter queue: an invocation that never reached the target lands there with attributes naming the schedule, the target and the error.',
    docUrl: `${SCHEDULER_DOCS}/configuring-schedule-dlq.html`,
  },
  {
    id: 'scheduler.dropped',
    title: 'No dead-letter queue: dropped',
    statement: 'Without a dead-letter queue, an invocation Scheduler could not deliver is dropped.',
    docUrl: `${SCHEDULER_DOCS}/configuring-schedule-dlq.html`,
  },
  {
    id: 'eb.archive',
    title: 'Archive',
    statement:
      'An archive keeps the events of a bus (all, or those matching a pattern) so they can be replayed.',
    docUrl: `${EB_DOCS}/eb-archive.html`,
    simDefault: 'events are archived at once (AWS may take a few minutes)',
  },
  {
    id: 'eb.replay',
    title: 'Replay',
    statement:
      'A replay puts the archived events of a time window back on their bus, marked with a replay-name, and rules process them again.',
    docUrl: `${EB_DOCS}/eb-replay-archived-event.html`,
    simDefault: 'replayed in their original order, all at the replay’s start time',
  },
] as const satisfies readonly Rule[];

const list = [
  ...coreRules,
  ...LIMIT_RULES,
  ...PERMISSION_RULES,
  ...PUSH_RULES,
  ...QUEUE_RULES,
  ...STREAM_RULES,
  ...RECURSION_RULES,
] as const;

export type RuleId = (typeof list)[number]['id'];

export const RULES: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  list.map((r) => [r.id, r]),
) as Record<RuleId, Rule>;

export const ALL_RULES: readonly Rule[] = list;

export function ruleById(id: string): Rule | undefined {
  return (RULES as Record<string, Rule>)[id];
}
