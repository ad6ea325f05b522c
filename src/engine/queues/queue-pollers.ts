import type { RuleId } from '../../catalog/rules';
import type { Sampled } from '../behaviour';
import type { FunctionModel } from '../function-model';
import type { Invoker } from '../invoke';
import { malformedText, type PartialBatchResponse, reportsNothing } from '../partial-response';
import { Permissions } from '../permissions';
import { type Message, type Scheduled, type Sim, type Subsystem, TASK_BASE } from '../sim';
import { addRecord, type Batch, newBatch, owns, PAYLOAD_LIMIT_BYTES } from './batch';
import { failedItems, recordBodies } from './item-failures';
import type { BatchCloseReason, QueueRun } from './kinds';
import { createMqMapping, createSqsMapping, type Mapping } from './mapping';
import { MqBroker } from './mq-broker';
import { SCALE_INTERVAL_MS } from './poller-fleet';
import { producerOf, type Producer } from './producers';
import type { QueueMessage } from './queue-message';
import { LazyEvent, recordIds } from './records';
import {
  loopRule,
  loopSettings,
  type LoopSettings,
  loopStops,
  writeRule,
  writesBack,
} from '../recursion';
import type { QueueSource, SourceHost } from './source';
import { SqsQueue } from './sqs-queue';

const Start = TASK_BASE.queues;
const Produce = TASK_BASE.queues + 1;
const Wake = TASK_BASE.queues + 2;
const Poll = TASK_BASE.queues + 3;
const WindowClose = TASK_BASE.queues + 4;
const Retry = TASK_BASE.queues + 5;
const ScaleTick = TASK_BASE.queues + 6;

/** Task numbers carry a source index in their low bits and a generation or batch above it. */
const SLOTS = 16;

const THROTTLE_BACKOFF_START_MS = 1_000;
/** Amazon MQ retries a throttled batch for as long as it takes, at most this far apart. */
const MQ_THROTTLE_BACKOFF_MAX_MS = 300_000;

/** One queue and the mapping that reads it. */
interface Consumer {
  readonly source: QueueSource;
  readonly producers: Producer[];
  mapping: Mapping | null;
  /** A batch still inside its batching window (at most one per mapping). */
  open: Batch | null;
  pollPending: boolean;
  wakeAt: number;
  wakeGeneration: number;
  /** The PROBLEM of a failing poll has been reported. */
  problemShown: boolean;
}

/**
 * Lambda's pollers for queues: SQS (standard and FIFO) and Amazon MQ. Producers send messages;
 * each mapping receives them, filters them, gathers batches (size, window, 6 MB), invokes the
 * function synchronously with each batch, and deletes, returns or dead-letters the messages by
 * the outcome. Work is scheduled only when something can change: a message becoming visible, a
 * deadline, a window closing, a retry, a minute of backlog.
 */
export class QueuePollers implements Subsystem, SourceHost {
  private readonly consumers: Consumer[] = [];
  /** Producers in one list, so a Produce task can name one by number. */
  private readonly producers: Array<{ readonly consumer: Consumer; readonly producer: Producer }> =
    [];
  private readonly batches = new Map<Message, Batch>();
  private serial = 0;
  /** Receives so far, to tell a poll that made progress from one that found nothing. */
  private received = 0;
  private readonly loop: LoopSettings;
  /** A transient failure counts each record's tries (see Invoker): batches name their records. */
  private readonly countsTries: boolean;

  constructor(
    private readonly sim: Sim,
    private readonly fn: FunctionModel,
    private readonly invoker: Invoker,
  ) {
    const s = sim.scenario;
    this.loop = loopSettings(s);
    this.countsTries = fn.countsTries;
    const sources: QueueSource[] = [
      ...(s.queues ?? []).map((q, i) => new SqsQueue(sim, this, i, q)),
      ...(s.brokers ?? []).map((b, i) => new MqBroker(sim, this, (s.queues?.length ?? 0) + i, b)),
    ];
    if (sources.length > SLOTS) throw new Error(`at most ${SLOTS} queues and brokers`);
    const configs = [...(s.queues ?? []), ...(s.brokers ?? [])];
    sources.forEach((source, i) => {
      const c: Consumer = {
        source,
        producers: configs[i]!.producers.map((p) => producerOf(source.name, p, s.seed)),
        mapping: null,
        open: null,
        pollPending: false,
        wakeAt: Infinity,
        wakeGeneration: 0,
        problemShown: false,
      };
      this.consumers.push(c);
      for (const producer of c.producers) this.producers.push({ consumer: c, producer });
    });
    if (sources.length > 0) sim.schedule(0, Start, null, null);
  }

