import type { RuleId } from '../../catalog/rules';
import type { Sampled } from '../behaviour';
import type { FunctionModel } from '../function-model';
import type { Invoker } from '../invoke';
import { Permissions } from '../permissions';
import { type Message, type Scheduled, type Sim, type Subsystem, TASK_BASE } from '../sim';
import { sourceSpecs } from './config';
import { rescale, scaleCheckDue, SCALE_CHECK_MS } from './kafka-scaling';
import type { StreamSeries } from './kinds';
import { type Rec, RecState, type Unit } from './log';
import { checkMapping } from './mapping-check';
import { Poller, WAKE_TASK, WORKER_SPACE } from './poller';
import { deliveredRecord, filterView, recordBytes, type RecordFacts } from './record-shapes';
import { SourceRuntime } from './source-runtime';
import type { Worker } from './worker';

const PRODUCE = TASK_BASE.streams; // n: producer (global index)
const TRIM = TASK_BASE.streams + 2; // n: unit (global index)
const SCALE = TASK_BASE.streams + 3; // n: source index
const CREATE = TASK_BASE.streams + 4; // n: source index

/**
 * Event source mappings for ordered logs: Kinesis data streams, DynamoDB streams and Kafka
 * topics. Producers write records into shards or partitions; each mapping is created at its time
 * (or refused for a missing role action), starts where its starting position says, and its
 * workers read batch after batch. Retention trims what nobody processed in time.
 */
export class StreamPollers implements Subsystem {
  private readonly sources: SourceRuntime[] = [];
  private readonly workers: Worker[] = [];
  private readonly units: Unit[] = [];
  private readonly producers: { src: SourceRuntime; index: number }[] = [];
  private readonly poller: Poller;
  private readonly permissions: Permissions;
  private readonly startEpochMs: number;

  /** Build the mappings of a scenario, or return null when it has none. */
  static create(sim: Sim, fn: FunctionModel, invoker: Invoker): StreamPollers | null {
    const s = sim.scenario;
    if ((s.streams?.length ?? 0) + (s.kafka?.length ?? 0) === 0) return null;
    return new StreamPollers(sim, fn, invoker);
  }

  private constructor(
    private readonly sim: Sim,
    fn: FunctionModel,
    invoker: Invoker,
  ) {
    this.poller = new Poller(sim, fn, invoker, this);
    this.permissions = new Permissions(sim.scenario.permissions);
    this.startEpochMs = Date.parse(sim.scenario.startTime);
    for (const spec of sourceSpecs(sim.scenario)) {
      const src = new SourceRuntime(spec, sim.scenario.seed, this.workers.length);
      this.sources.push(src);
      this.workers.push(...src.workers);
      for (const u of src.units) {
        u.global = this.units.length;
        this.units.push(u);
      }
      src.producers.forEach((_, i) => this.producers.push({ src, index: i }));
    }
    this.producers.forEach(({ src, index }, g) => {
      const t = src.producers[index]!.arrivals.next();
      if (t !== undefined) sim.schedule(t, PRODUCE, null, null, g);
    });
    for (const src of this.sources)
      sim.schedule(src.spec.mapping.createdAtMs, CREATE, null, null, src.spec.index);
  }

  handle(task: Scheduled): void {
    switch (task.task) {
      case PRODUCE:
        return this.produce(task.n);
      case WAKE_TASK: {
        const w = this.workers[task.n % WORKER_SPACE]!;
        return this.poller.wake(w, Math.floor(task.n / WORKER_SPACE));
      }
      case TRIM:
        return this.trim(this.units[task.n]!);
      case SCALE:
        return this.scale(this.sources[task.n]!);
      case CREATE:
        return this.createMapping(this.sources[task.n]!);
      default:
        throw new Error(`unknown stream task ${task.task}`);
    }
  }

  complete(msg: Message, outcome: Sampled): void {
    this.poller.complete(msg, outcome);
  }

  /** Per shard (partition): iterator age and records waiting; per Kafka topic: consumers. */
  series(): StreamSeries {
    return {
      sources: this.sources.map((src) => ({
        family: src.spec.family,
        name: src.spec.name,
        units: src.units.map((u) => ({
          id: u.id,
          iteratorAgeMs: u.iteratorAgeSeries,
          waiting: u.waitingSeries,
        })),
        ...(src.kafka ? { consumers: src.consumersSeries } : {}),
      })),
    };
  }

  // --- producers --------------------------------------------------------------------------------

