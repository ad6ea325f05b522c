import type { RuleId } from '../../catalog/rules';
import type { Sampled } from '../behaviour';
import { emitTooLarge, type Oversized } from '../payload-limits';
import type { Message, Scheduled } from '../sim';
import type { FateKind } from '../types';
import { type Json, type PushContext, PushTask, Source } from './source';

/** Why one call of a synchronous service did not give it a usable answer. */
export type Failure =
  | 'error' // the function threw
  | 'crash' // the runtime crashed
  | 'timeout' // the function hit its own timeout
  | 'throttle' // Lambda answered 429
  | 'service-error' // Lambda answered 500
  | 'gave-up' // the service's own time limit passed first
  | 'malformed' // the function answered, but not in the shape the service needs
  | 'denied' // Lambda refused: no permission
  | 'not-configured'; // the trigger was refused at setup, so nothing was called

/** How a synchronous service ends an event: its fate, the rule behind it, what its client sees. */
export interface Verdict {
  readonly fate: FateKind;
  readonly rule: RuleId;
  readonly statusCode?: number;
  readonly answer: string;
  /** Something the function reported that the service acts on (an SES disposition). */
  readonly report?: string;
}

/** A synchronous service's own rules: its time limits, its retries and its error mapping. */
export interface CallerPolicy {
  /** A few words naming the workload's events in the log. */
  readonly summary: string;
  /** The service stops waiting for one attempt after this long … */
  readonly attemptLimitMs?: number;
  /** … or for the whole event after this long. */
  readonly overallLimitMs?: number;
  readonly limitRule: RuleId;
  readonly maxAttempts: number;
  readonly retryRule: RuleId;
  /** Share of successful answers the service cannot use (bad proxy response …). */
  readonly malformedRate: number;
  retries(f: Failure): boolean;
  retryDelayMs(retryNumber: number): number;
  success(): Verdict;
  failure(f: Failure, s: Sampled | null): Verdict;
}

interface Waiting {
  readonly event: Message;
  attempt: number;
  /** The invocation the service is waiting for now, if any. */
  current: Message | null;
  /** When the service gives up on the whole event (Infinity when it never does). */
  readonly deadline: number;
  /** Handles of the pending deadline timers (-1: none), cancelled once they cannot matter. */
  overallTimer: number;
  attemptTimer: number;
}

const OVERALL = 0;

/**
 * A service that calls the function with RequestResponse and waits: one event, one or more
 * attempts, each a child invocation. Its time limits give up on an invocation without stopping it
 * (that invocation ends "abandoned"); its retries start new invocations; its verdict is what its
 * own client sees.
 */
export class SyncCaller extends Source {
  private readonly waiting = new Map<number, Waiting>();
  private readonly policy: CallerPolicy;
  /** Set when every event of this service is over the synchronous Invoke limit (6 MB). */
  private readonly tooLarge: Oversized | null = this.oversized(false);

  /** `policyFor` words the policy from the event the service sends (its summary, its settings). */
  constructor(ctx: PushContext, index: number, policyFor: (payload: Json) => CallerPolicy) {
    super(ctx, index);
    this.policy = policyFor(this.payload);
  }

  arrive(): void {
    const sim = this.sim;
    const event = this.newEvent('sync', this.policy.summary);
    if (this.notConfigured)
      return this.conclude(event, this.policy.failure('not-configured', null));
    const overall = this.policy.overallLimitMs;
    const wait: Waiting = {
      event,
      attempt: 0,
      current: null,
      deadline: overall === undefined ? Infinity : sim.now + overall,
      overallTimer: -1,
      attemptTimer: -1,
    };
    this.waiting.set(event.id, wait);
    if (overall !== undefined)
      wait.overallTimer = sim.scheduleCancellable(
        wait.deadline,
        PushTask.Deadline,
        event,
        null,
        OVERALL,
      );
    this.attempt(wait);
  }

  override handle(task: Scheduled): void {
    const wait = this.waiting.get(task.msg!.id);
    if (wait === undefined) return; // the event already ended: a stale timer
    if (task.task === PushTask.Attempt) return this.attempt(wait);
    if (task.n === OVERALL) {
      this.say('source.timeout', wait.event, 'lambda', this.policy.limitRule, {
        limitMs: this.policy.overallLimitMs,
      });
      return this.conclude(wait.event, this.policy.failure('gave-up', null));
    }
    if (task.n !== wait.attempt || wait.current === null) return;
    // The attempt's time is up while the function still runs: the service moves on without it.
    this.say('source.timeout', wait.event, 'lambda', this.policy.limitRule, {
      limitMs: this.policy.attemptLimitMs,
    });
    wait.current = null;
    this.failed(wait, 'gave-up', null);
  }

  override complete(inv: Message, s: Sampled): void {
    const wait = this.waiting.get(inv.parent);
    if (wait === undefined || wait.current !== inv) return this.abandon(inv);
    wait.current = null;
    this.sim.cancel(wait.attemptTimer);
    this.endInvocation(inv, s);
    if (s.outcome === 'success') {
      const bad = this.policy.malformedRate;
      if (bad > 0 && this.ctx.rng.next() < bad) return this.failed(wait, 'malformed', s);
      return this.conclude(wait.event, this.policy.success());
    }
    this.failed(wait, s.outcome, s);
  }

  private attempt(wait: Waiting): void {
    const big = this.tooLarge;
    if (big !== null) {
      // Lambda refuses the call with 413 before anything runs; retrying cannot make it fit.
      emitTooLarge(this.sim, wait.event, this.entity, big.bytes, big.limit);
      return this.conclude(wait.event, {
        fate: 'too-large',
        rule: big.limit.rule,
        answer: `${this.record.shortName} could not invoke the function: 413 RequestTooLargeException`,
      });
    }
    if (this.deniedOnInvoke) {
      this.denied(wait.event);
      return this.conclude(wait.event, this.policy.failure('denied', null));
    }
    wait.attempt++;
    wait.event.attempt = wait.attempt;
    const { inv, throttle } = this.invokeSync(wait.event, wait.attempt);
    if (throttle !== null)
      return this.failed(wait, throttle.status === 500 ? 'service-error' : 'throttle', null);
    wait.current = inv;
    const limit = this.policy.attemptLimitMs;
    if (limit !== undefined)
      wait.attemptTimer = this.sim.scheduleCancellable(
        this.sim.now + limit,
        PushTask.Deadline,
        wait.event,
        null,
        wait.attempt,
      );
  }

  private failed(wait: Waiting, f: Failure, s: Sampled | null): void {
    const p = this.policy;
    const sim = this.sim;
    if (p.retries(f) && wait.attempt < p.maxAttempts && sim.now < wait.deadline) {
      const delayMs = p.retryDelayMs(wait.attempt);
      this.say('source.retry', wait.event, this.entity, p.retryRule, {
        delayMs,
        retryNumber: wait.attempt,
        maxRetries: p.maxAttempts - 1,
        reason: f,
      });
      sim.schedule(sim.now + delayMs, PushTask.Attempt, wait.event, null);
      return;
    }
    this.conclude(wait.event, p.failure(f, s));
  }

  private conclude(event: Message, v: Verdict): void {
    const wait = this.waiting.get(event.id);
    if (wait !== undefined) {
      this.sim.cancel(wait.overallTimer);
      this.sim.cancel(wait.attemptTimer);
    }
    this.waiting.delete(event.id);
    if (v.report !== undefined)
      this.say('source.report', event, this.entity, v.rule, { report: v.report });
    this.finish(event, v.fate, v.rule, { statusCode: v.statusCode, answer: v.answer });
  }
}