  handle(task: Scheduled): void {
    switch (task.task) {
      case Start:
        return this.start();
      case Produce:
        return this.produce(task.n);
      case Wake:
        return this.wake(task.n);
      case Poll: {
        const c = this.consumers[task.n]!;
        c.pollPending = false;
        return this.poll(c);
      }
      case WindowClose: {
        const c = this.consumers[task.n % SLOTS]!;
        const b = c.open;
        if (b !== null && b.serial === Math.floor(task.n / SLOTS)) this.close(c, b, 'window');
        return this.poll(c);
      }
      case Retry: {
        const b = this.batches.get(task.msg!)!;
        b.msg!.attempt++;
        return this.invokeBatch(this.consumers[b.source]!, b);
      }
      case ScaleTick:
        return this.scaleTick(this.consumers[task.n]!);
      default:
        throw new Error(`unknown queue task ${task.task}`);
    }
  }

  /** A batch's invocation ended: delete what succeeded, leave the rest to come back. */
  complete(msg: Message, s: Sampled): void {
    const b = this.batches.get(msg)!;
    this.batches.delete(msg);
    const c = this.consumers[b.source]!;
    const src = c.source;
    const m = c.mapping!;
    const sim = this.sim;
    // With ReportBatchItemFailures, what the handler's response says decides the batch's fate.
    let failed: number[] | null = null;
    let transient: number[] = [];
    let reply: PartialBatchResponse = 'valid';
    let byGroup = false;
    if (s.outcome === 'success' && m.reportItemFailures) {
      const behaviour = this.fn.versions.get(msg.lastVersion)!.behaviour;
      ({ failed, transient } = failedItems(b, behaviour, src.fifo));
      byGroup = behaviour.fifoFailureScope === 'group';
      if (failed.length > 0) reply = behaviour.partialBatchResponse ?? 'valid';
      if (reportsNothing(reply)) failed = [];
    }
    const malformed = s.outcome === 'success' ? malformedText(reply) : undefined;
    if (s.outcome === 'success' && malformed === undefined) {
      if (failed === null || failed.length === 0) {
        const rule: RuleId = reply === 'valid' ? deletedRule(src) : 'sqs.partial-batch-empty';
        sim.emit(
          'queue.deleted',
          msg,
          c.source.mappingEntity,
          src.entity,
          rule,
          null,
          msg.lastVersion,
          {
            queue: src.name,
            sourceKind: src.kind,
            count: countOwned(b),
          },
        );
        for (let i = 0; i < b.records.length; i++) {
          if (!owns(b, i)) continue;
          this.writeBack(src, b.records[i]!);
          src.processed(b.records[i]!);
        }
        sim.settle(msg, 'batch-succeeded', rule);
      } else {
        const rule: RuleId = !src.fifo
          ? 'sqs.partial-batch'
          : byGroup
            ? 'sqs.partial-batch-fifo-group'
            : 'sqs.partial-batch-fifo';
        sim.emit(
          'queue.partial-failure',
          msg,
          'function',
          src.mappingEntity,
          rule,
          null,
          msg.lastVersion,
          {
            queue: src.name,
            sourceKind: src.kind,
            failedRecords: failed.map((i) => b.records[i]!.msg.id),
            transientRecords:
              transient.length > 0 ? transient.map((i) => b.records[i]!.msg.id) : undefined,
            count: b.records.length - failed.length,
            returnsAtMs: src.throttleDeadline(b),
          },
        );
        const bad = new Set(failed);
        for (let i = 0; i < b.records.length; i++) {
          if (!owns(b, i)) continue;
          if (bad.has(i)) src.failed(b.records[i]!);
          else {
            this.writeBack(src, b.records[i]!);
            src.processed(b.records[i]!);
          }
        }
        sim.settle(msg, 'batch-partial', rule);
      }
    } else {
      const rule: RuleId =
        malformed !== undefined
          ? 'sqs.partial-batch-malformed'
          : src.kind === 'sqs'
            ? 'sqs.batch-failure'
            : 'mq.redelivery';
      sim.emit(
        'queue.batch-failed',
        msg,
        'function',
        src.mappingEntity,
        rule,
        null,
        msg.lastVersion,
        {
          queue: src.name,
          sourceKind: src.kind,
          count: countOwned(b),
          returnsAtMs: src.kind === 'sqs' ? src.throttleDeadline(b) : undefined,
          errorType: malformed !== undefined ? 'MalformedPartialBatchResponse' : s.errorType,
          errorMessage: malformed ?? s.errorMessage,
        },
      );
      for (let i = 0; i < b.records.length; i++) if (owns(b, i)) src.failed(b.records[i]!);
      sim.settle(msg, 'batch-failed', rule);
      const before = m.fleet.target;
      if (m.fleet.halve()) this.scaled(c, before, 'function-error');
    }
    this.finish(c);
  }