  private produce(g: number): void {
    const sim = this.sim;
    const { src, index } = this.producers[g]!;
    const producer = src.producers[index]!;
    const spec = src.spec;
    const write = producer.next();
    const lane = src.laneFor(write.key);
    const unit = lane.unit;
    const u = unit.index;
    const n = unit.nextSequence++;
    let oldItem: unknown;
    if (spec.family === 'dynamodb') {
      oldItem = src.lastItem.get(write.key);
      if (write.eventName === 'REMOVE') src.lastItem.delete(write.key);
      else src.lastItem.set(write.key, write.payload.value);
    }
    const facts: RecordFacts = {
      unitId: unit.id,
      sequenceNumber: sequenceText(spec.family, u, n),
      offset: n - 1,
      partition: u,
      key: write.key,
      key64: spec.family === 'kafka' ? src.key64(write.key) : '',
      keyAttr: write.keyAttr,
      keyValue: write.keyValue,
      arrivalEpochMs: this.startEpochMs + sim.now,
      payload: write.payload,
      eventName: write.eventName,
      oldItem,
    };
    const delivered = deliveredRecord(spec, facts);
    const msg = sim.newMessageFrom(producer.entity, -1, 'poll', '', delivered, -1, -1);
    const rec: Rec = {
      msg,
      unit,
      lane,
      laneIdx: -1,
      sequenceNumber: facts.sequenceNumber,
      offset: facts.offset,
      arrival: sim.now,
      bytes: recordBytes(facts),
      data: write.payload.value,
      view: spec.mapping.filter === null ? null : filterView(spec, facts, delivered),
      state: RecState.Waiting,
      counted: false,
      stale: false,
    };
    unit.records.push(rec);
    sim.emit('stream.put', msg, producer.entity, unit.entity, putRule(src), null, '', {
      family: spec.family,
      streamName: spec.name,
      unit: unit.id,
      sequenceNumber: facts.sequenceNumber,
      partitionKey: write.key,
    });
    if (!unit.trimScheduled) this.scheduleTrim(unit, rec.arrival);
    // Before the mapping exists, or when it cannot read, records simply wait in the source.
    if (!src.created || !src.active) this.count(rec);
    else if (rec.arrival >= src.readFrom) this.enqueue(src, rec);
    const t = producer.arrivals.next();
    if (t !== undefined) sim.schedule(t, PRODUCE, null, null, g);
  }

  private count(rec: Rec): void {
    rec.counted = true;
    rec.unit.waiting++;
    rec.unit.waitingSeries.set(this.sim.now, rec.unit.waiting);
  }

  /** The mapping can read this record: into its lane, and wake whoever reads the lane. */
  private enqueue(src: SourceRuntime, rec: Rec): void {
    if (!rec.counted) this.count(rec);
    rec.laneIdx = rec.lane.queue.length;
    rec.lane.queue.push(rec);
    const w = src.ownerOf(rec.lane);
    if (w !== undefined) this.wakeForRecord(w);
    if (src.kafka && !src.scaleScheduled) this.scheduleScale(src);
  }

  private wakeForRecord(w: Worker): void {
    if (!w.idle) return;
    // While a batching window is open, only a full batch is worth an early read.
    if (
      w.windowOpenedAt >= 0 &&
      w.lanes.reduce((n, l) => n + l.queued, 0) < w.src.spec.mapping.batchSize
    )
      return;
    this.poller.requestWake(w, this.poller.nextPoll(w, this.sim.now));
  }

  // --- the mapping ------------------------------------------------------------------------------

