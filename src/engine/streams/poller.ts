import type { RuleId } from '../../catalog/rules';
import type { FunctionModel } from '../function-model';
import type { Invoker } from '../invoke';
import type { Message, Sim, Subsystem } from '../sim';
import { TASK_BASE } from '../sim';
import type { FateKind, TraceDetail } from '../types';
import type { Behaviour } from '../../scenario/schema';
import type { Sampled } from '../behaviour';
import { malformedText, reportsNothing } from '../partial-response';
import { batchEvent, type ItemFailures, itemFailures, recordBodies } from './batch-event';
import { failureRecord } from './failure-record';
import type { StreamCondition } from './kinds';
import { type Lane, type Rec, RecState, type Unit } from './log';
import type { SourceRuntime } from './source-runtime';
import { windowFor, windowPart, windowState } from './windows';
import type { Batch, OpenWindow, Worker } from './worker';

/** A batch event (and so a batch) is at most 6 MB, metadata included. */
export const MAX_BATCH_BYTES = 6 * 1024 * 1024;
/** After a failed attempt the batch is tried again 1 s later, doubling while it keeps failing … */
export const RETRY_BASE_MS = 1_000;
/** … up to one try a minute, so a shard blocked for days stays a few thousand attempts. */
export const RETRY_MAX_MS = 60_000;
export const WAKE_TASK = TASK_BASE.streams + 1;
/** Wake-up tasks carry token × WORKER_SPACE + worker index. */
export const WORKER_SPACE = 65_536;

export function retryDelayMs(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
}

/**
 * The batch machinery every stream and Kafka mapping shares: read a batch from a worker's lanes
 * (filters, batching window, size limits, tumbling windows), invoke the function synchronously,
 * then checkpoint, retry, bisect, honour a partial batch response, or give up and report to the
 * on-failure destination. Each record ends with exactly one fate; so does each batch.
 */
export class Poller {
  private readonly inFlight = new Map<number, Worker>();
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly startEpochMs: number;
  /** A transient failure counts each record's tries (see Invoker): batches name their records. */
  private readonly countsTries: boolean;

  constructor(
    private readonly sim: Sim,
    private readonly fn: FunctionModel,
    private readonly invoker: Invoker,
    private readonly owner: Subsystem,
  ) {
    this.startEpochMs = Date.parse(sim.scenario.startTime);
    this.countsTries = fn.countsTries;
    // With ReportBatchItemFailures the records to report depend on the version that ran.
    for (const [name, v] of fn.versions) this.behaviours.set(name, v.behaviour);
  }

  // --- wake-ups -------------------------------------------------------------------------------

  /** Make sure the worker looks at its lanes at `t` (or earlier, if already due earlier). */
  requestWake(w: Worker, t: number): void {
    if (w.wakeAt >= 0 && w.wakeAt <= t) return;
    w.token++;
    w.wakeAt = t;
    this.sim.schedule(t, WAKE_TASK, null, null, w.token * WORKER_SPACE + w.index);
  }

  cancelWake(w: Worker): void {
    w.token++;
    w.wakeAt = -1;
  }

  /** The worker's next read at or after t: on the shard's polling beat, or at once when pushed. */
  nextPoll(w: Worker, t: number): number {
    const period = w.src.spec.pollMs;
    if (period === 0) return t;
    const from = w.src.spec.mapping.createdAtMs;
    return from + Math.ceil((t - from) / period) * period;
  }

  /** A wake-up task fired; stale ones (superseded by a later request) are ignored. */
  wake(w: Worker, token: number): void {
    if (token !== w.token) return;
    w.wakeAt = -1;
    this.poll(w);
  }

  // --- reading a batch ------------------------------------------------------------------------