  /** The function writes a message it processed back to the SQS queue it came from. */
  private writeBack(src: QueueSource, qm: QueueMessage): void {
    if (!writesBack(this.loop, qm.msg.lineage + 1) || !(src instanceof SqsQueue)) return;
    const lineage = qm.msg.lineage + 1;
    src.sendBack(qm, writeRule(this.loop, lineage), lineage);
  }

  /** Depth and pollers of every queue, for the run. */
  runs(): QueueRun[] {
    return this.consumers.map((c) => c.source.run());
  }

  wantPoll(index: number): void {
    const c = this.consumers[index]!;
    if (c.pollPending) return;
    c.pollPending = true;
    // Later this same instant: every message sent or returned now is in the queue first.
    this.sim.schedule(this.sim.now, Poll, null, null, index);
  }

  wakeAt(index: number, t: number): void {
    const c = this.consumers[index]!;
    if (t >= c.wakeAt) return;
    c.wakeAt = t;
    c.wakeGeneration++;
    this.sim.schedule(t, Wake, null, null, c.wakeGeneration * SLOTS + index);
  }

  private start(): void {
    const sim = this.sim;
    const permissions = new Permissions(sim.scenario.permissions);
    const queues = sim.scenario.queues ?? [];
    const brokers = sim.scenario.brokers ?? [];
    for (const c of this.consumers) {
      const src = c.source;
      c.mapping =
        src instanceof SqsQueue
          ? createSqsMapping(sim, src, queues[src.index]!, permissions)
          : createMqMapping(sim, src, brokers[src.index - queues.length]!, permissions);
      if (c.mapping !== null) {
        const fleet = c.mapping.fleet;
        src.series.pollers.set(sim.now, c.mapping.enabled ? fleet.target : 0);
        if (fleet.provisioned !== null)
          src.series.eventPollers.set(sim.now, c.mapping.enabled ? fleet.eventPollers : 0);
      }
    }
    this.producers.forEach(({ producer }, i) => {
      producer.nextAt = producer.stream.next();
      if (producer.nextAt !== undefined) sim.schedule(producer.nextAt, Produce, null, null, i);
    });
  }

  /** A producer's messages due now (a burst all at once), then its next one is scheduled. */
  private produce(index: number): void {
    const { consumer, producer } = this.producers[index]!;
    const now = this.sim.now;
    while (producer.nextAt === now) {
      consumer.source.send(producer);
      producer.nextAt = producer.stream.next();
    }
    if (producer.nextAt !== undefined)
      this.sim.schedule(producer.nextAt, Produce, null, null, index);
  }

  private wake(n: number): void {
    const c = this.consumers[n % SLOTS]!;
    if (Math.floor(n / SLOTS) !== c.wakeGeneration) return; // an earlier wake-up replaced this one
    c.wakeAt = Infinity;
    c.source.wake();
    const next = c.source.nextWakeAt;
    if (next < Infinity) this.wakeAt(c.source.index, next);
  }

