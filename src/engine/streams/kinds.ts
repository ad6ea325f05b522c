import type { Series } from '../types';

/** Trace kinds, fates and detail fields of the stream pollers (Kinesis, DynamoDB Streams, Kafka). */
export type StreamTraceKind =
  | 'stream.mapping-created' // CreateEventSourceMapping succeeded (enabled or not)
  | 'stream.mapping-rejected' // CreateEventSourceMapping refused: the execution role lacks actions
  | 'stream.put' // a producer wrote a record to a shard or partition
  | 'stream.filtered' // a record matched no filter: skipped (Kafka: its offset is committed)
  | 'stream.batch' // the poller hands a batch (or a tumbling window's final call) to the function
  | 'stream.retry' // the same records will be tried again (detail.delayMs, detail.cause)
  | 'stream.bisect' // a failed batch is split in two halves
  | 'stream.partial' // the function reported batchItemFailures: checkpoint before the lowest
  | 'stream.checkpoint' // Kinesis/DynamoDB: the shard's checkpoint moves past the batch
  | 'stream.window' // tumbling window: state carried to the next call, or the window closes
  | 'stream.discarded' // Lambda gives up on a batch (retries used up or records too old)
  | 'stream.destination' // the on-failure destination receives the batch's metadata
  | 'stream.expired' // a record left the stream (retention) before it was processed
  | 'kafka.committed' // Kafka: the consumer group's offsets advance past the batch
  | 'kafka.scaled'; // Kafka: a consumer was added or removed after the offset-lag check

export type StreamFateKind =
  | 'checkpointed' // a record: part of a batch the function handled; the checkpoint moved past it
  | 'filtered-out' // a record: matched none of the mapping's filters, never sent to the function
  | 'bisected'; // a batch: split in two after a function error; its halves carry on

export type StreamFamily = 'kinesis' | 'dynamodb' | 'kafka';

/** Why Lambda gave up on a stream batch, as the on-failure record says. */
export type StreamCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded';

/** Where a batch's records came from, as the on-failure record describes it. */
export interface StreamBatchInfo {
  shardId: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  approximateArrivalOfFirstRecord: string;
  approximateArrivalOfLastRecord: string;
  batchSize: number;
  streamArn: string;
}

export interface KafkaBatchInfo {
  batchSize: number;
  eventSourceArn?: string;
  bootstrapServers: string;
  payloadSize: number;
  recordsInfo: Record<
    string,
    {
      firstRecordOffset: string;
      lastRecordOffset: string;
      firstRecordTimestamp: string;
      lastRecordTimestamp: string;
    }
  >;
}

/** What an event source mapping's on-failure destination receives: metadata, not the records. */
export interface StreamFailureRecord {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: StreamCondition;
    approximateInvokeCount: number;
  };
  responseContext: { statusCode: number; executedVersion: string; functionError?: 'Unhandled' };
  version: '1.0';
  timestamp: string;
  KinesisBatchInfo?: StreamBatchInfo;
  DDBStreamBatchInfo?: StreamBatchInfo;
  KafkaBatchInfo?: KafkaBatchInfo;
  /**
   * S3 destinations only: the invocation record itself, the batch event as the function received
   * it (its records), beside the metadata. SQS and SNS destinations get the metadata alone.
   */
  payload?: unknown;
}

export interface StreamDetail {
  family?: StreamFamily;
  /** The stream's name, or "cluster/topic". */
  streamName?: string;
  /** "shardId-000000000000", or "topic-0" for a Kafka partition. */
  unit?: string;
  sequenceNumber?: string;
  partitionKey?: string;
  batchSize?: number;
  /** Message ids of the records in a batch, in order. */
  records?: readonly number[];
  firstSequence?: string;
  lastSequence?: string;
  /** Age of the batch's last record when the batch is sent (CloudWatch IteratorAge). */
  iteratorAgeMs?: number;
  /** Records pushed over HTTP/2 (enhanced fan-out) rather than polled. */
  pushed?: boolean;
  /** ReportBatchItemFailures: the identifiers the function returned. */
  itemFailures?: readonly string[];
  /** The response's shape when Lambda could not use it or it reported nothing. */
  partialBatchResponse?: string;
  streamCondition?: StreamCondition;
  failureRecord?: StreamFailureRecord;
  /** Sizes of the two halves of a bisected batch. */
  halves?: readonly [number, number];
  windowStart?: string;
  windowEnd?: string;
  isFinalInvokeForWindow?: boolean;
  windowState?: Readonly<Record<string, number>>;
  consumers?: number;
  offsetLag?: number;
  /** Kafka: per "topic-partition", the next offset the consumer group will read. */
  offsets?: Readonly<Record<string, number>>;
  startingPosition?: string;
  enabled?: boolean;
  /** Records already in the source that the starting position leaves unread. */
  unread?: number;
  missingActions?: readonly string[];
}

/** One shard or partition over time. */
export interface StreamUnitSeries {
  /** "shardId-000000000000", or "topic-0". */
  readonly id: string;
  /** Age of the last record of each batch when it is sent (ms), set at every invocation. */
  readonly iteratorAgeMs: Series;
  /** Records in the shard or partition that have no fate yet (Kafka: the offset lag). */
  readonly waiting: Series;
}

export interface StreamSourceSeries {
  readonly family: StreamFamily;
  readonly name: string;
  readonly units: readonly StreamUnitSeries[];
  /** Kafka: consumers reading the topic. */
  readonly consumers?: Series;
}

/** Per-source step series of a run's stream and Kafka mappings. */
export interface StreamSeries {
  readonly sources: readonly StreamSourceSeries[];
}