  poll(w: Worker): void {
    const src = w.src;
    if (!src.active || w.inFlight) return;
    if (w.batch !== null) return this.attempt(w, w.batch);
    const half = w.halves.shift();
    if (half !== undefined) {
      w.batch = this.makeBatch(
        w,
        half.recs,
        half.retries,
        half.invokeCount,
        half.parent,
        half.tumbling,
      );
      return this.attempt(w, w.batch);
    }
    const m = src.spec.mapping;
    let win: OpenWindow | null = null;
    let until = Infinity;
    if (m.tumblingMs > 0) {
      const head = this.peekHead(w);
      const open = w.tumbling;
      if (open !== null && (head === undefined || head.arrival >= open.end)) {
        if (this.sim.now < open.end) return this.requestWake(w, open.end);
        w.batch = this.makeBatch(w, [], 0, 0, -1, open, true);
        return this.attempt(w, w.batch);
      }
      if (head === undefined) return;
      win = open ?? windowFor(head.arrival, m.tumblingMs, this.startEpochMs);
      until = win.end;
    }
    const { recs, tooOld, full } = this.collect(w, until);
    if (tooOld.length > 0) this.discardUnsent(w, tooOld);
    if (recs.length === 0) {
      // Nothing to read (collect skipped every record it could): idle until a record arrives.
      // Kafka commits the offsets of records it filtered out.
      if (src.kafka) this.commitOffsets(w, null, NO_RECS);
      w.windowOpenedAt = -1;
      this.release(w);
      if (w.tumbling !== null) this.requestWake(w, Math.max(this.sim.now, w.tumbling.end));
      return;
    }
    if (m.windowMs > 0 && !full) {
      if (w.windowOpenedAt < 0) w.windowOpenedAt = this.sim.now;
      const closes = w.windowOpenedAt + m.windowMs;
      if (this.sim.now < closes) return this.requestWake(w, closes);
    }
    w.windowOpenedAt = -1;
    this.take(w, recs);
    if (win !== null) w.tumbling = win;
    w.batch = this.makeBatch(w, recs, 0, 0, -1, win);
    this.attempt(w, w.batch);
  }

  /** The first record a worker would read next (filters applied), without taking it. */
  private peekHead(w: Worker): Rec | undefined {
    const lane = w.lanes[0]!;
    const filter = w.src.spec.mapping.filter;
    while (lane.head < lane.queue.length) {
      const r = lane.queue[lane.head]!;
      if (r.state === RecState.Done) {
        lane.head++;
        continue;
      }
      if (filter !== null && !filter(r.view)) {
        this.filterOut(w, r);
        lane.head++;
        continue;
      }
      return r;
    }
    return undefined;
  }

  /**
   * The records the next batch would hold, in order (merged across a Kafka consumer's partitions
   * by arrival): filters applied as each record joins, too-old records set apart, stopping at
   * the batch size, 6 MB, or where the current tumbling period ends. Nothing is taken yet.
   */
  private collect(w: Worker, until: number): { recs: Rec[]; tooOld: Rec[]; full: boolean } {
    const m = w.src.spec.mapping;
    const now = this.sim.now;
    const lanes = w.lanes;
    const cursor: number[] = lanes.map((l) => l.head);
    const recs: Rec[] = [];
    const tooOld: Rec[] = [];
    let bytes = 0;
    let full = false;
    for (;;) {
      // The lane whose next readable record came first (a stream worker has one lane).
      let pick = -1;
      let best: Rec | undefined;
      for (let i = 0; i < lanes.length; i++) {
        const lane = lanes[i]!;
        if (lane.heldBy !== -1 && lane.heldBy !== w.index) continue;
        let c = cursor[i]!;
        while (c < lane.queue.length && lane.queue[c]!.state !== RecState.Waiting) c++;
        cursor[i] = c;
        const r = lane.queue[c];
        if (r !== undefined && (best === undefined || r.msg.id < best.msg.id)) {
          best = r;
          pick = i;
        }
      }
      if (best === undefined) break;
      if (best.arrival >= until) break;
      if (m.filter !== null && !m.filter(best.view)) {
        this.filterOut(w, best);
        cursor[pick]!++;
        continue;
      }
      if (now - best.arrival >= m.maxAgeMs) {
        if (recs.length > 0) break;
        tooOld.push(best);
        cursor[pick]!++;
        continue;
      }
      if (recs.length >= m.batchSize || (recs.length > 0 && bytes + best.bytes > MAX_BATCH_BYTES)) {
        full = true;
        break;
      }
      recs.push(best);
      bytes += best.bytes;
      cursor[pick]!++;
    }
    if (recs.length >= m.batchSize) full = true;
    return { recs, tooOld, full };
  }