  /** Receive what the mapping's free pollers can take now. */
  private poll(c: Consumer): void {
    const m = c.mapping;
    const src = c.source;
    if (m === null || !m.enabled) return;
    if (m.problem !== null) return this.pollFails(c, m.problem);
    const fleet = m.fleet;
    if (c.open !== null) {
      const closed = this.fill(c, c.open);
      if (closed !== null) this.close(c, c.open, closed);
    }
    while (c.open === null && fleet.free && src.hasReceivable()) {
      const b = newBatch(this.serial++, src.index);
      fleet.busy++;
      const received = this.received;
      const closed = this.fill(c, b);
      if (b.records.length === 0) {
        fleet.busy--; // every message it received was filtered out
        if (this.received === received) break; // (nothing received: nothing more to try)
        continue;
      }
      this.touchBatches(c);
      if (closed !== null) this.close(c, b, closed);
      else if (m.windowMs === 0) this.close(c, b, 'receive');
      else {
        c.open = b;
        this.sim.schedule(
          b.openedAt + m.windowMs,
          WindowClose,
          null,
          null,
          b.serial * SLOTS + src.index,
        );
      }
    }
    // Messages wait with every poller busy: a minute of that and the mapping grows.
    if (!fleet.free && src.hasReceivable() && fleet.wantsTick()) {
      fleet.tickPending = true;
      this.sim.schedule(this.sim.now + SCALE_INTERVAL_MS, ScaleTick, null, null, src.index);
    }
    if (fleet.busy === 0 && c.open === null && src.isQuiet()) {
      const before = fleet.target;
      if (fleet.reset()) this.scaled(c, before, 'idle');
    }
  }

  /** Take messages into `b` until it is full, the payload would pass 6 MB, or none is left. */
  private fill(c: Consumer, b: Batch): BatchCloseReason | null {
    const src = c.source;
    const m = c.mapping!;
    while (b.records.length < m.batchSize) {
      const qm = src.peek(b);
      if (qm === undefined) return null;
      if (b.records.length > 0 && b.bytes + qm.recordBytes > PAYLOAD_LIMIT_BYTES) return 'payload';
      src.receive(qm);
      this.received++;
      // Filters apply as each record joins, before batching: a miss never reaches the function.
      if (m.filters !== null && !m.filters(src.filterRecord(qm))) {
        src.filtered(qm);
        continue;
      }
      // The event has invoked the function 16 times already: Lambda stops the loop here.
      if (src instanceof SqsQueue && loopStops(this.loop, qm.msg.lineage)) {
        src.loopStopped(qm, loopRule('sqs'));
        continue;
      }
      addRecord(b, qm, this.sim.now);
    }
    return 'full';
  }

  /** The batch is complete: it becomes one synchronous invocation. */
  private close(c: Consumer, b: Batch, reason: BatchCloseReason): void {
    const sim = this.sim;
    const src = c.source;
    const m = c.mapping!;
    if (c.open === b) c.open = null;
    // The event is built only when something reads it (see LazyEvent): shown as AWS shapes it.
    const msg = sim.newMessageFrom(
      src.mappingEntity,
      -1,
      'poll',
      m.qualifier,
      new LazyEvent(() => src.eventFor(b)),
      -1,
      -1,
    );
    msg.owner = this;
    // Without ReportBatchItemFailures the handler throws at the first poison message, failing
    // the batch; with it, it reports poison messages one by one instead (see complete()).
    if (!m.reportItemFailures) msg.records = recordBodies(b);
    if (this.countsTries) msg.recordMessages = b.records.map((qm) => qm.msg);
    b.msg = msg;
    this.batches.set(msg, b);
    sim.emit('queue.batch', msg, src.mappingEntity, 'lambda', closeRule(src, reason), null, '', {
      queue: src.name,
      sourceKind: src.kind,
      records: recordIds(b),
      count: b.records.length,
      sizeBytes: b.bytes,
      limitBytes: PAYLOAD_LIMIT_BYTES,
      closedBy: reason,
      batchSize: m.batchSize,
      windowMs: m.windowMs,
    });
    this.invokeBatch(c, b);
  }

