import type { Message } from '../sim';
import { QState, type QueueMessage } from './queue-message';

/** A batch is one synchronous invocation, so its event is held to Invoke's 6 MB payload limit. */
export const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

/** The messages one poller gathered, and then the invocation it made with them. */
export interface Batch {
  /** Numbers batches in the order they were opened. */
  readonly serial: number;
  readonly source: number;
  readonly records: QueueMessage[];
  /** The receive each record was taken with: the batch owns a record only while it is current. */
  readonly receipts: number[];
  /** When each record was received. */
  readonly receivedAt: number[];
  bytes: number;
  /** When the first record joined: the batching window and the visibility timeout start here. */
  openedAt: number;
  /** The invocation, once the batch closed. */
  msg: Message | null;
  /** Throttle retries so far. */
  throttleStep: number;
}

export function newBatch(serial: number, source: number): Batch {
  return {
    serial,
    source,
    records: [],
    receipts: [],
    receivedAt: [],
    bytes: 0,
    openedAt: -1,
    msg: null,
    throttleStep: 0,
  };
}

export function addRecord(b: Batch, qm: QueueMessage, now: number): void {
  if (b.records.length === 0) b.openedAt = now;
  b.records.push(qm);
  b.receipts.push(qm.receiveCount);
  b.receivedAt.push(now);
  b.bytes += qm.recordBytes;
}

/**
 * Does the batch still own record i? Not once it was finished, or received again by another batch
 * after its visibility timeout ran out while this invocation was still going.
 */
export function owns(b: Batch, i: number): boolean {
  const qm = b.records[i]!;
  return qm.state !== QState.Done && qm.receiveCount === b.receipts[i];
}
