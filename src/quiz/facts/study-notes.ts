import type { Fact } from '../schema';

/**
 * What the study notes teach: the three ways to invoke a function and who retries in each, async
 * retries and idempotency, dead-letter queues and destinations, event source mappings and their
 * batches, versions and aliases, cold and warm starts, provisioned concurrency, and EventBridge.
 * One testable statement per fact, in our own words; where the notes are out of date, the fact
 * states today's behaviour and names the older claim.
 */
export const STUDY_NOTE_FACTS: readonly Fact[] = [
  // --- the three invocation methods -------------------------------------------------------------
  {
    id: 'sn-three-invocation-methods',
    source: 'notes',
    topic: 'invocation-models',
    text: 'A Lambda function is invoked in one of three ways: synchronously, asynchronously, or by an event source mapping that reads a queue or stream on its behalf.',
  },
  {
    id: 'sn-sync-caller-waits',
    source: 'notes',
    topic: 'invocation-models',
    text: 'In a synchronous invocation (RequestResponse, the Invoke API default used by the CLI and SDKs) the caller sends the payload and keeps waiting until the function returns a result or an error, inside that same request.',
  },
  {
    id: 'sn-sync-api-gateway',
    source: 'notes',
    topic: 'invocation-models',
    text: 'API Gateway invokes a function synchronously: it proxies the client request to the function and relays the function’s response, or its failure, back to the client.',
  },
  {
    id: 'sn-sync-client-handles-errors',
    source: 'notes',
    topic: 'invocation-models',
    text: 'Lambda never retries a synchronous invocation: noticing the error and deciding whether to try again is up to the client (SDKs retry only throttles and service errors on their own, not function errors).',
  },
  {
    id: 'sn-async-used-by-services',
    source: 'notes',
    topic: 'invocation-models',
    text: 'Asynchronous invocation is the usual path when an AWS service such as S3, SNS or EventBridge invokes a function in response to something that happened.',
  },
  {
    id: 'sn-async-no-wait',
    source: 'notes',
    topic: 'invocation-models',
    text: 'An asynchronous caller does not wait for the function: Lambda puts the event in its own internal queue, answers 202 at once, and the caller has no further view of what happens to it.',
  },
  {
    id: 'sn-async-lambda-owns-retries',
    source: 'notes',
    topic: 'async-retries',
    text: 'For asynchronous invocations Lambda runs the retry logic itself; the service or application that sent the event does not retry a failed function.',
  },
  {
    id: 'sn-async-retry-range',
    source: 'notes',
    topic: 'async-retries',
    text: 'MaximumRetryAttempts for asynchronous invocation can be set from 0 to 2 and defaults to 2, so an event gets at most three attempts after function errors.',
  },
  {
    id: 'sn-async-retry-timing',
    source: 'notes',
    topic: 'async-retries',
    text: 'After a function error Lambda waits roughly one minute before the first asynchronous retry and roughly two minutes before the second.',
  },
  {
    id: 'sn-async-event-age',
    source: 'notes',
    topic: 'async-retries',
    text: 'An asynchronous event waits at most MaximumEventAgeInSeconds (60 s up to 6 hours, default 6 hours); once it is older, Lambda discards it instead of trying again.',
  },
  // --- idempotency ------------------------------------------------------------------------------
  {
    id: 'sn-idempotent-handler',
    source: 'notes',
    topic: 'idempotency',
    text: 'Because one event can be processed more than once, handlers must be idempotent: running the same event again must leave the system exactly as one run would.',
  },
  {
    id: 'sn-desired-end-state',
    source: 'notes',
    topic: 'idempotency',
    text: 'An idempotent handler drives data to a stated end state (“mark order 42 as paid”) rather than applying a relative change (“add 10 to the balance”) that would be applied twice on a repeat.',
  },
  {
    id: 'sn-at-least-once',
    source: 'notes',
    topic: 'idempotency',
    text: 'Lambda’s asynchronous queue delivers at least once: an event can occasionally reach the function twice even when no attempt failed.',
  },
  // --- dead-letter queues and destinations -----------------------------------------------------
  {
    id: 'sn-dlq-after-failures',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'An asynchronous event that still fails after its last retry, or that grows too old, can be kept in a dead-letter queue instead of being lost.',
  },
  {
    id: 'sn-dlq-targets',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'A function’s dead-letter queue is either a standard SQS queue or an SNS topic.',
  },
  {
    id: 'sn-dlq-content',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'A dead-letter queue receives only the original event, with attributes for the request ID, error code and error message, and only for failures.',
  },
  {
    id: 'sn-destination-targets',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'An asynchronous invocation destination can be a standard SQS queue, a standard SNS topic, a Lambda function or an EventBridge event bus; since late 2024 an S3 bucket can also be an on-failure destination.',
  },
  {
    id: 'sn-destination-success-failure',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'Destinations are set separately for success and for failure, so processed events and failed events can go to different targets.',
  },
  {
    id: 'sn-destination-record',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'A destination receives an invocation record: the original request payload together with the response or error, the condition (Success, RetriesExhausted, EventAgeExceeded) and how many attempts were made.',
  },
  {
    id: 'sn-destinations-preferred',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'For new designs AWS recommends on-failure destinations over dead-letter queues, because they carry the error details, accept more target types and can also report successes.',
  },
  {
    id: 'sn-nothing-configured-dropped',
    source: 'notes',
    topic: 'dlq-destinations',
    text: 'With neither a dead-letter queue nor an on-failure destination, an asynchronous event that runs out of retries or ages out is discarded; only metrics show it.',
  },
  // --- event source mappings --------------------------------------------------------------------
  {
    id: 'sn-esm-for-polled-sources',
    source: 'notes',
    topic: 'push-pull',
    text: 'Event source mappings exist for sources that cannot invoke a function themselves: SQS queues, Kinesis streams and DynamoDB streams (and also Amazon MQ, Kafka and DocumentDB).',
  },
  {
    id: 'sn-esm-polls',
    source: 'notes',
    topic: 'push-pull',
    text: 'An event source mapping is a poller run by Lambda: it reads records from the queue or stream and gathers them into batches.',
  },
  {
    id: 'sn-esm-batches-to-function',
    source: 'notes',
    topic: 'batching',
    text: 'The mapping cuts what it has read into batches no bigger than its batch size (and 6 MB) and invokes the function synchronously once per batch.',
  },
  {
    id: 'sn-esm-15-minute',
    source: 'notes',
    topic: 'limits',
    text: 'A function can run for at most 15 minutes (900 seconds), so every record of a batch must be processed within the function timeout.',
  },
  {
    id: 'sn-batch-whole-default',
    source: 'notes',
    topic: 'batching',
    text: 'By default a batch succeeds or fails as one unit: when the invocation fails, every record in it is retried, including the ones already handled.',
  },
  {
    id: 'sn-partial-batch-response',
    source: 'notes',
    topic: 'batching',
    text: 'Older material says batches are all-or-nothing; today a mapping with ReportBatchItemFailures lets the function return the IDs of the failed records, and only those are retried.',
  },
  {
    id: 'sn-esm-execution-role',
    source: 'notes',
    topic: 'permissions',
    text: 'An event source mapping reads its source with the function’s execution role, so that role needs the read actions (for SQS: sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes).',
  },
  {
    id: 'sn-esm-no-resource-policy',
    source: 'notes',
    topic: 'permissions',
    text: 'Since Lambda does the polling, a queue or stream source needs no statement in the function’s resource-based policy; that policy is for services that push events.',
  },
  {
    id: 'sn-esm-discard-destination',
    source: 'notes',
    topic: 'streams',
    text: 'When Lambda gives up on a stream batch it can record it in an on-failure destination on the mapping: an SQS queue or SNS topic (and an S3 bucket since late 2024).',
  },
  // --- versions and aliases --------------------------------------------------------------------
  {
    id: 'sn-version-code-and-config',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'A published version captures both the code and the configuration of the function (runtime, memory, timeout, environment variables, role and so on).',
  },
  {
    id: 'sn-version-immutable-arn',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'Once published a version never changes, and it has its own ARN ending in its version number.',
  },
  {
    id: 'sn-latest-mutable',
    source: 'notes',
    topic: 'versions-aliases',
    text: '$LATEST is the editable working copy of the function, the only version whose code and settings can change; it is not a pointer to the newest published version, as some notes suggest.',
  },
  {
    id: 'sn-unqualified-arn',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'An unqualified function ARN (no suffix) invokes $LATEST; a qualified ARN ends in :version-number, :alias-name or :$LATEST.',
  },
  {
    id: 'sn-version-numbering',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'Versions are numbered 1, 2, 3… and a number is never reused, even after deletion; publishing when nothing changed since the last version creates no new one.',
  },
  {
    id: 'sn-alias-pointer',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'An alias such as DEV, STAGE or PROD is a named pointer to one version, and it can be moved to a different version whenever needed.',
  },
  {
    id: 'sn-alias-stable-arn',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'Triggers and callers that use an alias ARN keep working when the alias moves, so releasing or rolling back is a single alias update.',
  },
  {
    id: 'sn-alias-weighted',
    source: 'notes',
    topic: 'versions-aliases',
    text: 'An alias can split requests between two published versions by weight (for example 90 % and 10 %), which is how a canary release is done.',
  },
  // --- start-up: cold, warm, provisioned ---------------------------------------------------------
  {
    id: 'sn-execution-environment',
    source: 'notes',
    topic: 'cold-warm',
    text: 'The execution environment (execution context) is the isolated runtime, a microVM sized by the memory setting, in which one version of the function runs one request at a time.',
  },
  {
    id: 'sn-cold-start',
    source: 'notes',
    topic: 'cold-warm',
    text: 'A cold start builds a new environment: Lambda creates it, downloads the code, starts the runtime and runs the initialisation code before the handler sees the event.',
  },
  {
    id: 'sn-warm-start',
    source: 'notes',
    topic: 'cold-warm',
    text: 'A warm start reuses an environment left by an earlier request: the new event goes straight to the handler and all creation and initialisation is skipped.',
  },
  {
    id: 'sn-init-outside-handler',
    source: 'notes',
    topic: 'cold-warm',
    text: 'Objects created outside the handler (SDK clients, database connections, files in /tmp) survive into warm starts, so expensive set-up belongs there — but code must never depend on reuse happening.',
  },
  {
    id: 'sn-provisioned-concurrency',
    source: 'notes',
    topic: 'provisioned',
    text: 'Provisioned concurrency has Lambda create a chosen number of environments ahead of time and keep them initialised, so requests up to that number start without a cold start.',
  },
  {
    id: 'sn-provisioned-needs-version',
    source: 'notes',
    topic: 'provisioned',
    text: 'Provisioned concurrency is set on a published version or an alias, never on $LATEST, and it is charged for as long as it is configured, used or not.',
  },
  {
    id: 'sn-provisioned-spillover',
    source: 'notes',
    topic: 'provisioned',
    text: 'Requests beyond the provisioned number are not rejected: they spill over to on-demand environments, which may cold-start.',
  },
  // --- EventBridge -------------------------------------------------------------------------------
  {
    id: 'sn-eb-if-then',
    source: 'notes',
    topic: 'eventbridge-rules',
    text: 'EventBridge (like CloudWatch Events before it) expresses “when this happens, or at this time, do that”: a rule picks events or fires on a schedule and hands them to targets.',
  },
  {
    id: 'sn-eb-successor-cwe',
    source: 'notes',
    topic: 'eventbridge-buses',
    text: 'EventBridge is the successor of CloudWatch Events: it runs on the same underlying service and API, and adds custom and partner buses among other features.',
  },
  {
    id: 'sn-eb-default-bus',
    source: 'notes',
    topic: 'eventbridge-buses',
    text: 'Each account has one default event bus per Region, which receives the events that AWS services in that account emit.',
  },
  {
    id: 'sn-eb-cwe-single-bus',
    source: 'notes',
    topic: 'eventbridge-buses',
    text: 'CloudWatch Events had only that implicit default bus; with EventBridge you can create more buses.',
  },
  {
    id: 'sn-eb-custom-partner-buses',
    source: 'notes',
    topic: 'eventbridge-buses',
    text: 'Custom event buses carry your own applications’ events (and can accept other accounts through a bus policy); partner event buses receive events from SaaS partners.',
  },
  {
    id: 'sn-eb-rule-one-bus',
    source: 'notes',
    topic: 'eventbridge-rules',
    text: 'Every rule is attached to exactly one event bus and only evaluates events that arrive on that bus.',
  },
  {
    id: 'sn-eb-rule-two-kinds',
    source: 'notes',
    topic: 'eventbridge-rules',
    text: 'A rule either matches incoming events with an event pattern or fires on a schedule expression; scheduled rules can only be created on the default bus.',
  },
  {
    id: 'sn-eb-events-json',
    source: 'notes',
    topic: 'eventbridge-patterns',
    text: 'Events are JSON documents with a fixed envelope — version, id, detail-type, source, account, time, region, resources — and the event-specific content under detail.',
  },
  {
    id: 'sn-eb-targets',
    source: 'notes',
    topic: 'eventbridge-rules',
    text: 'A rule hands each matching event to its targets, at most five per rule, such as a Lambda function, an SQS queue, an SNS topic or a Step Functions state machine.',
  },
  {
    id: 'sn-eb-lambda-async',
    source: 'notes',
    topic: 'eventbridge-rules',
    text: 'EventBridge invokes a Lambda target asynchronously, so after delivery Lambda’s own async retries, DLQ and destinations apply.',
  },
  {
    id: 'sn-eb-cron-vs-rate',
    source: 'notes',
    topic: 'eventbridge-schedules',
    text: 'A schedule is either rate(value unit), a fixed interval counted from when the rule was created, or cron(…) with six fields evaluated in UTC, for calendar times.',
  },
];
