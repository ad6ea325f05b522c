import type { Rule } from './rules';

const DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg';
const WITH_SQS = `${DOCS}/with-sqs.html`;
const SQS_ERRORS = `${DOCS}/services-sqs-errorhandling.html`;
const SQS_SCALING = `${DOCS}/services-sqs-scaling.html`;
const SQS_PARAMETERS = `${DOCS}/services-sqs-parameters.html`;
const WITH_MQ = `${DOCS}/with-mq.html`;
const ESM = `${DOCS}/invocation-eventsourcemapping.html`;
const FILTERING = `${DOCS}/invocation-eventfiltering.html`;

/** Event source mappings for queues: SQS (standard and FIFO) and Amazon MQ. */
export const QUEUE_RULES = [
  // --- the queue itself ---------------------------------------------------------------------------
  {
    id: 'sqs.send',
    title: 'Messages wait in the queue',
    statement:
      'A producer’s SendMessage stores the message in the queue, where it stays until a consumer receives it and deletes it, or until the retention period ends.',
    docUrl: WITH_SQS,
  },
  {
    id: 'sqs.delay',
    title: 'Delay queue',
    statement:
      'With DelaySeconds (0–900 s) on the queue, a new message stays hidden from every consumer for that long before it can be received.',
    docUrl: WITH_SQS,
  },
  {
    id: 'sqs.retention',
    title: 'Message retention period',
    statement:
      'SQS deletes a message that is still in the queue when its retention period ends (60 s to 14 days, default 4 days), whether or not it was ever processed.',
    docUrl: WITH_SQS,
    simDefault:
      'a message that is in flight when its retention ends is deleted when it would become visible again; a successful batch still deletes it first',
  },
  // --- the mapping --------------------------------------------------------------------------------
  {
    id: 'sqs.mapping',
    title: 'SQS event source mapping',
    statement:
      'Lambda’s pollers long-poll the queue, read messages in batches and invoke the function synchronously with them; the queue never pushes to the function.',
    docUrl: WITH_SQS,
    simDefault:
      'a waiting poller receives a message the moment it becomes visible; empty long polls (20 s each) are not shown',
  },
  {
    id: 'sqs.visibility-check',
    title: 'Visibility timeout versus function timeout',
    statement:
      'Creating an SQS mapping fails with InvalidParameterValueException when the queue’s visibility timeout is shorter than the function timeout; AWS advises at least 6 times the function timeout (plus the batching window).',
    docUrl: WITH_SQS,
  },
  {
    id: 'sqs.visibility-extended',
    title: 'Visibility covers the batching window',
    statement:
      'When the batching window plus the function timeout is longer than the queue’s visibility timeout, the messages a poller holds stay hidden for the window plus the function timeout plus 30 seconds.',
    docUrl: SQS_PARAMETERS,
  },
  {
    id: 'esm.disabled',
    title: 'A disabled mapping reads nothing',
    statement:
      'An event source mapping created with Enabled set to false keeps its settings but does not poll, so records wait in their source.',
    docUrl: ESM,
  },
  {
    id: 'esm.one-per-source',
    title: 'One mapping per source and function',
    statement:
      'A queue, stream or topic can have only one event source mapping to the same function; creating a second one fails with ResourceConflictException.',
    docUrl: `${DOCS}/API_CreateEventSourceMapping.html`,
  },
  {
    id: 'esm.function-dlq-ignored',
    title: 'Function DLQ and destinations do not apply to queue triggers',
    statement:
      'A mapping invokes the function synchronously, so the function’s dead-letter queue and asynchronous destinations are never used: failed SQS messages follow the queue’s redrive policy, and MQ messages the broker’s dead-letter queue.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.kms-decrypt',
    title: 'Encrypted queues need kms:Decrypt',
    statement:
      'For a queue encrypted with a KMS key, the execution role also needs kms:Decrypt; without it the mapping is created but every poll fails, it reports a PROBLEM, and messages wait until they expire.',
    docUrl: WITH_SQS,
  },
  // --- receiving and batching ---------------------------------------------------------------------
  {
    id: 'sqs.visibility-timeout',
    title: 'In-flight messages are hidden',
    statement:
      'A received message stays in the queue but is hidden from other consumers for the visibility timeout (0 s to 12 h, default 30 s); each receive adds one to its ApproximateReceiveCount.',
    docUrl: WITH_SQS,
  },
  {
    id: 'sqs.returned',
    title: 'Back after the visibility timeout',
    statement:
      'A message that was received but not deleted becomes visible again when its visibility timeout ends, and the next receive counts one more.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.batch-size',
    title: 'Batch size',
    statement:
      'A poller invokes the function with up to BatchSize messages (default 10; 1–10,000 for standard queues, 1–10 for FIFO); more than 10 needs a batching window of at least 1 second.',
    docUrl: WITH_SQS,
  },
  {
    id: 'sqs.batching-window',
    title: 'Batching window',
    statement:
      'With MaximumBatchingWindowInSeconds (0–300 s, standard queues only) a poller keeps gathering messages and invokes when the window ends, the batch is full or the payload would pass 6 MB.',
    docUrl: WITH_SQS,
    simDefault:
      'the window starts when the first message joins the batch; messages fill one open batch at a time',
  },
  {
    id: 'esm.payload-limit',
    title: '6 MB per batch',
    statement:
      'A batch is a synchronous invocation, so its event cannot exceed 6 MB; record metadata counts toward it, and a message that would pass the limit waits for the next batch.',
    docUrl: WITH_SQS,
    simDefault: 'each record counts its body plus 500 bytes of metadata',
  },
  // --- results ------------------------------------------------------------------------------------
  {
    id: 'sqs.delete-on-success',
    title: 'Deleted after success',
    statement:
      'When the function returns successfully, the poller deletes the batch’s messages from the queue.',
    docUrl: WITH_SQS,
  },
  {
    id: 'sqs.batch-failure',
    title: 'A failed batch fails as a whole',
    statement:
      'When the invocation fails (error, crash or timeout), no message of the batch is deleted: all of them, including those the code handled, become visible again after the visibility timeout.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.partial-batch',
    title: 'ReportBatchItemFailures',
    statement:
      'With FunctionResponseTypes ReportBatchItemFailures the function returns the messageIds that failed in batchItemFailures; only those return to the queue and the rest are deleted. An exception still fails the whole batch.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.partial-batch-malformed',
    title: 'A malformed partial batch response fails the whole batch',
    statement:
      'When the batchItemFailures response cannot be used (invalid JSON, a wrong key, a null or empty itemIdentifier, or an id that is not in the batch), Lambda treats the whole batch as failed: every message returns to the queue.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.partial-batch-empty',
    title: 'An empty partial batch response is complete success',
    statement:
      'An empty batchItemFailures list, a null list or an empty response tells Lambda that every message succeeded: the whole batch is deleted, including messages the function could not process.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.partial-batch-fifo',
    title: 'Partial batches on FIFO queues',
    statement:
      'On a FIFO queue the function stops at the first failed message and reports it together with every message after it, so order within each message group is kept.',
    docUrl: SQS_ERRORS,
  },
  {
    id: 'sqs.partial-batch-fifo-group',
    title: 'Partial batches on FIFO queues, group by group',
    statement:
      'A FIFO handler may instead stop only the message group that failed: it reports the failed message and the later messages of the same group, and goes on with the other groups of the batch, whose messages are deleted. Each group still keeps its order.',
    docUrl: SQS_ERRORS,
    simDefault:
      'the handler stops the whole batch (fifoFailureScope "batch", the guide’s advice) unless the scenario sets "group"',
  },
  {
    id: 'sqs.redrive',
    title: 'Redrive to the queue’s dead-letter queue',
    statement:
      'The source queue’s redrive policy moves a message to its dead-letter queue once it has been received maxReceiveCount times (1–1,000; 5 or more recommended) without being deleted. A FIFO queue needs a FIFO dead-letter queue.',
    docUrl: SQS_ERRORS,
    simDefault: 'the message moves when its last visibility timeout ends',
  },
  {
    id: 'sqs.throttle',
    title: 'Throttled batches stay hidden',
    statement:
      'When Lambda throttles a batch, the poller retries it with backoff while its messages are still hidden; once the visibility timeout passes they return to the queue with a higher receive count.',
    docUrl: SQS_SCALING,
    simDefault:
      'retries after 1, 2, 4 … s, only while the next retry falls inside the visibility timeout',
  },
  // --- scaling ------------------------------------------------------------------------------------
  {
    id: 'sqs.scaling',
    title: 'Poller scaling',
    statement:
      'A standard-queue mapping starts with 5 concurrent batches and, while messages keep waiting, adds up to 300 more each minute, to at most 1,000 per mapping (function and account limits still apply).',
    docUrl: SQS_SCALING,
    old: 'Before November 2023 a mapping added up to 60 concurrent batches per minute.',
    simDefault: 'no growth in a minute in which a batch was throttled',
  },
  {
    id: 'sqs.scale-down',
    title: 'Fewer pollers after errors or when quiet',
    statement:
      'Lambda reduces a mapping’s concurrency when invocations fail and goes back to its starting level when the queue is quiet; failures reported through ReportBatchItemFailures do not count.',
    docUrl: SQS_SCALING,
    simDefault:
      'a failed invocation halves the concurrent batches (never below 5); an empty queue with nothing in flight returns to 5',
  },
  {
    id: 'sqs.maximum-concurrency',
    title: 'MaximumConcurrency',
    statement:
      'ScalingConfig.MaximumConcurrency (2–1,000) caps how many batches one SQS mapping runs at once, without reserving concurrency for the function.',
    docUrl: SQS_SCALING,
  },
  {
    id: 'sqs.provisioned-mode',
    title: 'Provisioned mode for an SQS mapping',
    statement:
      'With ProvisionedPollerConfig an SQS mapping keeps MinimumPollers (2–200, default 2) event pollers ready, each running up to 10 concurrent invocations (about 1 MB/s), and may grow to MaximumPollers (up to 2,000, default 200); it cannot be combined with ScalingConfig.MaximumConcurrency, and CreateEventSourceMapping refuses both together.',
    docUrl: SQS_SCALING,
    old: 'Before November 2025 an SQS mapping had only the standard (on-demand) scaling: 5 concurrent batches, then up to 300 more a minute.',
    simDefault:
      'each poller counts as 10 concurrent batches; the 1 MB/s per poller is not a limit here (batches are far smaller); after a failed invocation the concurrency halves, never below the minimum pollers; MaximumPollers is capped at 2,000, the range the scaling page gives (AWS’s newer API text allows 10,000)',
  },
  {
    id: 'sqs.provisioned-scaling',
    title: 'Provisioned pollers scale faster and further',
    statement:
      'In provisioned mode a mapping with messages waiting adds up to 1,000 concurrency a minute (100 pollers), up to its MaximumPollers and at most 20,000 concurrent invocations; when the queue is quiet it goes back to its minimum pollers.',
    docUrl: SQS_SCALING,
    simDefault: 'the first step comes after one minute of backlog, like standard scaling',
  },
  {
    id: 'sqs.fifo-order',
    title: 'FIFO: order within a message group',
    statement:
      'A FIFO queue hands out a message group’s messages in order and not at all while a batch from that group is in flight or waiting to return, so concurrent batches never exceed the number of active groups.',
    docUrl: WITH_SQS,
    simDefault:
      'a batch takes whole runs of one group, then the group whose oldest message is oldest',
  },
  // --- filtering ----------------------------------------------------------------------------------
  {
    id: 'esm.filter-syntax',
    title: 'What a mapping filter may say',
    statement:
      'A mapping takes up to 5 filters (10 after a quota increase), each using only null, empty, equals, and, or, anything-but with values, numeric, exists and prefix; a pattern with another operator (suffix, wildcard, cidr, equals-ignore-case, anything-but prefix/suffix/wildcard) is refused when the mapping is created.',
    docUrl: FILTERING,
  },
  {
    id: 'esm.filter-sqs',
    title: 'Filtered SQS messages are deleted',
    statement:
      'A mapping’s filters (ORed; each an EventBridge pattern on the record, with the message under body) are applied before batching; a message no filter matches is deleted from the queue without invoking the function.',
    docUrl: FILTERING,
  },
  {
    id: 'esm.filter-mq',
    title: 'Filtered MQ messages are acknowledged',
    statement:
      'On an Amazon MQ mapping the filters apply to each message with its content under data; a message no filter matches is acknowledged to the broker and never reaches the function.',
    docUrl: FILTERING,
  },
  // --- Amazon MQ ----------------------------------------------------------------------------------
  {
    id: 'mq.mapping',
    title: 'Amazon MQ event source mapping',
    statement:
      'Lambda consumes one queue of an ActiveMQ or RabbitMQ broker and invokes the function synchronously with batches: 100 messages by default (up to 10,000), gathered for 500 ms unless another window (0–300 s) is set.',
    docUrl: WITH_MQ,
  },
  {
    id: 'mq.concurrency',
    title: 'Amazon MQ concurrency',
    statement:
      'An Amazon MQ mapping runs at most 5 concurrent execution environments for ActiveMQ and 1 for RabbitMQ, whatever the function’s reserved or provisioned concurrency.',
    docUrl: WITH_MQ,
  },
  {
    id: 'mq.timeout-limit',
    title: 'MQ needs a timeout of 14 minutes or less',
    statement:
      'A function read by an Amazon MQ mapping must have a timeout of at most 14 minutes; otherwise the mapping is not created.',
    docUrl: ESM,
  },
  {
    id: 'mq.ack',
    title: 'Acknowledged after success',
    statement:
      'When the function succeeds, Lambda acknowledges the batch’s messages to the broker.',
    docUrl: WITH_MQ,
  },
  {
    id: 'mq.redelivery',
    title: 'The broker redelivers a failed batch',
    statement:
      'When the invocation fails, Lambda gives the whole batch back and the broker redelivers it under its redelivery policy, which Lambda does not let you change; Lambda has no retry settings of its own for MQ.',
    docUrl: WITH_MQ,
    old: 'Earlier pages, and most exam material, gave ActiveMQ’s limit as 5 redeliveries; the current page says 6 (a scenario may still choose 5).',
    simDefault: 'redeliveries 1 s apart',
  },
  {
    id: 'mq.broker-dlq',
    title: 'The broker’s dead-letter queue',
    statement:
      'After the last redelivery fails the broker moves the message to its own dead-letter queue (ActiveMQ.DLQ by default, or a RabbitMQ dead-letter exchange; without one RabbitMQ drops it); Lambda offers no on-failure destination for MQ.',
    docUrl: WITH_MQ,
  },
  {
    id: 'mq.throttle',
    title: 'Throttled MQ batches are retried',
    statement:
      'When Lambda throttles an MQ batch the consumer holds the messages and retries the batch later; nothing is redelivered and no redelivery is counted.',
    docUrl: ESM,
    simDefault: 'retries after 1, 2, 4 … s, at most 300 s apart',
  },
] as const satisfies readonly Rule[];