  /** Take records out of their lanes into a batch: the lanes are held until the batch is done. */
  private take(w: Worker, recs: readonly Rec[]): void {
    for (const r of recs) {
      r.state = RecState.InBatch;
      const lane = r.lane;
      if (lane.head <= r.laneIdx) lane.head = r.laneIdx + 1;
      this.hold(w, lane);
    }
  }

  private hold(w: Worker, lane: Lane): void {
    if (lane.heldBy === w.index) return;
    lane.heldBy = w.index;
    w.holding.push(lane);
  }

  private filterOut(w: Worker, r: Rec): void {
    const src = w.src;
    const kafka = src.kafka;
    const rule: RuleId = kafka ? 'stream.kafka-filter' : 'stream.filter';
    this.sim.emit('stream.filtered', r.msg, r.unit.entity, src.spec.entity, rule, null, '', {
      family: src.spec.family,
      unit: r.unit.id,
      sequenceNumber: r.sequenceNumber,
    });
    this.settleRecord(r, 'filtered-out', rule);
  }

  private makeBatch(
    w: Worker,
    recs: readonly Rec[],
    retries: number,
    invokeCount: number,
    parent: number,
    win: OpenWindow | null,
    final = false,
  ): Batch {
    const src = w.src;
    const m = src.spec.mapping;
    const part =
      win === null
        ? null
        : windowPart(this.sim, win, recs[0]?.unit.id ?? w.lanes[0]!.unit.id, final);
    const msg = this.sim.newMessageFrom(
      src.spec.entity,
      -1,
      'poll',
      m.qualifier,
      batchEvent(src.spec, recs, part),
      -1,
      parent,
    );
    msg.owner = this.owner;
    // Without a partial batch response the handler throws at the first poison record, failing
    // the batch; with one, it reports bad records instead (see complete()).
    if (!m.reportItemFailures) msg.records = recordBodies(recs);
    if (this.countsTries) msg.recordMessages = recs.map((r) => r.msg);
    msg.invokeCount = invokeCount;
    msg.attempt = retries + 1;
    return { msg, recs, ids: recs.map((r) => r.msg.id), retries, final, tumbling: win };
  }

  // --- invoking -------------------------------------------------------------------------------

  private attempt(w: Worker, b: Batch): void {
    const sim = this.sim;
    const src = w.src;
    const m = src.spec.mapping;
    const first = b.recs[0];
    const last = b.recs[b.recs.length - 1];
    if (first !== undefined && sim.now - first.arrival >= m.maxAgeMs)
      return this.discard(w, b, 'RecordAgeExceeded');
    b.msg.attempt = b.retries + 1;
    const detail: TraceDetail = {
      family: src.spec.family,
      streamName: src.spec.name,
      unit: first?.unit.id ?? w.lanes[0]?.unit.id,
      batchSize: b.recs.length,
      records: b.ids,
      firstSequence: first?.sequenceNumber,
      lastSequence: last?.sequenceNumber,
      iteratorAgeMs: last === undefined ? undefined : sim.now - last.arrival,
      pushed: src.spec.pollMs === 0 && !src.kafka ? true : undefined,
    };
    if (b.tumbling !== null) {
      detail.windowStart = sim.isoTime(b.tumbling.start);
      detail.windowEnd = sim.isoTime(b.tumbling.end);
      detail.isFinalInvokeForWindow = b.final;
      detail.windowState = windowState(b.tumbling);
    }
    sim.emit('stream.batch', b.msg, src.spec.entity, 'lambda', deliveryRule(src), null, '', detail);
    // IteratorAge, per shard (Kafka: per partition of the batch).
    if (last !== undefined) {
      let unit: Unit | null = null;
      for (const r of b.recs) {
        if (r.unit === unit) continue;
        unit = r.unit;
        unit.iteratorAgeSeries.set(sim.now, sim.now - last.arrival);
      }
    }
    const throttle = this.invoker.invoke(b.msg, src.spec.entity);
    if (throttle === null) {
      w.inFlight = true;
      this.inFlight.set(b.msg.id, w);
      return;
    }
    // Throttles and service errors happen before the function runs: retried, never counted.
    w.failures++;
    if (throttle.status === 429) src.throttledSinceCheck = true;
    const delayMs = retryDelayMs(w.failures);
    sim.emit('stream.retry', b.msg, 'lambda', src.spec.entity, 'stream.throttle-retry', null, '', {
      family: src.spec.family,
      cause: throttle.status === 500 ? 'service-error' : 'throttle',
      delayMs,
      reason: throttle.reason,
      statusCode: throttle.status,
    });
    this.retryAt(w, b, delayMs);
  }

