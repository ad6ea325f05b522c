import type { Series } from '../types';

/** Trace kinds, fates and detail fields of the queue pollers (SQS standard and FIFO, Amazon MQ). */
export type QueueTraceKind =
  | 'queue.mapping-created' // CreateEventSourceMapping succeeded (detail.mappingState, advice)
  | 'queue.mapping-rejected' // CreateEventSourceMapping failed (detail.errorCode, errorMessage)
  | 'queue.function-dlq-ignored' // the function's DLQ / destination does not apply to this trigger
  | 'queue.sent' // a producer sent a message to the queue (SendMessage)
  | 'queue.delay-ended' // a delayed message became visible
  | 'queue.received' // a poller received the message (detail.receiveCount)
  | 'queue.filtered' // no filter matched: deleted (SQS) or acknowledged (MQ) unseen
  | 'queue.batch' // a batch closed and goes to the function (msg = the batch)
  | 'queue.deleted' // the batch's messages were deleted (SQS) or acknowledged (MQ)
  | 'queue.batch-failed' // the invocation failed: the whole batch will come back
  | 'queue.partial-failure' // ReportBatchItemFailures named some messages (detail.failedRecords)
  | 'queue.throttle-retry' // the batch was throttled and will be tried again (detail.delayMs)
  | 'queue.throttle-gave-up' // no retry fits before the messages return
  | 'queue.returned' // visible again: visibility timeout over (SQS) or redelivery (MQ)
  | 'queue.redriven' // moved to the dead-letter queue (SQS redrive policy, broker DLQ)
  | 'queue.expired' // the retention period ended while the message was still in the queue
  | 'queue.scaled' // the mapping's concurrent batches changed (detail.pollers)
  | 'queue.poll-failed'; // polling fails (the role may not decrypt the queue): PROBLEM

export type QueueFateKind =
  | 'processed' // a message: the function handled it, then it was deleted / acknowledged
  | 'filtered' // a message: no filter matched, deleted / acknowledged without an invocation
  | 'redriven' // a message: moved to its queue's or broker's dead-letter queue
  | 'batch-succeeded' // a batch: the invocation succeeded and every message was deleted
  | 'batch-partial' // a batch: it succeeded but reported some messages as failed
  | 'batch-failed' // a batch: the invocation failed, every message comes back
  | 'batch-throttled'; // a batch: throttled until no retry fitted, never ran

export type BatchCloseReason = 'full' | 'payload' | 'window' | 'receive';

export interface QueueDetail {
  /** The SQS queue or the broker's queue the event is about. */
  queue?: string;
  sourceKind?: 'sqs' | 'mq';
  /** Receives so far (ApproximateReceiveCount), or deliveries so far on a broker. */
  receiveCount?: number;
  /** The redrive policy's maxReceiveCount, or the broker's deliveries allowed (1 + redeliveries). */
  maxReceiveCount?: number;
  messageGroupId?: string;
  /** Message ids in a batch, in the order the function receives them. */
  records?: readonly number[];
  /** How many messages (records of a batch, messages deleted, returned …). */
  count?: number;
  batchSize?: number;
  closedBy?: BatchCloseReason;
  windowMs?: number;
  /** The visibility timeout a received message stays hidden for (with the window extension). */
  visibilityTimeoutMs?: number;
  /** When the messages of a failed or abandoned batch become visible again. */
  returnsAtMs?: number;
  /** Message ids the function reported in batchItemFailures. */
  failedRecords?: readonly number[];
  pollers?: number;
  previousPollers?: number;
  /** Provisioned mode: event pollers now (10 concurrent invokes each), and the configured range. */
  eventPollers?: number;
  minimumPollers?: number;
  maximumPollers?: number;
  scaleReason?: 'backlog' | 'function-error' | 'idle';
  mappingState?: 'Enabled' | 'Disabled';
  /** AWS's advice the configuration misses (visibility at least 6 × the function timeout). */
  advice?: string;
  lastProcessingResult?: string;
  deadLetterQueue?: string;
  retentionMs?: number;
  filterCount?: number;
  reportBatchItemFailures?: boolean;
}

/** Depth and pollers of one queue over time, for charts. */
export interface QueueRun {
  readonly name: string;
  readonly kind: 'sqs' | 'mq';
  readonly fifo: boolean;
  readonly series: {
    /** Messages that a poller could receive now. */
    readonly visible: Series;
    /** Received and not yet deleted, returned or moved (hidden for SQS, unacknowledged for MQ). */
    readonly inFlight: Series;
    /** Sent but still inside the queue's delay (DelaySeconds). */
    readonly delayed: Series;
    /** Concurrent batches the mapping may run (its scaling level). */
    readonly pollers: Series;
    /** Batches being gathered or invoked. */
    readonly batches: Series;
    /** Provisioned mode: the event pollers running (empty otherwise). */
    readonly eventPollers: Series;
  };
}
