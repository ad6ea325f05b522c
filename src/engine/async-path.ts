import type { RuleId } from '../catalog/rules';
import type { AsyncConfig } from '../scenario/schema';
import type { Sampled } from './behaviour';
import type { FunctionModel } from './function-model';
import type { Invoker } from './invoke';
import { dlqAttributes, invocationRecord } from './records';
import { loopRule, loopSettings, type LoopSettings, loopStops } from './recursion';
import { type Message, type Sim, Task } from './sim';
import type { FateKind, InvocationRecord, TraceDetail } from './types';

const RETRY_DELAYS_MS = [60_000, 120_000]; // ≈1 min before retry 1, ≈2 min before retry 2
const THROTTLE_BACKOFF_START_MS = 1_000;
const THROTTLE_BACKOFF_MAX_MS = 300_000;
const EXPIRE = 1;
const ACCEPTED_202: TraceDetail = Object.freeze({ statusCode: 202 });

/**
 * Event invocations: the internal queue, retries after function errors (up to
 * MaximumRetryAttempts), backoff after throttles (without using attempts), expiry at
 * MaximumEventAgeInSeconds, then the DLQ and/or on-failure destination.
 */
export class AsyncPath {
  private readonly queueDelayMs: number;
  private readonly duplicateRate: number;
  private readonly reservedZero: boolean;
  private readonly loop: LoopSettings;

  constructor(
    private readonly sim: Sim,
    private readonly fn: FunctionModel,
    private readonly invoker: Invoker,
  ) {
    this.queueDelayMs = sim.scenario.async.queueDelayMs;
    this.duplicateRate = sim.scenario.async.duplicateRate;
    this.reservedZero = sim.scenario.function.reservedConcurrency === 0;
    this.loop = loopSettings(sim.scenario);
  }

  arrive(m: Message): void {
    const sim = this.sim;
    sim.emit(
      'async.accepted',
      m,
      m.workload,
      'async-queue',
      'async.accepted',
      null,
      '',
      ACCEPTED_202,
    );
    sim.setQueued(1);
    sim.schedule(sim.now + this.queueDelayMs, Task.Attempt, m, null);
    if (this.duplicateRate > 0 && sim.rng.next() < this.duplicateRate) {
      const dup = sim.newMessageFrom(
        m.workload,
        m.workloadIndex,
        'async',
        m.qualifier,
        m.payload,
        m.id,
        m.parent,
      );
      sim.emit('async.duplicate', dup, 'async-queue', 'async-queue', 'async.duplicate', null, '', {
        duplicateOf: m.id,
      });
      sim.setQueued(1);
      const lag = Math.round(sim.rng.uniform(50, 1_000));
      sim.schedule(sim.now + this.queueDelayMs + lag, Task.Attempt, dup, null);
    }
  }

  /** An attempt is due (n = EXPIRE when the event reached its maximum age while waiting). */
  attempt(m: Message, n: number): void {
    const sim = this.sim;
    const cfg = this.fn.asyncConfig(m.qualifier);
    if (n === EXPIRE) return this.expire(m, cfg);
    if (loopStops(this.loop, m.lineage)) return this.loopStopped(m, cfg);
    const throttle = this.invoker.invoke(m, 'async-queue');
    if (!throttle) {
      sim.setQueued(-1);
      return;
    }
    if (this.reservedZero && throttle.status === 429) {
      sim.setQueued(-1);
      return this.discard(m, cfg, 'RetriesExhausted', 'async.reserved-zero');
    }
    const delayMs = Math.min(
      THROTTLE_BACKOFF_MAX_MS,
      THROTTLE_BACKOFF_START_MS * 2 ** m.backoffStep,
    );
    m.backoffStep++;
    sim.emit(
      'async.retry',
      m,
      'lambda',
      'async-queue',
      'async.retry-throttle',
      null,
      m.lastVersion,
      {
        cause: throttle.status === 500 ? 'service-error' : 'throttle',
        delayMs,
        reason: throttle.reason,
      },
    );
    this.retryAt(m, cfg, sim.now + delayMs);
  }

  complete(m: Message, s: Sampled): void {
    const sim = this.sim;
    const cfg = this.fn.asyncConfig(m.qualifier);
    if (s.outcome === 'success') {
      if (cfg.onSuccess) {
        const to = this.toDestination(m, 'onSuccess', cfg.onSuccess, 'Success');
        sim.settle(m, 'succeeded', 'async.accepted', to === null ? [] : [to]);
      } else {
        sim.settle(m, 'succeeded', 'async.accepted');
      }
      return;
    }
    const retriesUsed = m.attempt - 1;
    if (retriesUsed < cfg.maximumRetryAttempts) {
      const delayMs = RETRY_DELAYS_MS[retriesUsed]!;
      m.attempt++;
      sim.emit(
        'async.retry',
        m,
        'function',
        'async-queue',
        'async.retry-function-error',
        null,
        m.lastVersion,
        {
          cause: 'function-error',
          delayMs,
          retryNumber: retriesUsed + 1,
          maxRetries: cfg.maximumRetryAttempts,
          errorType: s.errorType,
          errorMessage: s.errorMessage,
        },
      );
      sim.setQueued(1);
      this.retryAt(m, cfg, sim.now + delayMs);
      return;
    }
    sim.emit(
      'async.exhausted',
      m,
      'function',
      'lambda',
      'async.retries-exhausted',
      null,
      m.lastVersion,
      {
        condition: 'RetriesExhausted',
        maxRetries: cfg.maximumRetryAttempts,
      },
    );
    this.discard(m, cfg, 'RetriesExhausted', 'async.retries-exhausted');
  }