  /**
   * The next try of a batch, after `delayMs` — or at the moment its oldest record reaches
   * MaximumRecordAgeInSeconds, if that comes first: the batch is then given up on the spot.
   */
  private retryAt(w: Worker, b: Batch | null, delayMs: number): void {
    const now = this.sim.now;
    let at = now + delayMs;
    const first = b?.recs[0];
    if (first !== undefined)
      at = Math.max(now, Math.min(at, first.arrival + w.src.spec.mapping.maxAgeMs));
    this.requestWake(w, at);
  }

  /** The function finished a batch (owner.complete routes here). */
  complete(msg: Message, s: Sampled): void {
    const w = this.inFlight.get(msg.id)!;
    this.inFlight.delete(msg.id);
    w.inFlight = false;
    const b = w.batch!;
    if (s.outcome === 'success') {
      const behaviour = this.behaviours.get(msg.lastVersion);
      if (w.src.spec.mapping.reportItemFailures && b.recs.length > 0 && behaviour !== undefined) {
        const failures = itemFailures(b.recs, behaviour);
        if (failures.bad.length > 0) return this.response(w, b, failures, behaviour);
      }
      return this.succeed(w, b, b.recs);
    }
    this.fail(w, b, s);
  }

  /**
   * The handler returned batchItemFailures naming `failures`, in the response shape its behaviour
   * sets: a valid one checkpoints before the lowest; one that reports nothing counts as complete
   * success; a malformed one fails the whole batch, retried as the mapping's settings say.
   */
  private response(w: Worker, b: Batch, failures: ItemFailures, behaviour: Behaviour): void {
    const reply = behaviour.partialBatchResponse ?? 'valid';
    const malformed = malformedText(reply);
    if (malformed === undefined && !reportsNothing(reply)) return this.partial(w, b, failures);
    const src = w.src;
    this.sim.emit(
      'stream.partial',
      b.msg,
      'function',
      src.spec.entity,
      malformed === undefined ? 'stream.partial-batch-empty' : 'stream.partial-batch-malformed',
      null,
      b.msg.lastVersion,
      {
        itemFailures: failures.bad.map((r) => itemIdentifier(src, r)),
        batchSize: b.recs.length,
        records: malformed === undefined ? [] : b.ids,
        partialBatchResponse: reply,
        errorType: malformed === undefined ? undefined : 'MalformedPartialBatchResponse',
        errorMessage: malformed,
      },
    );
    if (malformed === undefined) return this.succeed(w, b, b.recs);
    this.fail(w, b, {
      outcome: 'error',
      durationMs: 0,
      errorType: 'MalformedPartialBatchResponse',
      errorMessage: malformed,
    });
  }

  // --- outcomes -------------------------------------------------------------------------------

  private succeed(w: Worker, b: Batch, done: readonly Rec[]): void {
    const src = w.src;
    w.failures = 0;
    this.checkpoint(w, b.msg, done);
    const rule = src.kafka ? 'stream.kafka-commit' : 'stream.checkpoint';
    for (const r of done) this.settleRecord(r, 'checkpointed', rule);
    if (b.tumbling !== null) {
      if (b.final) w.tumbling = null;
      else b.tumbling.count += done.length;
      this.sim.emit(
        'stream.window',
        b.msg,
        src.spec.entity,
        src.spec.entity,
        'stream.tumbling-window',
        null,
        '',
        {
          windowStart: this.sim.isoTime(b.tumbling.start),
          windowEnd: this.sim.isoTime(b.tumbling.end),
          isFinalInvokeForWindow: b.final,
          windowState: windowState(b.tumbling),
        },
      );
    }
    this.sim.settle(b.msg, 'succeeded', b.final ? 'stream.tumbling-window' : rule);
    w.batch = null;
    this.next(w);
  }

