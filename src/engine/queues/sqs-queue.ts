import type { SqsQueueConfig } from '../../scenario/queues-schema';
import type { RuleId } from '../../catalog/rules';
import type { Message, Sim } from '../sim';
import type { TraceDetail } from '../types';
import type { Batch } from './batch';
import { DeadlineList } from './deadlines';
import { type FifoGroup, FifoGroups } from './fifo-groups';
import { FifoList } from './fifo-list';
import type { QueueRun } from './kinds';
import { nextGroup, type Producer } from './producers';
import { QState, queueMessage, type QueueMessage } from './queue-message';
import { queueSeries, type QueueSeries } from './queue-series';
import { messageIdOf, sqsArn, sqsRecord } from './records';
import type { QueueSource, SourceHost } from './source';

const isVisible = (qm: QueueMessage) => qm.state === QState.Visible;

/**
 * An SQS queue: messages delayed, visible or in flight; receive counts; the visibility timeout,
 * the retention period and the redrive policy. Standard queues hand out the oldest visible message
 * first; FIFO queues go through their message groups.
 */
export class SqsQueue implements QueueSource {
  readonly kind = 'sqs';
  readonly name: string;
  readonly entity: string;
  readonly mappingEntity: string;
  readonly fifo: boolean;
  readonly arn: string;
  /** How long a received message stays hidden; the mapping may lengthen it (batching window). */
  visibilityMs: number;
  private readonly delayMs: number;
  private readonly retentionMs: number;
  private readonly redrive: { readonly dlq: string; readonly max: number } | undefined;
  private readonly visible = new FifoList<QueueMessage>();
  private readonly groups: FifoGroups | null;
  private readonly delayedList = new DeadlineList<QueueMessage>();
  private readonly inFlightList = new DeadlineList<QueueMessage>();
  private readonly retentionList = new DeadlineList<QueueMessage>();
  private visibleCount = 0;
  private inFlightCount = 0;
  private delayedCount = 0;
  private sent = 0;
  private readonly epochMs: number;
  readonly series: QueueSeries = queueSeries();
  /** Frozen details shared by every event that would carry the same one. */
  private readonly receivedDetails: TraceDetail[] = [];
  private readonly sentDetails = new Map<Producer, TraceDetail>();

  constructor(
    private readonly sim: Sim,
    private readonly host: SourceHost,
    readonly index: number,
    config: SqsQueueConfig,
  ) {
    this.name = config.name;
    this.entity = `sqs:${config.name}`;
    this.mappingEntity = `esm:sqs:${config.name}`;
    this.fifo = config.type === 'fifo';
    this.arn = sqsArn(config.name);
    this.visibilityMs = config.visibilityTimeoutSeconds * 1000;
    this.delayMs = config.delaySeconds * 1000;
    this.retentionMs = config.messageRetentionPeriodSeconds * 1000;
    this.redrive = config.redrivePolicy && {
      dlq: config.redrivePolicy.deadLetterQueue,
      max: config.redrivePolicy.maxReceiveCount,
    };
    this.groups = this.fifo ? new FifoGroups() : null;
    this.epochMs = Date.parse(sim.scenario.startTime);
  }

  get nextWakeAt(): number {
    return Math.min(this.delayedList.nextAt, this.inFlightList.nextAt, this.retentionList.nextAt);
  }

  /** SendMessage: the message waits, hidden for DelaySeconds first if the queue has a delay. */
  send(p: Producer): void {
    const group = this.groups === null ? null : this.groups.group(nextGroup(p));
    p.sent++;
    const m = this.sim.newMessageFrom(p.entity, -1, 'poll', '', p.body, -1, -1);
    this.enqueue(m, p, group);
  }

  /**
   * The function sends a message it processed back to this queue: the same body (and group),
   * carrying one more invocation in its trace context.
   */
  sendBack(qm: QueueMessage, rule: RuleId, lineage: number): void {
    const sim = this.sim;
    const m = sim.newMessageFrom('function', -1, 'poll', '', qm.producer.body, -1, qm.msg.id);
    m.lineage = lineage;
    sim.emit('loop.write', m, 'function', this.entity, rule, null, qm.msg.lastVersion, {
      queue: this.name,
      sourceKind: 'sqs',
      loopCount: lineage,
    });
    this.enqueue(m, qm.producer, qm.group);
  }

