import { StepSeries } from '../step-series';
import type { Message } from '../sim';

/** Where a record is in its life: waiting to be read, in a batch (held or in flight), or fated. */
export const RecState = { Waiting: 0, InBatch: 1, Done: 2 } as const;
export type RecState = (typeof RecState)[keyof typeof RecState];

/** One record of a shard or partition. Its message carries its one fate. */
export interface Rec {
  readonly msg: Message;
  readonly unit: Unit;
  readonly lane: Lane;
  /** Position in its lane's queue (set when the mapping can read it), or -1. */
  laneIdx: number;
  /** Sequence number (Kinesis, DynamoDB) or offset (Kafka), as text. */
  readonly sequenceNumber: string;
  readonly offset: number;
  readonly arrival: number;
  readonly bytes: number;
  /** The decoded body the function's poison predicates read. */
  readonly data: unknown;
  /** What the mapping's filters see (built once, only when there are filters). */
  readonly view: unknown;
  state: RecState;
  /** Counted in its unit's waiting series (it is the mapping's to read). */
  counted: boolean;
  /** The stream's retention passed while the record was in flight. */
  stale: boolean;
}

/**
 * A shard or partition: records in arrival order. Retention trims it from the front; a trim walks
 * only records that still have no fate, so a stream whose records are all processed costs nothing.
 */
export class Unit {
  readonly records: Rec[] = [];
  /** Index of the oldest record that retention has not reached yet. */
  trimIdx = 0;
  trimScheduled = false;
  /** Records of this unit the mapping still has to handle. */
  waiting = 0;
  nextSequence = 1;
  /** Index among every unit of the run (trim tasks carry it). */
  global = -1;
  readonly waitingSeries = new StepSeries();
  readonly iteratorAgeSeries = new StepSeries();

  constructor(
    readonly index: number,
    readonly id: string,
    /** The shard or partition in the trace: "shard:orders/shardId-…" or "partition:c/t/t-0". */
    readonly entity: string,
    /** Index of this unit's first lane in its source's lane list. */
    readonly firstLane: number,
    readonly retentionMs: number,
  ) {}
}

/**
 * An ordered queue a worker reads from: a whole shard, one ParallelizationFactor slot of a shard
 * (records of the same partition key always share a slot), or a Kafka partition.
 */
export class Lane {
  readonly queue: Rec[] = [];
  head = 0;
  /** Kafka: records before this index are committed (the consumer group's offset). */
  committedIdx = 0;
  /** The worker whose batch (or pending halves) holds records of this lane, or -1. */
  heldBy = -1;

  constructor(
    readonly index: number,
    readonly unit: Unit,
  ) {}

  /** Records not yet taken (fated ones included until the head passes them). */
  get queued(): number {
    return this.queue.length - this.head;
  }
}