  /**
   * ReportBatchItemFailures: records before the first failure of their shard (Kafka: partition)
   * are done; the checkpoint stops at the lowest failed sequence number and the rest go again.
   */
  private partial(w: Worker, b: Batch, failures: ItemFailures): void {
    const bad = failures.bad;
    const sim = this.sim;
    const src = w.src;
    const m = src.spec.mapping;
    const failedUnits = new Map<number, number>();
    for (const r of bad) {
      const seen = failedUnits.get(r.unit.index);
      if (seen === undefined || r.offset < seen) failedUnits.set(r.unit.index, r.offset);
    }
    const done: Rec[] = [];
    const rest: Rec[] = [];
    for (const r of b.recs) {
      const lowest = failedUnits.get(r.unit.index);
      if (lowest !== undefined && r.offset >= lowest) rest.push(r);
      else done.push(r);
    }
    w.failures++;
    sim.emit(
      'stream.partial',
      b.msg,
      'function',
      src.spec.entity,
      'stream.partial-batch',
      null,
      b.msg.lastVersion,
      {
        itemFailures: bad.map((r) => itemIdentifier(src, r)),
        batchSize: b.recs.length,
        records: rest.map((r) => r.msg.id),
        transientRecords:
          failures.transient.length > 0 ? failures.transient.map((r) => r.msg.id) : undefined,
      },
    );
    if (done.length > 0) this.checkpoint(w, b.msg, done);
    const rule = src.kafka ? 'stream.kafka-commit' : 'stream.checkpoint';
    for (const r of done) this.settleRecord(r, 'checkpointed', rule);
    if (b.tumbling !== null) b.tumbling.count += done.length;
    sim.settle(b.msg, 'succeeded', 'stream.partial-batch');
    const invokeCount = b.msg.invokeCount;
    if (rest.some((r) => r.stale)) {
      // Some of the records to retry left the stream meanwhile: read again from what is left.
      w.batch = this.makeBatch(w, rest, b.retries, invokeCount, b.msg.id, b.tumbling);
      return this.abandonForExpiry(w);
    }
    if (b.retries >= m.maxRetries) {
      w.batch = this.makeBatch(w, rest, b.retries, invokeCount, b.msg.id, b.tumbling);
      return this.discard(w, w.batch, 'RetryAttemptsExhausted');
    }
    const delayMs = retryDelayMs(w.failures);
    if (m.bisect && rest.length > 1) {
      w.batch = null;
      this.split(w, rest, b.retries, invokeCount, b.msg.id, b.tumbling);
      return this.retryAt(w, w.batch, delayMs);
    }
    w.batch = this.makeBatch(w, rest, b.retries + 1, invokeCount, b.msg.id, b.tumbling);
    this.retryEvent(w, w.batch, delayMs, undefined);
    this.retryAt(w, w.batch, delayMs);
  }

  private fail(w: Worker, b: Batch, s: Sampled): void {
    const sim = this.sim;
    const m = w.src.spec.mapping;
    w.failures++;
    // Records the stream no longer holds cannot be read again: start over from what is left.
    if (b.recs.some((r) => r.stale)) return this.abandonForExpiry(w);
    const delayMs = retryDelayMs(w.failures);
    if (m.bisect && b.recs.length > 1) {
      sim.emit(
        'stream.bisect',
        b.msg,
        w.src.spec.entity,
        w.src.spec.entity,
        'stream.bisect',
        null,
        b.msg.lastVersion,
        {
          family: w.src.spec.family,
          halves: [Math.ceil(b.recs.length / 2), Math.floor(b.recs.length / 2)],
          delayMs,
          errorType: s.errorType,
          errorMessage: s.errorMessage,
        },
      );
      sim.settle(b.msg, 'bisected', 'stream.bisect');
      w.batch = null;
      this.split(w, b.recs, b.retries, b.msg.invokeCount, b.msg.id, b.tumbling);
      return this.retryAt(w, w.batch, delayMs);
    }
    if (b.retries >= m.maxRetries) return this.discard(w, b, 'RetryAttemptsExhausted');
    b.retries++;
    b.msg.attempt = b.retries + 1;
    this.retryEvent(w, b, delayMs, s);
    this.retryAt(w, b, delayMs);
  }

