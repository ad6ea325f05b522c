import type { Batch } from './batch';
import type { QueueRun } from './kinds';
import type { Producer } from './producers';
import type { QueueMessage } from './queue-message';
import type { QueueSeries } from './queue-series';

/** What a queue asks of the pollers that read it. */
export interface SourceHost {
  /** Something a poller could receive may have appeared: look once the current instant is done. */
  wantPoll(source: number): void;
  /** The queue has a deadline at t (delay, visibility, retention, redelivery). */
  wakeAt(source: number, t: number): void;
}

/**
 * A queue a mapping reads: an SQS queue (standard or FIFO) or an Amazon MQ broker's queue. It
 * keeps its messages and their fates; the pollers decide when to receive and how to batch.
 */
export interface QueueSource {
  readonly index: number;
  readonly kind: 'sqs' | 'mq';
  readonly name: string;
  /** Trace entities: the queue, and the mapping's pollers. */
  readonly entity: string;
  readonly mappingEntity: string;
  readonly fifo: boolean;
  /** Depth and pollers over time; the pollers write `pollers` and `batches`. */
  readonly series: QueueSeries;
  /** When the queue's next deadline falls (Infinity when none). */
  readonly nextWakeAt: number;
  send(p: Producer): void;
  /** Could a poller receive a message now? */
  hasReceivable(): boolean;
  /** Nothing visible, delayed or in flight. */
  isQuiet(): boolean;
  /** The message batch `b` would receive next, without receiving it. */
  peek(b: Batch): QueueMessage | undefined;
  receive(qm: QueueMessage): void;
  /** The record as the mapping's filters see it (the body parsed). */
  filterRecord(qm: QueueMessage): unknown;
  /** The event the function receives for a batch. */
  eventFor(b: Batch): unknown;
  /** The function handled it: delete (SQS) or acknowledge (MQ). */
  processed(qm: QueueMessage): void;
  /** No filter matched: delete (SQS) or acknowledge (MQ) without invoking. */
  filtered(qm: QueueMessage): void;
  /** Its invocation failed, or the function reported it as failed. */
  failed(qm: QueueMessage): void;
  /** Deadlines due now. */
  wake(): void;
  /** Until when a throttled batch may be retried before its messages return. */
  throttleDeadline(b: Batch): number;
  run(): QueueRun;
}
