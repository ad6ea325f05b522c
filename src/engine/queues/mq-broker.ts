import type { BrokerConfig } from '../../scenario/queues-schema';
import type { Sim } from '../sim';
import type { TraceDetail } from '../types';
import type { Batch } from './batch';
import { DeadlineList } from './deadlines';
import { FifoList } from './fifo-list';
import type { QueueRun } from './kinds';
import type { Producer } from './producers';
import { QState, queueMessage, type QueueMessage } from './queue-message';
import { queueSeries, type QueueSeries } from './queue-series';
import { base64Of, brokerArn, brokerMessage, messageIdOf } from './records';
import type { QueueSource, SourceHost } from './source';

/** ActiveMQ's redelivery policy waits this long before it hands a rolled-back message out again. */
const REDELIVERY_DELAY_MS = 1_000;
/** ActiveMQ always has a dead-letter queue; this is its default name. */
const ACTIVEMQ_DLQ = 'ActiveMQ.DLQ';

const isVisible = (qm: QueueMessage) => qm.state === QState.Visible;

/**
 * The queue of an Amazon MQ broker (ActiveMQ or RabbitMQ) that a mapping consumes. A failed batch
 * goes back to the broker, which redelivers each message after a short delay until its
 * redeliveries run out, and then moves it to its dead-letter queue. Messages waiting for a
 * redelivery count as delayed.
 */
export class MqBroker implements QueueSource {
  readonly kind = 'mq';
  readonly fifo = false;
  readonly name: string;
  readonly entity: string;
  readonly mappingEntity: string;
  readonly engine: 'activemq' | 'rabbitmq';
  private readonly queue: string;
  private readonly arn: string;
  private readonly maxRedeliveries: number;
  private readonly dlq: string | undefined;
  private readonly visible = new FifoList<QueueMessage>();
  private readonly redeliveries = new DeadlineList<QueueMessage>();
  private visibleCount = 0;
  private inFlightCount = 0;
  private waitingCount = 0;
  private sent = 0;
  private readonly epochMs: number;
  readonly series: QueueSeries = queueSeries();
  private readonly deliveredDetails: TraceDetail[] = [];
  private readonly sentDetails = new Map<Producer, TraceDetail>();

  constructor(
    private readonly sim: Sim,
    private readonly host: SourceHost,
    readonly index: number,
    config: BrokerConfig,
  ) {
    this.name = config.name;
    this.entity = `mq:${config.name}`;
    this.mappingEntity = `esm:mq:${config.name}`;
    this.engine = config.engine;
    this.queue = config.queue;
    this.arn = brokerArn(config.name);
    this.maxRedeliveries = config.maximumRedeliveries;
    this.dlq = config.deadLetterQueue ?? (config.engine === 'activemq' ? ACTIVEMQ_DLQ : undefined);
    this.epochMs = Date.parse(sim.scenario.startTime);
  }

  get nextWakeAt(): number {
    return this.redeliveries.nextAt;
  }

  send(p: Producer): void {
    const sim = this.sim;
    p.sent++;
    const m = sim.newMessageFrom(p.entity, -1, 'poll', '', p.body, -1, -1);
    const qm = queueMessage(m, p, sim.now, this.sent++, null, QState.Visible);
    sim.emit('queue.sent', m, p.entity, this.entity, 'mq.mapping', null, '', this.sentDetail(p));
    this.becomeVisible(qm);
  }

  hasReceivable(): boolean {
    return this.visibleCount > 0;
  }

  isQuiet(): boolean {
    return this.visibleCount === 0 && this.inFlightCount === 0 && this.waitingCount === 0;
  }

  peek(): QueueMessage | undefined {
    return this.visible.peek(isVisible);
  }

  /** The broker delivers the message to Lambda's consumer, which holds it unacknowledged. */
  receive(qm: QueueMessage): void {
    const now = this.sim.now;
    this.visible.take();
    qm.state = QState.InFlight;
    this.visibleCount--;
    this.inFlightCount++;
    qm.receiveCount++;
    qm.receivedAt = now;
    if (qm.firstReceivedAt < 0) qm.firstReceivedAt = now;
    qm.msg.attempt = qm.receiveCount;
    qm.msg.invokeCount = qm.receiveCount;
    this.sim.emit(
      'queue.received',
      qm.msg,
      this.entity,
      this.mappingEntity,
      qm.receiveCount > 1 ? 'mq.redelivery' : 'mq.mapping',
      null,
      '',
      this.deliveredDetail(qm.receiveCount),
    );
    this.touch();
  }

  filterRecord(qm: QueueMessage): unknown {
    return brokerMessage(
      this.engine,
      this.queue,
      qm,
      qm.receiveCount,
      qm.receivedAt,
      this.messageId(qm),
      this.epochMs,
      qm.producer.body,
    );
  }