  private retryEvent(w: Worker, b: Batch, delayMs: number, s: Sampled | undefined): void {
    const m = w.src.spec.mapping;
    const rule: RuleId =
      m.maxRetries !== Infinity
        ? w.src.kafka
          ? m.provisioned === null
            ? 'stream.kafka-on-demand-destination'
            : 'stream.kafka-error-handling'
          : 'stream.max-retry-attempts'
        : w.src.kafka
          ? 'stream.kafka-retry'
          : 'stream.retry-until-expiry';
    this.sim.emit(
      'stream.retry',
      b.msg,
      'lambda',
      w.src.spec.entity,
      rule,
      null,
      b.msg.lastVersion,
      {
        family: w.src.spec.family,
        cause: 'function-error',
        delayMs,
        retryNumber: b.retries,
        maxRetries: m.maxRetries === Infinity ? -1 : m.maxRetries,
        errorType: s?.errorType,
        errorMessage: s?.errorMessage,
      },
    );
  }

  /** Bisect: two halves in order; the first becomes the batch, the second waits its turn. */
  private split(
    w: Worker,
    recs: readonly Rec[],
    retries: number,
    invokeCount: number,
    parent: number,
    tumbling: OpenWindow | null,
  ): void {
    const cut = Math.ceil(recs.length / 2);
    w.halves.unshift({ recs: recs.slice(cut), retries, invokeCount, parent, tumbling });
    w.batch = this.makeBatch(w, recs.slice(0, cut), retries, invokeCount, parent, tumbling);
  }

  /**
   * Lambda gives up on a batch: the on-failure destination (if any) gets its metadata, the
   * records are skipped and the shard moves on.
   */
  private discard(w: Worker, b: Batch, condition: StreamCondition): void {
    const sim = this.sim;
    const src = w.src;
    const causeRule: RuleId =
      condition === 'RecordAgeExceeded'
        ? 'stream.max-record-age'
        : src.kafka && src.spec.mapping.provisioned === null
          ? 'stream.kafka-on-demand-destination'
          : 'stream.max-retry-attempts';
    sim.emit(
      'stream.discarded',
      b.msg,
      src.spec.entity,
      src.spec.entity,
      causeRule,
      null,
      b.msg.lastVersion,
      {
        family: src.spec.family,
        streamCondition: condition,
        batchSize: b.recs.length,
        records: b.ids,
        retryNumber: b.retries,
      },
    );
    const [fate, rule, to] = this.sendToDestination(w, b.msg, b.recs, condition);
    this.checkpoint(w, b.msg, b.recs);
    for (const r of b.recs) this.settleRecord(r, fate, rule, to);
    if (b.final) w.tumbling = null;
    sim.settle(b.msg, fate, rule, to);
    w.batch = null;
    this.next(w);
  }

  /** Records too old to send at all (MaximumRecordAgeInSeconds): discarded as their own batch. */
  private discardUnsent(w: Worker, recs: readonly Rec[]): void {
    for (const r of recs) {
      r.state = RecState.InBatch;
      if (r.lane.head <= r.laneIdx) r.lane.head = r.laneIdx + 1;
    }
    const b = this.makeBatch(w, recs, 0, 0, -1, null);
    const sim = this.sim;
    const src = w.src;
    sim.emit(
      'stream.discarded',
      b.msg,
      src.spec.entity,
      src.spec.entity,
      'stream.max-record-age',
      null,
      '',
      {
        streamCondition: 'RecordAgeExceeded',
        batchSize: recs.length,
        records: b.ids,
        retryNumber: 0,
      },
    );
    const [fate, rule, to] = this.sendToDestination(w, b.msg, recs, 'RecordAgeExceeded');
    this.checkpoint(w, b.msg, recs);
    for (const r of recs) this.settleRecord(r, fate, rule, to);
    sim.settle(b.msg, fate, rule, to);
  }

