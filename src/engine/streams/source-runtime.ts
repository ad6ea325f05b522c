import { base64 } from '../../catalog/services/sample';
import { KAFKA_ON_DEMAND_START_POLLERS, type SourceSpec } from './config';
import { StepSeries } from '../step-series';
import { Lane, Unit } from './log';
import { placeKey, Producer } from './producers';
import { Worker } from './worker';

/**
 * One stream or Kafka topic while the run is under way: its shards or partitions, the lanes its
 * mapping reads them through, the workers that run batches, and whether the mapping is reading.
 */
export class SourceRuntime {
  readonly units: Unit[] = [];
  readonly lanes: Lane[] = [];
  readonly workers: Worker[] = [];
  readonly producers: Producer[];
  /** Lanes per shard: ParallelizationFactor (1 for Kafka). */
  readonly lanesPerUnit: number;
  /** The mapping exists (created or refused); before that, records only accumulate. */
  created = false;
  /** The mapping was created enabled and its role can read the source. */
  active = false;
  /** Records that arrived before this time are left unread (starting position). */
  readFrom = -Infinity;
  /** Kafka: consumers reading now (workers 0 … consumers − 1), and scaling bookkeeping. */
  consumers = 0;
  minConsumers = 0;
  maxConsumers = 0;
  /** Consumers when the mapping starts reading. */
  startConsumers = 0;
  lastLag = 0;
  scaleScheduled = false;
  /** Kafka: a batch was throttled since the last scaling check. */
  throttledSinceCheck = false;
  readonly consumersSeries = new StepSeries();
  /** DynamoDB: the last item written under each key, for OLD_IMAGE. */
  readonly lastItem = new Map<string, unknown>();
  /** Each key's lane (shard × slot), hashed once. */
  private readonly laneOfKey = new Map<string, number>();
  /** Kafka: each key's base64 form, encoded once. */
  private readonly keys64 = new Map<string, string>();

  constructor(
    readonly spec: SourceSpec,
    seed: number,
    firstWorker: number,
  ) {
    const kafka = spec.family === 'kafka';
    this.lanesPerUnit = kafka ? 1 : spec.mapping.parallelization;
    spec.unitIds.forEach((id, u) => {
      const entity = `${kafka ? 'partition' : 'shard'}:${spec.name}/${id}`;
      const unit = new Unit(u, id, entity, this.lanes.length, spec.retentionMs);
      this.units.push(unit);
      for (let k = 0; k < this.lanesPerUnit; k++)
        this.lanes.push(new Lane(this.lanes.length, unit));
    });
    this.producers = spec.producers.map((p) => new Producer(p, spec.name, seed));
    if (kafka) {
      const pc = spec.mapping.provisioned;
      const partitions = spec.unitIds.length;
      this.maxConsumers = Math.min(partitions, pc ? pc.max : partitions);
      this.minConsumers = Math.min(this.maxConsumers, pc ? pc.min : 1);
      // On demand, Lambda starts with "a default number" of pollers it does not publish.
      this.startConsumers = pc
        ? this.minConsumers
        : Math.min(this.maxConsumers, KAFKA_ON_DEMAND_START_POLLERS);
      for (let c = 0; c < this.maxConsumers; c++)
        this.workers.push(new Worker(firstWorker + c, this, c));
    } else {
      // A worker per lane: one batch in flight per shard, or per slot with ParallelizationFactor.
      this.lanes.forEach((lane, i) => {
        const w = new Worker(firstWorker + i, this, i);
        w.lanes = [lane];
        this.workers.push(w);
      });
    }
  }

  /** The lane (and so the shard or partition) a key's records go to. */
  laneFor(key: string): Lane {
    let i = this.laneOfKey.get(key);
    if (i === undefined) {
      const [unit, slot] = placeKey(key, this.units.length, this.lanesPerUnit);
      this.laneOfKey.set(key, (i = this.units[unit]!.firstLane + slot));
    }
    return this.lanes[i]!;
  }

  /** A Kafka key as records carry it (base64), encoded once per key. */
  key64(key: string): string {
    let k = this.keys64.get(key);
    if (k === undefined) this.keys64.set(key, (k = base64(key)));
    return k;
  }

  get kafka(): boolean {
    return this.spec.family === 'kafka';
  }

  /** Kafka: partition p belongs to consumer p mod consumers — never two consumers on one. */
  assignPartitions(): void {
    for (const w of this.workers) w.lanes = [];
    if (this.consumers === 0) return;
    for (const lane of this.lanes) this.workers[lane.unit.index % this.consumers]!.lanes.push(lane);
  }

  /** The worker that reads a lane now. */
  ownerOf(lane: Lane): Worker | undefined {
    if (!this.kafka) return this.workers[lane.index];
    return this.consumers === 0 ? undefined : this.workers[lane.unit.index % this.consumers];
  }

  /** Records the mapping still has to handle, over all shards or partitions (Kafka: OffsetLag). */
  get lag(): number {
    let n = 0;
    for (const u of this.units) n += u.waiting;
    return n;
  }
}