  eventFor(b: Batch): unknown {
    const messages = new Array<unknown>(b.records.length);
    for (let i = 0; i < messages.length; i++) {
      const qm = b.records[i]!;
      messages[i] = brokerMessage(
        this.engine,
        this.queue,
        qm,
        b.receipts[i]!,
        b.receivedAt[i]!,
        this.messageId(qm),
        this.epochMs,
        base64Of(qm.producer),
      );
    }
    if (this.engine === 'rabbitmq')
      return {
        eventSource: 'aws:rmq',
        eventSourceArn: this.arn,
        rmqMessagesByQueue: { [`${this.queue}::/`]: messages },
      };
    return { eventSource: 'aws:mq', eventSourceArn: this.arn, messages };
  }

  processed(qm: QueueMessage): void {
    this.finish(qm);
    this.sim.settle(qm.msg, 'processed', 'mq.ack');
    this.touch();
  }

  filtered(qm: QueueMessage): void {
    this.finish(qm);
    this.sim.emit('queue.filtered', qm.msg, 'lambda', this.entity, 'esm.filter-mq', null, '', {
      queue: this.name,
      sourceKind: 'mq',
    });
    this.sim.settle(qm.msg, 'filtered', 'esm.filter-mq');
    this.touch();
  }

  /** Rolled back: redelivered after the delay, or dead-lettered once redeliveries run out. */
  failed(qm: QueueMessage): void {
    const sim = this.sim;
    const redeliveriesUsed = qm.receiveCount - 1;
    if (redeliveriesUsed >= this.maxRedeliveries) {
      this.finish(qm);
      const to = this.dlq === undefined ? this.entity : `dlq:mq:${this.name}/${this.dlq}`;
      sim.emit('queue.redriven', qm.msg, this.entity, to, 'mq.broker-dlq', null, '', {
        queue: this.name,
        sourceKind: 'mq',
        deadLetterQueue: this.dlq,
        receiveCount: qm.receiveCount,
        maxReceiveCount: this.maxRedeliveries + 1,
      });
      if (this.dlq === undefined) sim.settle(qm.msg, 'dropped', 'mq.broker-dlq');
      else sim.settle(qm.msg, 'redriven', 'mq.broker-dlq', [to]);
    } else {
      this.inFlightCount--;
      this.waitingCount++;
      qm.state = QState.Delayed;
      this.redeliveries.push(qm, sim.now + REDELIVERY_DELAY_MS, qm.receiveCount);
      this.host.wakeAt(this.index, sim.now + REDELIVERY_DELAY_MS);
    }
    this.touch();
  }

  throttleDeadline(): number {
    return Infinity;
  }

  wake(): void {
    const now = this.sim.now;
    for (let qm = this.redeliveries.takeDue(now); qm; qm = this.redeliveries.takeDue(now)) {
      if (qm.state !== QState.Delayed) continue;
      this.waitingCount--;
      this.sim.emit(
        'queue.returned',
        qm.msg,
        this.entity,
        this.entity,
        'mq.redelivery',
        null,
        '',
        this.deliveredDetail(qm.receiveCount),
      );
      this.becomeVisible(qm);
    }
    this.touch();
  }

  run(): QueueRun {
    return { name: this.name, kind: 'mq', fifo: false, series: this.series };
  }

  private becomeVisible(qm: QueueMessage): void {
    qm.state = QState.Visible;
    this.visibleCount++;
    this.visible.push(qm);
    this.host.wantPoll(this.index);
    this.touch();
  }

  private finish(qm: QueueMessage): void {
    if (qm.state === QState.InFlight) this.inFlightCount--;
    else if (qm.state === QState.Visible) this.visibleCount--;
    else if (qm.state === QState.Delayed) this.waitingCount--;
    qm.state = QState.Done;
  }

  private touch(): void {
    const t = this.sim.now;
    this.series.visible.set(t, this.visibleCount);
    this.series.inFlight.set(t, this.inFlightCount);
    this.series.delayed.set(t, this.waitingCount);
  }

  private messageId(qm: QueueMessage): string {
    return messageIdOf(this.sim.scenario.seed, qm);
  }

  private sentDetail(p: Producer): TraceDetail {
    let d = this.sentDetails.get(p);
    if (d === undefined) {
      d = Object.freeze({ queue: this.name, sourceKind: 'mq' as const, sizeBytes: p.sizeBytes });
      this.sentDetails.set(p, d);
    }
    return d;
  }

  private deliveredDetail(n: number): TraceDetail {
    let d = this.deliveredDetails[n];
    if (d === undefined) {
      d = Object.freeze({
        queue: this.name,
        sourceKind: 'mq' as const,
        receiveCount: n,
        maxReceiveCount: this.maxRedeliveries + 1,
      });
      this.deliveredDetails[n] = d;
    }
    return d;
  }
}