  private sendToDestination(
    w: Worker,
    msg: Message,
    recs: readonly Rec[],
    condition: StreamCondition,
  ): [FateKind, RuleId, readonly string[]] {
    const dest = w.src.spec.mapping.onFailure;
    if (dest === undefined || recs.length === 0) return ['dropped', 'stream.skip', NOWHERE];
    const key = `onFailure:${dest.type}:${dest.name}`;
    if (this.sim.destinationsUnreachable()) {
      // Unreachable (an injected outage): the batch is skipped all the same, its record is lost.
      this.sim.emit(
        'destination.failed',
        msg,
        w.src.spec.entity,
        key,
        'stream.destination-delivery-failed',
        null,
        msg.lastVersion,
        { destination: 'onFailure', target: dest.name, targetType: dest.type },
      );
      return ['dropped', 'stream.destination-delivery-failed', NOWHERE];
    }
    const detail: TraceDetail = {
      destination: 'onFailure',
      target: dest.name,
      targetType: dest.type,
      streamCondition: condition,
      batchSize: recs.length,
    };
    // A Kafka topic receives the records themselves; S3 the records with the metadata; SQS and
    // SNS only the metadata.
    if (dest.type === 'kafka') detail.records = recs.map((r) => r.msg.id);
    else {
      const record = failureRecord(this.sim, this.fn, w.src.spec, msg, recs, condition);
      // An S3 bucket receives the whole invocation record: the records too, not only where they are.
      if (dest.type === 's3') record.payload = msg.payload;
      detail.failureRecord = record;
    }
    this.sim.emit(
      'stream.destination',
      msg,
      w.src.spec.entity,
      key,
      'stream.on-failure-destination',
      null,
      msg.lastVersion,
      detail,
    );
    return ['destination', 'stream.on-failure-destination', [key]];
  }

  /** The checkpoint (Kafka: committed offsets) moves past these records. */
  private checkpoint(w: Worker, msg: Message, recs: readonly Rec[]): void {
    if (recs.length === 0) return;
    const src = w.src;
    if (!src.kafka) {
      const last = recs[recs.length - 1]!;
      this.sim.emit(
        'stream.checkpoint',
        msg,
        src.spec.entity,
        last.unit.entity,
        'stream.checkpoint',
        null,
        '',
        {
          unit: last.unit.id,
          sequenceNumber: last.sequenceNumber,
        },
      );
      return;
    }
    this.commitOffsets(w, msg, recs);
  }

  /**
   * Kafka: the consumer group's offset of each partition moves past every record that is done —
   * the batch's, and the filtered ones around it (committed without reaching the function).
   */
  private commitOffsets(w: Worker, msg: Message | null, done: readonly Rec[]): void {
    const finished = new Set(done);
    const offsets: Record<string, number> = {};
    let moved = false;
    // Partitions in order, whether this consumer reads them now or only holds them for its batch.
    const lanes = w.holding.length === 0 ? w.lanes : [...new Set([...w.lanes, ...w.holding])];
    if (lanes !== w.lanes) lanes.sort((a, b) => a.index - b.index);
    for (const lane of lanes) {
      let i = lane.committedIdx;
      while (i < lane.queue.length) {
        const r = lane.queue[i]!;
        if (r.state !== RecState.Done && !finished.has(r)) break;
        i++;
      }
      if (i === lane.committedIdx) continue;
      lane.committedIdx = i;
      offsets[lane.unit.id] = lane.queue[i - 1]!.offset + 1;
      moved = true;
    }
    if (!moved) return;
    const src = w.src;
    this.sim.emit(
      'kafka.committed',
      msg,
      src.spec.entity,
      `kafka:${src.spec.name}`,
      'stream.kafka-commit',
      null,
      '',
      {
        offsets,
      },
    );
  }