  private createMapping(src: SourceRuntime): void {
    const sim = this.sim;
    const spec = src.spec;
    src.created = true;
    const check = checkMapping(spec, this.permissions);
    if (!check.ok) {
      sim.emit(
        'stream.mapping-rejected',
        null,
        'lambda',
        spec.entity,
        'permission.execution-role',
        null,
        '',
        {
          family: spec.family,
          streamName: spec.name,
          errorCode: 'InvalidParameterValueException',
          errorMessage: check.message,
          missingActions: check.missing,
        },
      );
      return;
    }
    const m = spec.mapping;
    src.readFrom =
      m.startingPosition === 'TRIM_HORIZON'
        ? -Infinity
        : m.startingPosition === 'LATEST'
          ? sim.now
          : m.timestampMs;
    let unread = 0;
    for (const u of src.units) {
      for (const r of u.records) {
        if (r.state === RecState.Done) continue;
        if (r.arrival >= src.readFrom) continue;
        unread++;
        if (r.counted) {
          r.counted = false;
          u.waiting--;
        }
      }
      u.waitingSeries.set(sim.now, u.waiting);
    }
    sim.emit(
      'stream.mapping-created',
      null,
      'lambda',
      spec.entity,
      'stream.starting-position',
      null,
      '',
      {
        family: spec.family,
        streamName: spec.name,
        startingPosition: m.startingPosition,
        enabled: m.enabled,
        unread,
      },
    );
    if (!m.enabled) return;
    src.active = true;
    if (src.kafka) {
      src.consumers = src.startConsumers;
      src.assignPartitions();
      src.consumersSeries.set(sim.now, src.consumers);
    }
    for (const u of src.units)
      for (const r of u.records)
        if (r.state !== RecState.Done && r.arrival >= src.readFrom) this.enqueue(src, r);
  }

  // --- retention --------------------------------------------------------------------------------

  private scheduleTrim(unit: Unit, arrival: number): void {
    unit.trimScheduled = true;
    this.sim.schedule(arrival + unit.retentionMs, TRIM, null, null, unit.global);
  }

  /** Retention reached the oldest records: what nobody processed leaves the stream. */
  private trim(unit: Unit): void {
    const cutoff = this.sim.now - unit.retentionMs;
    const records = unit.records;
    const blocked = new Set<Worker>();
    let i = unit.trimIdx;
    for (; i < records.length && records[i]!.arrival <= cutoff; i++) {
      const r = records[i]!;
      if (r.state === RecState.Waiting) this.poller.expire(r);
      else if (r.state === RecState.InBatch) {
        r.stale = true;
        const w = this.workers[r.lane.heldBy];
        // A batch waiting to be retried can drop its expired records now; one in flight, when it ends.
        if (w !== undefined && !w.inFlight && w.batch !== null) blocked.add(w);
      }
    }
    while (i < records.length && records[i]!.state === RecState.Done) i++;
    unit.trimIdx = i;
    for (const w of blocked) this.poller.abandonForExpiry(w);
    const next = records[i];
    if (next === undefined) unit.trimScheduled = false;
    else
      this.sim.schedule(
        Math.max(this.sim.now, next.arrival + unit.retentionMs),
        TRIM,
        null,
        null,
        unit.global,
      );
  }

  // --- Kafka consumers --------------------------------------------------------------------------

  private scheduleScale(src: SourceRuntime): void {
    src.scaleScheduled = true;
    this.sim.schedule(
      scaleCheckDue(src.spec.mapping.createdAtMs, this.sim.now),
      SCALE,
      null,
      null,
      src.spec.index,
    );
  }

  private scale(src: SourceRuntime): void {
    const throttled = src.throttledSinceCheck;
    const changed = rescale(src);
    const sim = this.sim;
    if (changed !== 0) {
      src.assignPartitions();
      src.consumersSeries.set(sim.now, src.consumers);
      sim.emit(
        'kafka.scaled',
        null,
        src.spec.entity,
        src.spec.entity,
        'stream.kafka-scaling',
        null,
        '',
        {
          consumers: src.consumers,
          offsetLag: src.lastLag,
          streamName: src.spec.name,
          reason: throttled ? 'throttled' : changed > 0 ? 'lag' : 'idle',
        },
      );
      for (const w of src.workers.slice(0, src.consumers))
        if (w.idle && this.poller.readable(w)) this.poller.requestWake(w, sim.now);
    }
    if (src.lastLag > 0 || src.consumers > src.minConsumers)
      sim.schedule(sim.now + SCALE_CHECK_MS, SCALE, null, null, src.spec.index);
    else src.scaleScheduled = false;
  }
}

function putRule(src: SourceRuntime): RuleId {
  return src.kafka ? 'stream.kafka-partition' : 'stream.shard-order';
}

/**
 * Sequence numbers as their sources print them: Kinesis 56 digits, DynamoDB 21, growing with
 * each record of a shard (so text order is arrival order); Kafka offsets count from 0.
 */
function sequenceText(family: string, unit: number, n: number): string {
  if (family === 'kafka') return String(n - 1);
  if (family === 'kinesis')
    return `49${String(unit).padStart(4, '0')}${String(n).padStart(50, '0')}`;
  return `1${String(unit).padStart(2, '0')}${String(n).padStart(18, '0')}`;
}