  /**
   * Lambda found the message in a recursive loop: it does not invoke, and the message moves to the
   * queue's dead-letter queue (or is deleted when there is none).
   */
  loopStopped(qm: QueueMessage, rule: RuleId): void {
    const sim = this.sim;
    this.finish(qm);
    const r = this.redrive;
    const to = r === undefined ? 'lambda' : `dlq:sqs:${r.dlq}`;
    sim.emit('loop.stopped', qm.msg, this.mappingEntity, to, rule, null, '', {
      queue: this.name,
      sourceKind: 'sqs',
      loopCount: qm.msg.lineage,
      recursiveLoop: 'Terminate',
      errorCode: 'RecursiveInvocationException',
      ...(r !== undefined && { deadLetterQueue: r.dlq }),
    });
    if (r === undefined) sim.settle(qm.msg, 'dropped', rule);
    else sim.settle(qm.msg, 'redriven', rule, [to]);
    this.touch();
  }

  private enqueue(m: Message, p: Producer, group: FifoGroup | null): void {
    const sim = this.sim;
    const now = sim.now;
    const delayed = this.delayMs > 0;
    const qm = queueMessage(
      m,
      p,
      now,
      this.sent++,
      group,
      delayed ? QState.Delayed : QState.Visible,
    );
    if (group !== null) this.groups!.add(group, qm);
    sim.emit(
      'queue.sent',
      m,
      m.workload,
      this.entity,
      delayed ? 'sqs.delay' : 'sqs.send',
      null,
      '',
      group === null ? this.sentDetail(p) : { ...this.sentDetail(p), messageGroupId: group.id },
    );
    this.retentionList.push(qm, now + this.retentionMs, 0);
    this.host.wakeAt(this.index, now + this.retentionMs);
    if (delayed) {
      this.delayedCount++;
      this.delayedList.push(qm, now + this.delayMs, 0);
      this.host.wakeAt(this.index, now + this.delayMs);
      this.touch();
    } else {
      this.becomeVisible(qm);
    }
  }

  hasReceivable(): boolean {
    return this.groups === null ? this.visibleCount > 0 : this.groups.hasReceivable();
  }

  isQuiet(): boolean {
    return this.visibleCount === 0 && this.inFlightCount === 0 && this.delayedCount === 0;
  }

  peek(b: Batch): QueueMessage | undefined {
    if (this.groups === null) return this.visible.peek(isVisible);
    const last = b.records.length > 0 ? b.records[b.records.length - 1]!.group : null;
    return this.groups.next(b.serial, last);
  }

  /** ReceiveMessage: the message stays in the queue, hidden for the visibility timeout. */
  receive(qm: QueueMessage): void {
    const now = this.sim.now;
    if (this.groups === null) this.visible.take();
    else this.groups.taken(qm);
    qm.state = QState.InFlight;
    this.visibleCount--;
    this.inFlightCount++;
    qm.receiveCount++;
    qm.receivedAt = now;
    if (qm.firstReceivedAt < 0) qm.firstReceivedAt = now;
    const m = qm.msg;
    m.attempt = qm.receiveCount;
    m.invokeCount = qm.receiveCount;
    this.inFlightList.push(qm, now + this.visibilityMs, qm.receiveCount);
    this.host.wakeAt(this.index, now + this.visibilityMs);
    this.sim.emit(
      'queue.received',
      m,
      this.entity,
      this.mappingEntity,
      this.fifo ? 'sqs.fifo-order' : 'sqs.visibility-timeout',
      null,
      '',
      this.receivedDetail(qm.receiveCount),
    );
    this.touch();
  }

  filterRecord(qm: QueueMessage): unknown {
    return sqsRecord(
      this.arn,
      this.fifo,
      qm,
      qm.receiveCount,
      messageIdOf(this.sim.scenario.seed, qm),
      this.epochMs,
      qm.producer.body,
    );
  }

  eventFor(b: Batch): unknown {
    const records = new Array<unknown>(b.records.length);
    for (let i = 0; i < records.length; i++) {
      const qm = b.records[i]!;
      records[i] = sqsRecord(
        this.arn,
        this.fifo,
        qm,
        b.receipts[i]!,
        messageIdOf(this.sim.scenario.seed, qm),
        this.epochMs,
        qm.producer.bodyText,
      );
    }
    return { Records: records };
  }

  /** DeleteMessage after success; a message already visible again is deleted too. */
  processed(qm: QueueMessage): void {
    this.finish(qm);
    this.sim.settle(qm.msg, 'processed', 'sqs.delete-on-success');
    this.touch();
  }

  filtered(qm: QueueMessage): void {
    this.finish(qm);
    this.sim.emit('queue.filtered', qm.msg, 'lambda', this.entity, 'esm.filter-sqs', null, '', {
      queue: this.name,
      sourceKind: 'sqs',
    });
    this.sim.settle(qm.msg, 'filtered', 'esm.filter-sqs');
    this.touch();
  }

  /** Nothing to do now: the message comes back (or moves on) when its visibility timeout ends. */
  failed(): void {}

  throttleDeadline(b: Batch): number {
    return b.openedAt + this.visibilityMs;
  }

