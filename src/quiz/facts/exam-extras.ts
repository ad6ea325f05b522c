import type { Fact } from '../schema';

/**
 * Exam facts that sit next to the study notes but that the notes only touch: concurrency and
 * throttling on each path, queue and stream settings, event filtering, limits, SnapStart, alias
 * routing, permissions around destinations and EventBridge, the pattern language and schedule
 * expressions. Figures are today's; where exam material still quotes an older figure, the fact
 * says so.
 */
export const EXAM_EXTRA_FACTS: readonly Fact[] = [
  // --- concurrency -------------------------------------------------------------------------------
  {
    id: 'ex-account-concurrency',
    source: 'exam',
    topic: 'concurrency',
    text: 'An account has a default concurrency limit of 1,000 per Region, a soft limit that AWS can raise, shared by all of its functions.',
  },
  {
    id: 'ex-unreserved-100',
    source: 'exam',
    topic: 'concurrency',
    text: 'Reserved concurrency can only be assigned while at least 100 of the account’s concurrency stays unreserved for the other functions.',
  },
  {
    id: 'ex-concurrency-estimate',
    source: 'exam',
    topic: 'concurrency',
    text: 'The concurrency a function needs is about its requests per second multiplied by its average duration in seconds.',
  },
  {
    id: 'ex-reserved-guarantee-and-cap',
    source: 'exam',
    topic: 'concurrency',
    text: 'Reserved concurrency costs nothing; it both sets aside capacity that other functions cannot take and caps the function, which is throttled above it.',
  },
  {
    id: 'ex-reserved-zero-kill-switch',
    source: 'exam',
    topic: 'concurrency',
    text: 'Reserved concurrency of 0 throttles every invocation, an emergency stop that leaves the function and its triggers in place; new async events then go straight to the DLQ or on-failure destination without retries.',
  },
  {
    id: 'ex-provisioned-within-reserved',
    source: 'exam',
    topic: 'provisioned',
    text: 'Provisioned concurrency counts inside the function’s reserved concurrency and cannot be set higher than it.',
  },
  {
    id: 'ex-scaling-rate',
    source: 'exam',
    topic: 'concurrency',
    text: 'Each function can add up to 1,000 execution environments every 10 seconds (since late 2023); older material describes an account-wide burst of 500–3,000 followed by 500 more per minute.',
  },
  {
    id: 'ex-sqs-provisioned-mode',
    source: 'exam',
    topic: 'concurrency',
    text: 'An SQS mapping in provisioned mode (since November 2025) keeps a chosen minimum and maximum number of pollers and scales faster than the default mode; it cannot be combined with MaximumConcurrency.',
  },
  {
    id: 'ex-provisioned-autoscaling',
    source: 'exam',
    topic: 'provisioned',
    text: 'Application Auto Scaling can raise and lower provisioned concurrency on a schedule or by tracking its utilisation, so warm capacity is paid for only when needed.',
  },
  // --- throttling on each path ------------------------------------------------------------------
  {
    id: 'ex-throttle-sync',
    source: 'exam',
    topic: 'concurrency',
    text: 'A throttled synchronous call fails at once with 429 TooManyRequestsException and the caller decides whether to retry; behind API Gateway the client sees a 500.',
  },
  {
    id: 'ex-throttle-async',
    source: 'exam',
    topic: 'async-retries',
    text: 'A throttled asynchronous event returns to Lambda’s queue and is retried with growing delays (about 1 s up to 5 minutes) until it reaches the maximum event age; throttles do not use up retry attempts.',
  },
  {
    id: 'ex-throttle-sqs',
    source: 'exam',
    topic: 'sqs',
    text: 'When an SQS-triggered function is throttled, Lambda backs off; messages it could not process reappear after the visibility timeout with a higher receive count, so they can end up in the redrive DLQ.',
  },
  {
    id: 'ex-throttle-stream',
    source: 'exam',
    topic: 'streams',
    text: 'When a stream-triggered function is throttled, Lambda keeps retrying the batch without counting it as a retry attempt, and that shard makes no progress meanwhile.',
  },
  // --- SQS ---------------------------------------------------------------------------------------
  {
    id: 'ex-sqs-visibility-6x',
    source: 'exam',
    topic: 'sqs',
    text: 'AWS advises setting the source queue’s visibility timeout to at least six times the function timeout (plus any batching window).',
  },
  {
    id: 'ex-sqs-visibility-rejected',
    source: 'exam',
    topic: 'sqs',
    text: 'Creating an SQS event source mapping fails with InvalidParameterValueException when the queue’s visibility timeout is shorter than the function timeout.',
  },
  {
    id: 'ex-sqs-redrive-on-source',
    source: 'exam',
    topic: 'sqs',
    text: 'For SQS triggers the dead-letter queue belongs to the source queue (its redrive policy); a DLQ or on-failure destination set on the function does not apply to those messages.',
  },
  {
    id: 'ex-sqs-maxreceivecount',
    source: 'exam',
    topic: 'sqs',
    text: 'SQS moves a message to the redrive DLQ once it has been received maxReceiveCount times (1–1,000); AWS recommends at least 5 for Lambda triggers so that throttling alone does not send messages there.',
  },
  {
    id: 'ex-sqs-fifo-group-order',
    source: 'exam',
    topic: 'sqs',
    text: 'With a FIFO source Lambda keeps order within each message group and has at most one batch per group in flight, so concurrency is bounded by the number of active groups.',
  },
  {
    id: 'ex-sqs-failed-batch-returns',
    source: 'exam',
    topic: 'sqs',
    text: 'Without ReportBatchItemFailures, a failed invocation makes every message of the SQS batch visible again after the visibility timeout, including those already processed.',
  },
  {
    id: 'ex-sqs-partial-response',
    source: 'exam',
    topic: 'sqs',
    text: 'With ReportBatchItemFailures an SQS function returns batchItemFailures listing the messageIds that failed, and only those go back to the queue; on a FIFO queue it returns the first failure and every message after it.',
  },
  {
    id: 'ex-sqs-batch-size',
    source: 'exam',
    topic: 'batching',
    text: 'SQS batch size defaults to 10 and goes up to 10,000 for standard queues but only 10 for FIFO queues; more than 10 requires a batching window of at least 1 second.',
  },
  {
    id: 'ex-sqs-batch-window',
    source: 'exam',
    topic: 'batching',
    text: 'MaximumBatchingWindowInSeconds (0–300 s, not for FIFO) makes Lambda wait to fill a batch; it invokes when the window ends, the batch is full or the payload reaches 6 MB.',
  },
  {
    id: 'ex-sqs-max-concurrency',
    source: 'exam',
    topic: 'sqs',
    text: 'An SQS mapping’s MaximumConcurrency (2–1,000) caps how many concurrent invocations that one trigger can drive, without reserving concurrency on the function.',
  },
  {
    id: 'ex-sqs-scaling',
    source: 'exam',
    topic: 'sqs',
    text: 'On a standard queue Lambda starts with 5 concurrent batches and adds up to 300 per minute (60 before late 2023), up to 1,000 concurrent batches per mapping.',
  },
  // --- streams ------------------------------------------------------------------------------------
  {
    id: 'ex-stream-shard-order',
    source: 'exam',
    topic: 'streams',
    text: 'Kinesis and DynamoDB stream records are processed in order within a shard, with one batch per shard in flight at a time by default.',
  },
  {
    id: 'ex-stream-parallelization',
    source: 'exam',
    topic: 'streams',
    text: 'ParallelizationFactor (1–10) lets up to ten batches per shard run at once while order is still kept for each partition key.',
  },
  {
    id: 'ex-stream-poison-blocks',
    source: 'exam',
    topic: 'streams',
    text: 'A record that keeps failing blocks its shard: with default settings Lambda retries its batch until it succeeds or the data expires, and the IteratorAge metric keeps growing.',
  },
  {
    id: 'ex-stream-retry-settings',
    source: 'exam',
    topic: 'streams',
    text: 'MaximumRetryAttempts (default -1, unlimited, or 0–10,000) and MaximumRecordAgeInSeconds (default -1, or 60–604,800) limit how long a failing stream batch is retried before Lambda skips it.',
  },
  {
    id: 'ex-stream-bisect',
    source: 'exam',
    topic: 'streams',
    text: 'BisectBatchOnFunctionError splits a failing stream batch in two and retries the halves to isolate the bad record; the splits do not count as retry attempts.',
  },
  {
    id: 'ex-stream-partial',
    source: 'exam',
    topic: 'streams',
    text: 'With ReportBatchItemFailures a stream function returns the sequence numbers of failed records; Lambda checkpoints just before the lowest one and retries from there.',
  },
  {
    id: 'ex-stream-on-failure-metadata',
    source: 'exam',
    topic: 'streams',
    text: 'An SQS or SNS on-failure destination of a stream mapping receives metadata only (shard ID, first and last sequence numbers, batch size), so the records must be read from the stream before retention ends; an S3 destination also gets the records themselves.',
  },
  {
    id: 'ex-stream-s3-destination-records',
    source: 'exam',
    topic: 'streams',
    text: 'For Kinesis, DynamoDB Streams and Kafka mappings, an S3 on-failure destination receives the whole invocation record, the records included; SQS and SNS destinations receive metadata only.',
  },
  {
    id: 'ex-stream-retention',
    source: 'exam',
    topic: 'streams',
    text: 'Kinesis Data Streams keeps records for 24 hours by default, extendable to 365 days; DynamoDB Streams keeps them for 24 hours.',
  },
  {
    id: 'ex-stream-batch-size',
    source: 'exam',
    topic: 'batching',
    text: 'Stream mappings default to a batch size of 100 records, up to 10,000, with an optional batching window of up to 300 seconds.',
  },
  {
    id: 'ex-enhanced-fanout',
    source: 'exam',
    topic: 'streams',
    text: 'Kinesis enhanced fan-out gives one consumer its own 2 MB/s per shard, pushed over HTTP/2, instead of sharing the shard’s 2 MB/s read throughput with every other reader.',
  },
  // --- event filtering -----------------------------------------------------------------------------
  {
    id: 'ex-filter-limits',
    source: 'exam',
    topic: 'filtering',
    text: 'An event source mapping takes up to 5 filter patterns by default (10 with a quota increase); a record passes if any pattern matches, and every field inside one pattern must match.',
  },
  {
    id: 'ex-filter-sqs-deleted',
    source: 'exam',
    topic: 'filtering',
    text: 'SQS messages that match no filter are deleted from the queue: they never reach the function and never reach the dead-letter queue.',
  },
  {
    id: 'ex-filter-stream-skipped',
    source: 'exam',
    topic: 'filtering',
    text: 'Stream records that match no filter are skipped by the mapping but stay in the stream until its retention ends.',
  },
  {
    id: 'ex-filter-cost',
    source: 'exam',
    topic: 'filtering',
    text: 'Filters are applied before batching and filtered-out records cause no invocation, so filtering in the mapping costs less than discarding records in code.',
  },
  {
    id: 'ex-filter-push-sources',
    source: 'exam',
    topic: 'filtering',
    text: 'Mapping filters exist only for polled sources; for push sources, filter upstream with an SNS subscription filter policy, an EventBridge rule pattern or S3 prefix/suffix rules.',
  },
  {
    id: 'ex-filter-syntax',
    source: 'exam',
    topic: 'filtering',
    text: 'Filters use the EventBridge pattern syntax applied to the record, with the content under a source-specific key: body for SQS, data for Kinesis, dynamodb for DynamoDB Streams.',
  },
  {
    id: 'ex-filter-operator-subset',
    source: 'exam',
    topic: 'filtering',
    text: 'Mapping filters accept only part of the pattern language: wildcard, suffix, cidr, equals-ignore-case and anything-but with prefix, suffix or wildcard are rejected when the mapping is created or updated.',
  },
  // --- limits ---------------------------------------------------------------------------------------
  {
    id: 'ex-payload-sync',
    source: 'exam',
    topic: 'limits',
    text: 'A synchronous invocation payload is limited to 6 MB for the request and 6 MB for the response; an event source mapping batch is a synchronous call, so it is capped at 6 MB too.',
  },
  {
    id: 'ex-payload-async',
    source: 'exam',
    topic: 'limits',
    text: 'An asynchronous invocation payload was limited to 256 KB, the figure in older exam material; AWS raised it to 1 MB in October 2025. Larger data is stored elsewhere (for example S3) and passed by reference.',
  },
  {
    id: 'ex-timeout-range',
    source: 'exam',
    topic: 'limits',
    text: 'The function timeout ranges from 1 to 900 seconds with a default of 3 seconds; work that needs longer belongs in Step Functions, Fargate or AWS Batch.',
  },
  {
    id: 'ex-memory-cpu',
    source: 'exam',
    topic: 'limits',
    text: 'Memory ranges from 128 MB to 10,240 MB and CPU is allocated in proportion (about one vCPU at 1,769 MB, six at 10 GB), so raising memory can speed up CPU-bound code and sometimes lower its cost.',
  },
  {
    id: 'ex-tmp-storage',
    source: 'exam',
    topic: 'limits',
    text: 'Each environment has /tmp storage of 512 MB by default, configurable up to 10,240 MB, which persists between invocations in the same environment.',
  },
  // --- start-up ---------------------------------------------------------------------------------------
  {
    id: 'ex-init-billing',
    source: 'exam',
    topic: 'cold-warm',
    text: 'Since 1 August 2025 the init phase is billed for every function; before that it was free for on-demand functions packaged as zip files on managed runtimes.',
  },
  {
    id: 'ex-snapstart',
    source: 'exam',
    topic: 'cold-warm',
    text: 'SnapStart (Java, Python, .NET) runs initialisation when a version is published and starts new environments from a snapshot of it; it applies to published versions only, not $LATEST.',
  },
  {
    id: 'ex-snapstart-limits',
    source: 'exam',
    topic: 'cold-warm',
    text: 'SnapStart cannot be combined with provisioned concurrency or EFS, and values created during init (random seeds, unique IDs) are shared by every environment restored from the snapshot.',
  },
  {
    id: 'ex-cold-start-rate',
    source: 'exam',
    topic: 'cold-warm',
    text: 'AWS reports cold starts in under 1 % of production invocations, each lasting from under 100 ms to over a second.',
  },
  // --- versions and aliases ----------------------------------------------------------------------------
  {
    id: 'ex-alias-weights-rules',
    source: 'exam',
    topic: 'versions-aliases',
    text: 'A weighted alias routes between at most two versions, both published (not $LATEST) and sharing the same execution role and DLQ settings; an alias cannot point to another alias.',
  },
  {
    id: 'ex-codedeploy-shifting',
    source: 'exam',
    topic: 'versions-aliases',
    text: 'CodeDeploy shifts an alias’s traffic canary-style (for example 10 % then all after 5 minutes), linearly (10 % more every few minutes) or all at once, and rolls back automatically when a CloudWatch alarm fires.',
  },
  {
    id: 'ex-alias-qualified-permission',
    source: 'exam',
    topic: 'permissions',
    text: 'A resource-policy statement added with an alias qualifier allows calls only to that alias’s ARN; calls to the unqualified ARN or to a version number are denied.',
  },
  {
    id: 'ex-executed-version',
    source: 'exam',
    topic: 'versions-aliases',
    text: 'The X-Amz-Executed-Version header in the Invoke response names the version that actually ran, showing where an alias sent the request.',
  },
  // --- permissions --------------------------------------------------------------------------------------
  {
    id: 'ex-destination-role-permissions',
    source: 'exam',
    topic: 'permissions',
    text: 'Lambda sends to a DLQ or destination with the function’s execution role, which needs sqs:SendMessage, sns:Publish, lambda:InvokeFunction, events:PutEvents, or s3:PutObject with s3:ListBucket, for that target.',
  },
  {
    id: 'ex-s3-destination-list-bucket',
    source: 'exam',
    topic: 'permissions',
    text: 'An S3 on-failure destination needs both s3:PutObject and s3:ListBucket on the bucket in the function’s execution role.',
  },
  {
    id: 'ex-eb-target-no-permission',
    source: 'exam',
    topic: 'permissions',
    text: 'When EventBridge lacks permission to call a target it does not retry: the event goes straight to the target’s DLQ with the error code NO_PERMISSIONS (or is dropped without one).',
  },
  {
    id: 'ex-eb-custom-bus-policy',
    source: 'exam',
    topic: 'permissions',
    text: 'Another account can put events on a custom bus only if the bus’s resource-based policy allows that account or its organisation.',
  },
  {
    id: 'ex-esm-missing-permission',
    source: 'exam',
    topic: 'permissions',
    text: 'Creating a mapping whose execution role cannot read the source fails with InvalidParameterValueException; if the permission is removed later, the mapping reports the problem and the records wait in the source.',
  },
  // --- invocation details ---------------------------------------------------------------------------------
  {
    id: 'ex-sync-error-200',
    source: 'exam',
    topic: 'invocation-models',
    text: 'A synchronous invocation whose code throws or times out still returns HTTP 200 with an X-Amz-Function-Error header and an error body; a 4xx or 5xx status means the code never ran.',
  },
  {
    id: 'ex-destinations-scope',
    source: 'exam',
    topic: 'dlq-destinations',
    text: 'Destinations apply to asynchronous invocations and to stream and Kafka mappings; they do not apply to synchronous calls or to SQS triggers.',
  },
  {
    id: 'ex-recursive-loop',
    source: 'exam',
    topic: 'limits',
    text: 'Lambda detects a function that keeps triggering itself through SQS, SNS or S3 and stops the chain after about 16 hops unless recursive loops are explicitly allowed.',
  },
  // --- EventBridge pattern language -----------------------------------------------------------------------
  {
    id: 'ex-pattern-and-or',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'In an event pattern every listed field must match (AND) while the values in a field’s array are alternatives (OR); fields the pattern does not mention are ignored.',
  },
  {
    id: 'ex-pattern-exact-case',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'Plain pattern values match exactly and case-sensitively, and plain numbers are compared as text; equals-ignore-case relaxes case and numeric compares values.',
  },
  {
    id: 'ex-pattern-prefix-suffix',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'prefix and suffix match the beginning or the end of a string value, for example a Region starting with "eu-" or a key ending in ".jpg".',
  },
  {
    id: 'ex-pattern-anything-but',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'anything-but matches every value except the ones listed, and can also exclude by prefix, suffix or wildcard.',
  },
  {
    id: 'ex-pattern-numeric',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'numeric compares number values against ranges such as [">", 0, "<=", 100].',
  },
  {
    id: 'ex-pattern-exists',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: '{"exists": false} matches only when a field is absent and {"exists": true} when it is present; [null] matches a field that is present with the JSON value null.',
  },
  {
    id: 'ex-pattern-array-any',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'When the event field is an array, it matches if any one of its elements matches one of the pattern’s values.',
  },
  {
    id: 'ex-pattern-wildcard-cidr-or',
    source: 'exam',
    topic: 'eventbridge-patterns',
    text: 'wildcard matches with * standing for any run of characters, cidr matches IP addresses within a range, and $or combines alternative conditions on different fields.',
  },
  // --- schedule expressions ----------------------------------------------------------------------------------
  {
    id: 'ex-cron-six-fields',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'An EventBridge cron expression has six fields — minutes, hours, day-of-month, month, day-of-week, year — and is evaluated in UTC.',
  },
  {
    id: 'ex-cron-question-mark',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'In an EventBridge cron expression one of day-of-month and day-of-week must be ?, because both cannot be constrained at once.',
  },
  {
    id: 'ex-cron-special',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'In cron, L means last (L in day-of-month is the last day; 6L in day-of-week is the last Friday), W the weekday nearest a date (15W) and # the nth weekday of the month (2#1 is the first Monday).',
  },
  {
    id: 'ex-cron-day-numbering',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'Day-of-week in EventBridge cron runs from 1 to 7 with 1 meaning Sunday, or uses the names SUN to SAT.',
  },
  {
    id: 'ex-rate-syntax',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'rate() takes a positive whole number and minute, hour or day, singular only for 1: rate(1 hour) and rate(5 hours) are valid, rate(1 hours) is not.',
  },
  {
    id: 'ex-schedule-granularity',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'Schedules have a granularity of one minute; an expression that asks for anything more frequent is rejected.',
  },
  {
    id: 'ex-scheduler-vs-rules',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'EventBridge Scheduler adds time zones, one-time at() schedules, flexible time windows and about a million schedules per account; scheduled rules run in UTC only, on the default bus, within the rule quota.',
  },
  {
    id: 'ex-scheduler-retry-dlq',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'Each EventBridge Scheduler schedule has its own retry policy (24 hours and 185 attempts by default, both adjustable) and can send what it could not deliver to an SQS standard queue as its dead-letter queue.',
  },
  {
    id: 'ex-scheduler-flexible-window',
    source: 'exam',
    topic: 'eventbridge-schedules',
    text: 'A flexible time window (up to 1,440 minutes) lets Scheduler invoke a target at any moment within the window after the scheduled time, spreading schedules that share a start time.',
  },
  // --- EventBridge delivery -------------------------------------------------------------------------------------
  {
    id: 'ex-eb-retry-policy',
    source: 'exam',
    topic: 'eventbridge-rules',
    text: 'EventBridge retries a failing target with backoff for up to 24 hours and 185 attempts by default (both can be lowered), then sends the event to the target’s SQS dead-letter queue or drops it.',
  },
  {
    id: 'ex-eb-archive-replay',
    source: 'exam',
    topic: 'eventbridge-buses',
    text: 'EventBridge can archive the events of a bus (all of them or those matching a pattern) and later replay a chosen time window of them onto the bus.',
  },
  {
    id: 'ex-eb-entry-size',
    source: 'exam',
    topic: 'eventbridge-buses',
    text: 'A PutEvents entry may be up to 1 MB since January 2026 (256 KB before); its size counts Source, DetailType, Detail and Resources, plus 14 bytes for Time, not the whole envelope.',
  },
  {
    id: 'ex-eb-input-transformer',
    source: 'exam',
    topic: 'eventbridge-rules',
    text: 'A target can receive the whole event, one part of it (InputPath), a constant, or a new payload built by an input transformer from values picked out of the event.',
  },
];