  /** The worker's batch is over: its next half, a new read, or the window's final call. */
  private next(w: Worker): void {
    if (w.halves.length > 0) return this.requestWake(w, this.sim.now);
    if (w.batch !== null) return;
    this.release(w);
    if (this.readable(w)) return this.requestWake(w, this.nextPoll(w, this.sim.now));
    if (w.tumbling !== null) this.requestWake(w, Math.max(this.sim.now, w.tumbling.end));
  }

  /** Has any lane of the worker (not held by another) a record still to read? */
  readable(w: Worker): boolean {
    for (const lane of w.lanes) {
      if (lane.heldBy !== -1 && lane.heldBy !== w.index) continue;
      while (lane.head < lane.queue.length && lane.queue[lane.head]!.state === RecState.Done)
        lane.head++;
      if (lane.head < lane.queue.length) return true;
    }
    return false;
  }

  /** Let go of held lanes; a Kafka lane whose owner changed meanwhile wakes its new owner. */
  private release(w: Worker): void {
    for (const lane of w.holding) {
      lane.heldBy = -1;
      const owner = w.src.ownerOf(lane);
      if (owner !== undefined && owner !== w && owner.idle && this.readable(owner))
        this.requestWake(owner, this.nextPoll(owner, this.sim.now));
    }
    w.holding.length = 0;
  }

  /**
   * Records of the worker's batch left the stream (retention): the batch is abandoned, its
   * expired records get their fate, and the rest go back to be read again in order.
   */
  abandonForExpiry(w: Worker): void {
    const b = w.batch;
    const recs: Rec[] = b === null ? [] : [...b.recs];
    for (const h of w.halves) recs.push(...h.recs);
    const cutoff = this.sim.now - w.src.spec.retentionMs;
    for (const r of recs) {
      if (r.stale || r.arrival <= cutoff) this.expire(r);
      else {
        r.state = RecState.Waiting;
        if (r.lane.head > r.laneIdx) r.lane.head = r.laneIdx;
      }
    }
    w.halves = [];
    this.cancelWake(w);
    if (b !== null) {
      w.batch = null;
      this.sim.settle(b.msg, 'expired', 'stream.retention');
    }
    this.next(w);
  }

  expire(r: Rec): void {
    this.sim.emit(
      'stream.expired',
      r.msg,
      r.unit.entity,
      r.unit.entity,
      'stream.retention',
      null,
      '',
      {
        unit: r.unit.id,
        sequenceNumber: r.sequenceNumber,
        ageMs: this.sim.now - r.arrival,
      },
    );
    this.settleRecord(r, 'expired', 'stream.retention');
  }

  settleRecord(r: Rec, kind: FateKind, rule: RuleId, to: readonly string[] = NOWHERE): void {
    r.state = RecState.Done;
    this.sim.settle(r.msg, kind, rule, to);
    if (r.counted) {
      r.counted = false;
      r.unit.waiting--;
      r.unit.waitingSeries.set(this.sim.now, r.unit.waiting);
    }
  }
}

const NOWHERE: readonly string[] = Object.freeze([]);
const NO_RECS: readonly Rec[] = Object.freeze([]);

function deliveryRule(src: SourceRuntime): RuleId {
  const spec = src.spec;
  if (spec.family === 'kafka') return 'stream.kafka-batching';
  if (spec.mapping.tumblingMs > 0) return 'stream.tumbling-window';
  if (spec.mapping.parallelization > 1) return 'stream.parallelization';
  if (spec.mapping.windowMs > 0) return 'stream.batching-window';
  if (spec.mapping.enhancedFanOut) return 'stream.enhanced-fan-out';
  return spec.family === 'dynamodb' ? 'stream.dynamodb-polling' : 'stream.kinesis-polling';
}

/** What the function returns to name a failed record: its sequence number, or Kafka's partition and offset. */
function itemIdentifier(src: SourceRuntime, r: Rec): string {
  return src.kafka ? `${r.unit.id}@${r.offset}` : r.sequenceNumber;
}
