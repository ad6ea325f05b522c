import type { Message } from '../sim';
import type { FifoGroup } from './fifo-groups';
import type { Producer } from './producers';

/** Where a message is in its queue. */
export const QState = { Delayed: 0, Visible: 1, InFlight: 2, Done: 3 } as const;
export type QState = (typeof QState)[keyof typeof QState];

/** Bytes each record adds to a batch's payload besides its body (ids, attributes, ARNs …). */
export const RECORD_METADATA_BYTES = 500;

/**
 * A message in an SQS queue or a broker queue. Its `msg` carries the one fate; the rest is the
 * queue's view of it: state, receives, the current receipt and its FIFO group.
 */
export interface QueueMessage {
  readonly msg: Message;
  readonly producer: Producer;
  readonly sentAt: number;
  /** Order of sending within the queue (the FIFO SequenceNumber). */
  readonly seq: number;
  readonly group: FifoGroup | null;
  /** What the record adds to a batch's 6 MB payload. */
  readonly recordBytes: number;
  state: QState;
  /** Receives so far (ApproximateReceiveCount), or deliveries so far on a broker. */
  receiveCount: number;
  /** Token of the latest receive: a batch holding an older one no longer owns the message. */
  receipt: number;
  receivedAt: number;
  firstReceivedAt: number;
  /** The retention period ended while it was in flight: it expires instead of returning. */
  expireOnReturn: boolean;
  /** Its SQS MessageId (or broker message id), worked out the first time a record needs it. */
  messageId: string;
}

export function queueMessage(
  msg: Message,
  producer: Producer,
  sentAt: number,
  seq: number,
  group: FifoGroup | null,
  state: QState,
): QueueMessage {
  return {
    msg,
    producer,
    sentAt,
    seq,
    group,
    recordBytes: producer.sizeBytes + RECORD_METADATA_BYTES,
    state,
    receiveCount: 0,
    receipt: 0,
    receivedAt: -1,
    firstReceivedAt: -1,
    expireOnReturn: false,
    messageId: '',
  };
}
