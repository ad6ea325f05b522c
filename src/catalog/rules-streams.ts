import type { Rule } from './rules';

const DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg';

/** Event source mappings for ordered logs: Kinesis, DynamoDB Streams and Kafka (MSK, self-managed). */
export const STREAM_RULES = [
  // --- the log and the mapping ------------------------------------------------------------------
  {
    id: 'stream.shard-order',
    title: 'Records keep their order within a shard',
    statement:
      'A Kinesis or DynamoDB stream is split into shards; the partition key (the item key for DynamoDB) decides the shard, and each shard keeps its records in the order they were written, numbered by growing sequence numbers.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault:
      'keys are spread over shards by a 32-bit hash of the key (AWS uses MD5 hash-key ranges); sequence numbers count up per shard',
  },
  {
    id: 'stream.kafka-partition',
    title: 'Kafka keeps order per partition',
    statement:
      'A Kafka topic is split into partitions; a record’s key decides its partition, and Lambda delivers the records of a partition in offset order.',
    docUrl: `${DOCS}/with-msk-process.html`,
    simDefault: 'keys are spread over partitions by a 32-bit hash of the key',
  },
  {
    id: 'stream.starting-position',
    title: 'Starting position',
    statement:
      'A stream mapping must say where to start: TRIM_HORIZON reads the oldest records still kept, LATEST only records written after the mapping exists, AT_TIMESTAMP records from a given time on (Kinesis, and Kafka on newer APIs). Records it skips stay in the stream until retention removes them.',
    docUrl: `${DOCS}/services-kinesis-parameters.html`,
  },
  {
    id: 'stream.retention',
    title: 'Records leave the stream at the end of retention',
    statement:
      'A Kinesis stream keeps records 24 hours by default (up to 365 days); a DynamoDB stream keeps them 24 hours. A record not processed by then is gone, and a batch still failing on it can no longer be retried.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault:
      'a Kafka topic keeps records 168 h (Kafka’s own default) unless the scenario sets retentionHours',
  },
  {
    id: 'stream.filter',
    title: 'Filtered stream records are skipped',
    statement:
      'With FilterCriteria (patterns ORed; the fields inside one pattern ANDed) Lambda tests each record as it reads it: Kinesis bodies under `data`, DynamoDB changes under `dynamodb`. A record that matches no pattern never reaches the function and is not retried; the mapping moves past it.',
    docUrl: `${DOCS}/invocation-eventfiltering.html`,
  },
  {
    id: 'stream.kafka-filter',
    title: 'Filtered Kafka records are committed',
    statement:
      'Kafka records are filtered on their `value` (and metadata); one that matches no pattern never reaches the function, and its offset is committed along with the others.',
    docUrl: `${DOCS}/invocation-eventfiltering.html`,
  },
  // --- reading batches --------------------------------------------------------------------------
  {
    id: 'stream.kinesis-polling',
    title: 'Kinesis shards are polled about once a second',
    statement:
      'With a standard iterator Lambda reads each shard about once per second, one batch per shard at a time, sharing the shard’s read throughput with other consumers. A batch holds up to BatchSize records (default 100, max 10,000) and at most 6 MB.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault: 'a read every 1,000 ms per shard, on a beat counted from the mapping’s creation',
  },
  {
    id: 'stream.dynamodb-polling',
    title: 'DynamoDB streams are polled four times a second',
    statement:
      'Lambda reads each DynamoDB stream shard about four times a second and sends one batch per shard at a time (BatchSize default 100).',
    docUrl: `${DOCS}/with-ddb.html`,
    simDefault: 'a read every 250 ms per shard',
  },
  {
    id: 'stream.enhanced-fan-out',
    title: 'Enhanced fan-out pushes records',
    statement:
      'A registered stream consumer (enhanced fan-out) gets its own 2 MB/s per shard, and Kinesis pushes records to it over HTTP/2 instead of waiting to be polled, so batches start sooner.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault:
      'pushed records are sent as soon as the shard’s previous batch is done (no 1 s wait)',
  },
  {
    id: 'stream.batching-window',
    title: 'Batching window',
    statement:
      'MaximumBatchingWindowInSeconds (0–300) lets the poller gather records before invoking: it sends when the window ends or the batch is full; the next window starts when the previous invocation finishes.',
    docUrl: `${DOCS}/invocation-eventsourcemapping.html`,
  },
  {
    id: 'stream.parallelization',
    title: 'ParallelizationFactor',
    statement:
      'ParallelizationFactor (1–10) lets a shard run that many batches at once; records with the same partition key still go one batch at a time, in order. The mapping’s concurrency is at most shards × factor.',
    docUrl: `${DOCS}/services-kinesis-parameters.html`,
  },
  {
    id: 'stream.kafka-batching',
    title: 'Kafka batches and the 500 ms window',
    statement:
      'A Kafka consumer sends records from its partitions in batches (BatchSize default 100, max 10,000); by default it waits up to 500 ms to fill a batch. One batch may hold several partitions, keyed "topic-partition".',
    docUrl: `${DOCS}/with-msk-process.html`,
  },
  {
    id: 'stream.tumbling-window',
    title: 'Tumbling windows carry state',
    statement:
      'With TumblingWindowInSeconds (up to 900) records are grouped into fixed windows per shard; batches never mix windows, the state the function returns is passed to its next call in the same window, and a last call marked isFinalInvokeForWindow receives the final state.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault:
      'windows follow the UTC clock; the state is a count of the window’s records; the final call comes when the window has ended and its records are done; with ParallelizationFactor > 1 each slot of a shard keeps its own window',
  },
  // --- success and failure ----------------------------------------------------------------------
  {
    id: 'stream.checkpoint',
    title: 'Checkpoint after a whole batch succeeds',
    statement:
      'When the function handles a batch without error, Lambda checkpoints the shard past the batch’s last sequence number and reads on; any error makes the whole batch a failure.',
    docUrl: `${DOCS}/with-kinesis.html`,
  },
  {
    id: 'stream.kafka-commit',
    title: 'Kafka offsets committed after each good batch',
    statement:
      'After a batch succeeds, Lambda commits the consumer group’s offsets past it, partition by partition; a failed batch commits nothing.',
    docUrl: `${DOCS}/with-msk-process.html`,
  },
  {
    id: 'stream.retry-until-expiry',
    title: 'A failing batch blocks its shard',
    statement:
      'By default (MaximumRetryAttempts -1) a batch that fails is retried until it succeeds or its records expire; meanwhile that shard makes no progress while the others carry on, and its iterator age keeps growing.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault: 'retry 1 s after a failure, doubling while it keeps failing, at most once a minute',
  },
  {
    id: 'stream.kafka-retry',
    title: 'A failing Kafka batch blocks its partitions',
    statement:
      'Outside provisioned mode a Kafka batch that fails is retried whole until it succeeds or its records age out of the topic; its partitions make no progress meanwhile.',
    docUrl: `${DOCS}/with-msk-process.html`,
    simDefault: 'retry 1 s after a failure, doubling while it keeps failing, at most once a minute',
  },
  {
    id: 'stream.throttle-retry',
    title: 'Throttled batches wait without using retries',
    statement:
      'When Lambda cannot invoke the function for a batch (throttle, service error), it keeps retrying until the records expire or exceed MaximumRecordAgeInSeconds; these tries are not counted as retry attempts.',
    docUrl: `${DOCS}/scaling-behavior.html`,
    simDefault: 'retry 1 s later, doubling while it keeps failing, at most once a minute',
  },
  {
    id: 'stream.max-retry-attempts',
    title: 'MaximumRetryAttempts',
    statement:
      'MaximumRetryAttempts (-1 for no limit, or 0–10,000) caps how often a failed batch is retried; after the last retry Lambda gives up on it (condition RetryAttemptsExhausted) and the shard moves on.',
    docUrl: `${DOCS}/services-kinesis-parameters.html`,
  },
  {
    id: 'stream.max-record-age',
    title: 'MaximumRecordAgeInSeconds',
    statement:
      'MaximumRecordAgeInSeconds (-1 for no limit, or 60–604,800) is the oldest a record may be when sent; an older batch is given up (condition RecordAgeExceeded) instead of being tried again.',
    docUrl: `${DOCS}/services-kinesis-parameters.html`,
  },
  {
    id: 'stream.bisect',
    title: 'BisectBatchOnFunctionError',
    statement:
      'With BisectBatchOnFunctionError a batch that fails is split into two halves that are tried one after the other, narrowing down a bad record; splitting does not use up a retry attempt.',
    docUrl: `${DOCS}/services-kinesis-parameters.html`,
    simDefault:
      'a half keeps the retries its batch had used; a single record is retried, never split',
  },
  {
    id: 'stream.partial-batch',
    title: 'ReportBatchItemFailures',
    statement:
      'With ReportBatchItemFailures the function returns the identifiers of records it failed (Kinesis and DynamoDB: sequence numbers); Lambda checkpoints before the lowest one and retries from there, counting a retry, and bisects from there when bisecting is on.',
    docUrl: `${DOCS}/with-kinesis.html`,
    simDefault:
      'the function reports every record its errorWhen predicates name; Kafka identifiers read "topic-partition@offset"',
  },
  {
    id: 'stream.partial-batch-malformed',
    title: 'A malformed partial batch response fails the whole batch',
    statement:
      'When a stream handler’s batchItemFailures has an itemIdentifier that is null or an empty string, or uses the wrong key, Lambda treats the whole batch as failed and retries it as its retry settings say (retry attempts, record age, bisecting).',
    docUrl: `${DOCS}/services-kinesis-batchfailurereporting.html`,
    simDefault:
      'a response that is not JSON, or that names a record not in the batch, fails the whole batch too, as the SQS page states (the stream pages list only the three shapes above)',
  },
  {
    id: 'stream.partial-batch-empty',
    title: 'An empty partial batch response is complete success',
    statement:
      'An empty or null batchItemFailures list, or an empty or null response, tells Lambda that the whole batch succeeded: it checkpoints past every record, including records the function could not process.',
    docUrl: `${DOCS}/services-kinesis-batchfailurereporting.html`,
  },
  {
    id: 'stream.skip',
    title: 'Given up: the batch is skipped',
    statement:
      'When Lambda gives up on a batch it skips its records and goes on with the rest of the shard; with no on-failure destination nothing records them.',
    docUrl: `${DOCS}/with-kinesis.html`,
  },
  {
    id: 'stream.on-failure-destination',
    title: 'What the on-failure destination gets',
    statement:
      'A stream or Kafka mapping can send a batch it gave up on to an SQS queue, SNS topic or S3 bucket. SQS and SNS receive only where the records are (shard, sequence range, arrival times; Kafka: topic-partitions and offsets), so the records must be read again before retention ends; an S3 bucket receives the whole invocation record, the records themselves with that metadata (the role needs s3:PutObject and s3:ListBucket). A Kafka mapping can also use a Kafka topic, which receives the records.',
    docUrl: `${DOCS}/kinesis-on-failure-destination.html`,
    old: 'Before late 2024 the destination could be an SQS queue or SNS topic only (metadata only).',
  },
  // --- Kafka ------------------------------------------------------------------------------------
  {
    id: 'stream.kafka-scaling',
    title: 'Kafka consumers follow the offset lag',
    statement:
      'A Kafka mapping in on-demand mode starts with a default number of consumers (event pollers); Lambda checks the offset lag every minute and adds or removes consumers, never more than one per partition, and scales them down when the function throttles.',
    docUrl: `${DOCS}/kafka-scaling-modes.html`,
    old: 'Older pages said a Kafka mapping starts with one consumer.',
    simDefault:
      'on-demand mode starts with 2 consumers (1 for a one-partition topic); each minute, one more consumer while the lag is not shrinking, one fewer (down to 1) once it is zero or after a throttled batch (it finishes its batch first); changes apply at once; in provisioned mode the count starts at MinimumPollers and stays within MaximumPollers',
  },
  {
    id: 'stream.kafka-error-handling',
    title: 'Kafka error handling in provisioned mode',
    statement:
      'In provisioned mode a Kafka mapping accepts MaximumRetryAttempts, MaximumRecordAgeInSeconds, BisectBatchOnFunctionError, ReportBatchItemFailures and an on-failure destination (SQS, SNS, S3 or a Kafka topic); with unlimited retries and a destination, Lambda stops after 10 retries.',
    docUrl: `${DOCS}/kafka-retry-configurations.html`,
  },
  {
    id: 'stream.kafka-on-demand-destination',
    title: 'Kafka on-failure destination without provisioned mode',
    statement:
      'An MSK or self-managed Kafka mapping may send failed batches to an SQS, SNS or S3 on-failure destination in on-demand mode too; the retry controls (MaximumRetryAttempts, MaximumRecordAgeInSeconds, BisectBatchOnFunctionError, ReportBatchItemFailures) and a Kafka-topic destination still need provisioned mode. On-demand mode retries without limit, and AWS does not say when it gives up: the simulator stops after 10 retries, as provisioned mode does with unlimited retries and a destination.',
    docUrl: `${DOCS}/kafka-on-failure.html`,
    simDefault:
      'after 10 retries of a failing batch, the destination receives it and the partitions move on (see decision 011)',
  },
] as const satisfies readonly Rule[];
