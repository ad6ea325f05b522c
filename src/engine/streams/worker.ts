import type { Message } from '../sim';
import type { Lane, Rec } from './log';
import type { SourceRuntime } from './source-runtime';

/** A tumbling window a worker is aggregating: [start, end) in simulated ms, and its state. */
export interface OpenWindow {
  readonly start: number;
  readonly end: number;
  count: number;
}

/** Records handed to the function together, and how many times they were retried. */
export interface Batch {
  readonly msg: Message;
  readonly recs: readonly Rec[];
  /** Message ids of the records, for the trace (one array per batch, shared by its attempts). */
  readonly ids: readonly number[];
  /** Function-error retries used (throttles and splits do not count). */
  retries: number;
  /** A tumbling window's last call: no records, state only. */
  readonly final: boolean;
  readonly tumbling: OpenWindow | null;
}

/** A half of a bisected batch waiting its turn; it becomes a Batch (and a message) when due. */
export interface PendingHalf {
  readonly recs: readonly Rec[];
  readonly retries: number;
  readonly invokeCount: number;
  readonly parent: number;
  readonly tumbling: OpenWindow | null;
}

/**
 * One batch at a time: a shard (or one ParallelizationFactor slot of it) for Kinesis and DynamoDB,
 * a consumer owning some partitions for Kafka. While its batch is in flight or waiting to be
 * retried, the records behind it wait: this is what blocks a shard.
 */
export class Worker {
  batch: Batch | null = null;
  inFlight = false;
  /** Halves of bisected batches, in the order they run. */
  halves: PendingHalf[] = [];
  /** The one valid wake-up: its token and time (-1: none scheduled). */
  token = 0;
  wakeAt = -1;
  /** When the current batching window opened (-1: none). */
  windowOpenedAt = -1;
  /** Failed attempts in a row: the retry delay backs off with it. */
  failures = 0;
  /** Lanes this worker reads (Kafka: reassigned when consumers are added or removed). */
  lanes: Lane[] = [];
  /** Lanes whose records this worker's batch or halves hold. */
  readonly holding: Lane[] = [];
  tumbling: OpenWindow | null = null;

  constructor(
    /** Index among every worker of the run (wake-up tasks carry it). */
    readonly index: number,
    readonly src: SourceRuntime,
    /** Index among its source's workers. */
    readonly slot: number,
  ) {}

  get idle(): boolean {
    return this.batch === null && !this.inFlight && this.halves.length === 0;
  }
}