  private invokeBatch(c: Consumer, b: Batch): void {
    const sim = this.sim;
    const src = c.source;
    const throttle = this.invoker.invoke(b.msg!, src.mappingEntity);
    if (throttle === null) return;
    const fleet = c.mapping!.fleet;
    fleet.throttled = true;
    const backoff = THROTTLE_BACKOFF_START_MS * 2 ** b.throttleStep;
    const delayMs = src.kind === 'mq' ? Math.min(MQ_THROTTLE_BACKOFF_MAX_MS, backoff) : backoff;
    b.throttleStep++;
    const rule: RuleId = src.kind === 'sqs' ? 'sqs.throttle' : 'mq.throttle';
    const deadline = src.throttleDeadline(b);
    if (sim.now + delayMs >= deadline) {
      // No retry fits before the messages return: the poller lets them go.
      sim.emit('queue.throttle-gave-up', b.msg, src.mappingEntity, src.entity, rule, null, '', {
        queue: src.name,
        sourceKind: src.kind,
        count: countOwned(b),
        returnsAtMs: deadline,
        statusCode: throttle.status,
        reason: throttle.reason,
      });
      this.sim.settle(b.msg!, 'batch-throttled', rule);
      this.batches.delete(b.msg!);
      return this.finish(c);
    }
    sim.emit('queue.throttle-retry', b.msg, src.mappingEntity, 'lambda', rule, null, '', {
      queue: src.name,
      sourceKind: src.kind,
      delayMs,
      statusCode: throttle.status,
      reason: throttle.reason,
      retryNumber: b.throttleStep,
    });
    sim.schedule(sim.now + delayMs, Retry, b.msg, null);
  }

  /** A batch is over: its poller is free. */
  private finish(c: Consumer): void {
    c.mapping!.fleet.busy--;
    this.touchBatches(c);
    this.wantPoll(c.source.index);
  }

  private scaleTick(c: Consumer): void {
    const fleet = c.mapping!.fleet;
    if (fleet.free || !c.source.hasReceivable()) {
      fleet.tickPending = false; // the backlog cleared: no growth
      return;
    }
    const before = fleet.target;
    if (fleet.grow()) this.scaled(c, before, 'backlog');
    this.poll(c);
  }

  private scaled(c: Consumer, before: number, why: 'backlog' | 'function-error' | 'idle'): void {
    const fleet = c.mapping!.fleet;
    const src = c.source;
    const provisioned = fleet.provisioned;
    const rule: RuleId =
      why !== 'backlog'
        ? 'sqs.scale-down'
        : provisioned !== null
          ? 'sqs.provisioned-scaling'
          : fleet.target === fleet.cap && fleet.cap < 1_000
            ? 'sqs.maximum-concurrency'
            : 'sqs.scaling';
    this.sim.emit('queue.scaled', null, src.mappingEntity, src.mappingEntity, rule, null, '', {
      queue: src.name,
      sourceKind: src.kind,
      pollers: fleet.target,
      previousPollers: before,
      scaleReason: why,
      ...(provisioned !== null && {
        eventPollers: fleet.eventPollers,
        minimumPollers: provisioned.minimum,
        maximumPollers: provisioned.maximum,
      }),
    });
    src.series.pollers.set(this.sim.now, fleet.target);
    if (provisioned !== null) src.series.eventPollers.set(this.sim.now, fleet.eventPollers);
  }

  /** The mapping is created but every poll fails: say so once; the messages wait. */
  private pollFails(c: Consumer, problem: string): void {
    if (c.problemShown || !c.source.hasReceivable()) return;
    c.problemShown = true;
    this.sim.emit(
      'queue.poll-failed',
      null,
      c.source.mappingEntity,
      c.source.entity,
      'sqs.kms-decrypt',
      null,
      '',
      {
        queue: c.source.name,
        sourceKind: c.source.kind,
        errorCode: 'KMS.AccessDeniedException',
        lastProcessingResult: problem,
      },
    );
  }

  private touchBatches(c: Consumer): void {
    c.source.series.batches.set(this.sim.now, c.mapping!.fleet.busy);
  }
}

function countOwned(b: Batch): number {
  let n = 0;
  for (let i = 0; i < b.records.length; i++) if (owns(b, i)) n++;
  return n;
}

function deletedRule(src: QueueSource): RuleId {
  return src.kind === 'sqs' ? 'sqs.delete-on-success' : 'mq.ack';
}

function closeRule(src: QueueSource, reason: BatchCloseReason): RuleId {
  if (reason === 'payload') return 'esm.payload-limit';
  if (src.kind === 'mq') return 'mq.mapping';
  if (src.fifo) return 'sqs.fifo-order';
  if (reason === 'window') return 'sqs.batching-window';
  return reason === 'full' ? 'sqs.batch-size' : 'sqs.mapping';
}