  wake(): void {
    const now = this.sim.now;
    // Retention first: a message whose retention ends now does not come back.
    for (let qm = this.retentionList.takeDue(now); qm; qm = this.retentionList.takeDue(now)) {
      if (qm.state === QState.Done) continue;
      if (qm.state === QState.InFlight) qm.expireOnReturn = true;
      else this.expire(qm);
    }
    for (let qm = this.delayedList.takeDue(now); qm; qm = this.delayedList.takeDue(now)) {
      if (qm.state !== QState.Delayed) continue;
      this.delayedCount--;
      this.sim.emit('queue.delay-ended', qm.msg, this.entity, this.entity, 'sqs.delay', null, '', {
        queue: this.name,
        delayMs: this.delayMs,
      });
      this.becomeVisible(qm);
    }
    for (let qm = this.inFlightList.takeDue(now); qm; qm = this.inFlightList.takeDue(now)) {
      if (qm.state !== QState.InFlight || qm.receiveCount !== this.inFlightList.token) continue;
      this.visibilityEnded(qm);
    }
    this.touch();
  }

  run(): QueueRun {
    return { name: this.name, kind: 'sqs', fifo: this.fifo, series: this.series };
  }

  private visibilityEnded(qm: QueueMessage): void {
    if (qm.expireOnReturn) return this.expire(qm);
    this.leaveFlight(qm);
    const r = this.redrive;
    if (r !== undefined && qm.receiveCount >= r.max) {
      qm.state = QState.Done;
      this.sim.emit(
        'queue.redriven',
        qm.msg,
        this.entity,
        `dlq:sqs:${r.dlq}`,
        'sqs.redrive',
        null,
        '',
        {
          queue: this.name,
          sourceKind: 'sqs',
          deadLetterQueue: r.dlq,
          receiveCount: qm.receiveCount,
          maxReceiveCount: r.max,
        },
      );
      this.sim.settle(qm.msg, 'redriven', 'sqs.redrive', [`dlq:sqs:${r.dlq}`]);
      return;
    }
    this.sim.emit(
      'queue.returned',
      qm.msg,
      this.entity,
      this.entity,
      'sqs.returned',
      null,
      '',
      this.receivedDetail(qm.receiveCount),
    );
    this.becomeVisible(qm);
  }

  private expire(qm: QueueMessage): void {
    this.finish(qm);
    this.sim.emit('queue.expired', qm.msg, this.entity, this.entity, 'sqs.retention', null, '', {
      queue: this.name,
      retentionMs: this.retentionMs,
      ageMs: this.sim.now - qm.sentAt,
    });
    this.sim.settle(qm.msg, 'expired', 'sqs.retention');
  }

  private becomeVisible(qm: QueueMessage): void {
    qm.state = QState.Visible;
    this.visibleCount++;
    if (this.groups === null) this.visible.push(qm);
    else this.groups.maybeReady(qm.group!);
    this.host.wantPoll(this.index);
    this.touch();
  }

  /** The message leaves the queue for good, from wherever it was. */
  private finish(qm: QueueMessage): void {
    if (qm.state === QState.InFlight) this.leaveFlight(qm);
    else if (qm.state === QState.Visible) this.visibleCount--;
    else if (qm.state === QState.Delayed) this.delayedCount--;
    qm.state = QState.Done;
    if (qm.group !== null) this.groups!.maybeReady(qm.group);
  }

  private leaveFlight(qm: QueueMessage): void {
    this.inFlightCount--;
    const g = qm.group;
    // The last message of a group in flight frees the group for the next batch.
    if (g !== null && --g.inFlight === 0) {
      this.groups!.maybeReady(g);
      this.host.wantPoll(this.index);
    }
  }

  private touch(): void {
    const t = this.sim.now;
    this.series.visible.set(t, this.visibleCount);
    this.series.inFlight.set(t, this.inFlightCount);
    this.series.delayed.set(t, this.delayedCount);
  }

  private sentDetail(p: Producer): TraceDetail {
    let d = this.sentDetails.get(p);
    if (d === undefined) {
      d = Object.freeze({
        queue: this.name,
        sourceKind: 'sqs' as const,
        sizeBytes: p.sizeBytes,
        ...(this.delayMs > 0 ? { delayMs: this.delayMs } : {}),
      });
      this.sentDetails.set(p, d);
    }
    return d;
  }

  private receivedDetail(n: number): TraceDetail {
    let d = this.receivedDetails[n];
    if (d === undefined) {
      d = Object.freeze({
        queue: this.name,
        sourceKind: 'sqs' as const,
        receiveCount: n,
        ...(this.redrive ? { maxReceiveCount: this.redrive.max } : {}),
        visibilityTimeoutMs: this.visibilityMs,
      });
      this.receivedDetails[n] = d;
    }
    return d;
  }
}