  /** Schedule the next attempt, or the expiry if the event would be too old by then. */
  private retryAt(m: Message, cfg: AsyncConfig, at: number): void {
    const deadline = m.createdAt + cfg.maximumEventAgeInSeconds * 1000;
    // A long invocation can end after the deadline: then the event expires at once.
    if (at > deadline)
      this.sim.schedule(Math.max(deadline, this.sim.now), Task.Attempt, m, null, EXPIRE);
    else this.sim.schedule(at, Task.Attempt, m, null);
  }

  private expire(m: Message, cfg: AsyncConfig): void {
    const sim = this.sim;
    sim.setQueued(-1);
    sim.emit(
      'async.expired',
      m,
      'async-queue',
      'lambda',
      'async.max-event-age',
      null,
      m.lastVersion,
      {
        condition: 'EventAgeExceeded',
        ageMs: sim.now - m.createdAt,
      },
    );
    this.discard(m, cfg, 'EventAgeExceeded', 'async.max-event-age');
  }

  /**
   * The event has invoked the function 16 times through an SNS topic or S3 bucket: Lambda stops
   * the loop and treats the event as failed (DLQ, on-failure destination, or dropped).
   */
  private loopStopped(m: Message, cfg: AsyncConfig): void {
    const sim = this.sim;
    sim.setQueued(-1);
    const service = sim.scenario.workloads[m.workloadIndex]?.source?.service;
    const rule = loopRule(service === 's3' ? 's3' : 'sns');
    sim.emit('loop.stopped', m, 'async-queue', 'lambda', rule, null, m.lastVersion, {
      service,
      loopCount: m.lineage,
      recursiveLoop: 'Terminate',
      errorCode: 'RecursiveInvocationException',
    });
    this.discard(m, cfg, 'RetriesExhausted', rule);
  }

  /** Send a discarded event to the DLQ and/or on-failure destination, then settle its fate. */
  private discard(
    m: Message,
    cfg: AsyncConfig,
    condition: 'RetriesExhausted' | 'EventAgeExceeded',
    cause: RuleId,
  ): void {
    const sim = this.sim;
    const version = m.lastVersion
      ? this.fn.versions.get(m.lastVersion)!
      : this.fn.primaryVersion(m.qualifier);
    const delivered: string[] = [];
    const dlq = version.deadLetterQueue;
    let dlqDelivered = false;
    if (dlq && this.sim.destinationsUnreachable()) {
      sim.emit('dlq.failed', m, 'lambda', 'dlq', 'async.dlq-delivery-failed', null, version.name, {
        target: dlq.name,
        targetType: dlq.type,
        condition,
      });
    } else if (dlq) {
      sim.emit('dlq.sent', m, 'lambda', 'dlq', 'async.dlq', null, version.name, {
        target: dlq.name,
        targetType: dlq.type,
        condition,
        attributes: dlqAttributes(sim, m),
      });
      delivered.push(`dlq:${dlq.type}:${dlq.name}`);
      dlqDelivered = true;
    }
    const to = cfg.onFailure ? this.toDestination(m, 'onFailure', cfg.onFailure, condition) : null;
    if (to !== null) delivered.push(to);

    let fate: FateKind;
    let rule: RuleId;
    if (dlqDelivered && to !== null) [fate, rule] = ['dlq', 'async.dlq-and-destination'];
    else if (dlqDelivered) [fate, rule] = ['dlq', 'async.dlq'];
    else if (to !== null) [fate, rule] = ['destination', 'async.destination'];
    // Configured but unreachable: the event is lost, as with nowhere to send it.
    else if (dlq || cfg.onFailure) [fate, rule] = ['dropped', 'async.destination-unreachable'];
    else if (condition === 'EventAgeExceeded') [fate, rule] = ['expired', 'async.max-event-age'];
    else [fate, rule] = ['dropped', 'async.dropped'];
    // With reserved concurrency 0 the reason it was discarded is the kill switch itself.
    const lost = rule === 'async.destination-unreachable';
    // The same for a stopped recursive loop: the fate names the loop detection.
    const own = cause === 'async.reserved-zero' || cause.startsWith('recursion.');
    sim.settle(m, fate, own && !lost ? cause : rule, delivered);
  }

  /** Send the invocation record; returns where it went, or null when it could not be delivered. */
  private toDestination(
    m: Message,
    which: 'onSuccess' | 'onFailure',
    dest: { type: string; name: string },
    condition: InvocationRecord['requestContext']['condition'],
  ): string | null {
    if (this.sim.destinationsUnreachable()) {
      this.sim.emit(
        'destination.failed',
        m,
        'lambda',
        which,
        'async.destination-delivery-failed',
        null,
        m.lastVersion,
        { destination: which, target: dest.name, targetType: dest.type, condition },
      );
      return null;
    }
    const record = invocationRecord(this.sim, this.fn, m, condition);
    this.sim.emit(
      'destination.sent',
      m,
      'lambda',
      which,
      'async.destination',
      null,
      m.lastVersion,
      {
        destination: which,
        target: dest.name,
        targetType: dest.type,
        condition,
        record,
      },
    );
    return `${which}:${dest.type}:${dest.name}`;
  }
}
