import type { RuleId } from '../../catalog/rules';
import { serviceById, type ServiceRecord } from '../../catalog/services';
import type { PushSource } from '../../scenario/push-schema';
import type { Workload } from '../../scenario/schema';
import type { AsyncPath } from '../async-path';
import type { Sampled } from '../behaviour';
import type { Throttle } from '../capacity';
import type { Invoker } from '../invoke';
import { type Oversized, overLimit, requestBytes, requestLimit } from '../payload-limits';
import type { Permissions } from '../permissions';
import type { Rng } from '../rng';
import { type Message, type Scheduled, type Sim, type Subsystem, TASK_BASE } from '../sim';
import type { FateKind, InvocationPath, TraceDetail, TraceKind } from '../types';
import { type Access, checkAccess, setupRefusal } from './access';
import { basePayload } from './payloads';

type Json = Record<string, unknown>;

/** The push sources' own scheduled tasks, numbered from TASK_BASE.push. */
export const PushTask = {
  /** A delivery, attempt or retry of a message is due (msg = that message). */
  Attempt: TASK_BASE.push,
  /** A service's time limit (msg = the service's event; n = which wait it ends, 0 = all of it). */
  Deadline: TASK_BASE.push + 1,
  /** Firehose's buffer interval may have passed (n = workload index). */
  Flush: TASK_BASE.push + 2,
  /** A periodic AWS Config rule runs again (n = workload index). */
  Periodic: TASK_BASE.push + 3,
} as const;

/** What every source shares: the run, the Lambda front door and the async queue. */
export interface PushContext {
  readonly sim: Sim;
  readonly invoker: Invoker;
  readonly lambdaAsync: AsyncPath;
  /** The PushSources subsystem: owner of the invocations whose end a source wants to hear of. */
  readonly owner: Subsystem;
  /** The push sources' own random stream: their draws never move the function's. */
  readonly rng: Rng;
  readonly permissions: Permissions;
}

export interface SourceHandler {
  /** Time 0: a service that checks permissions when its trigger is saved does it now. */
  start(): void;
  /** The workload's next arrival: the service produces an event. */
  arrive(): void;
  handle(task: Scheduled): void;
  /** An invocation this source owns has ended. */
  complete(m: Message, s: Sampled): void;
}

/**
 * One workload's service. Each event the service produces is a message (path 'sync' or 'async' as
 * the service invokes), and each Lambda invocation it makes is a child message (`parent`), so the
 * trace keeps apart what the service saw (504, sign-up failed, stack failed …) and what the function
 * did (it may run on after its caller gave up).
 */
export abstract class Source<S extends PushSource = PushSource> implements SourceHandler {
  readonly sim: Sim;
  readonly w: Workload;
  readonly src: S;
  readonly record: ServiceRecord;
  /** Entity id of the service in the trace: the workload's id. */
  readonly entity: string;
  readonly qualifier: string;
  readonly access: Access;
  readonly payload: Json;

  constructor(
    readonly ctx: PushContext,
    readonly index: number,
  ) {
    const sim = ctx.sim;
    this.sim = sim;
    this.w = sim.scenario.workloads[index]!;
    this.src = this.w.source as S;
    this.record = serviceById(this.src.service)!;
    this.entity = this.w.id;
    this.qualifier = String(this.w.qualifier);
    this.access = checkAccess(this.src, this.record, ctx.permissions);
    this.payload = basePayload(this.w, this.record, sim.scenario.seed);
  }

  start(): void {
    const a = this.access;
    if (a.allowed || a.when !== 'setup') return;
    this.sim.emit(
      'source.config-refused',
      null,
      this.entity,
      'lambda',
      this.src.service === 's3' ? 'push.s3.config-refused' : 'push.config-refused',
      null,
      '',
      { ...a.detail, answer: setupRefusal(this.src.service) },
    );
  }

  abstract arrive(): void;

  handle(task: Scheduled): void {
    throw new Error(`${this.src.service} has no task ${task.task}`);
  }

  complete(m: Message, s: Sampled): void {
    throw new Error(`${this.src.service} does not own message ${m.id} (it ended: ${s.outcome})`);
  }

  /**
   * The service's event is over Invoke's limit for the way it invokes (6 MB synchronous, 1 MB
   * asynchronous): Lambda refuses every call with 413. Null when it fits.
   */
  protected oversized(async: boolean): Oversized | null {
    return overLimit(requestBytes(this.w, this.payload), requestLimit(async, undefined));
  }

  /** True when the trigger was refused at setup: the service's events invoke nothing. */
  get notConfigured(): boolean {
    return !this.access.allowed && this.access.when === 'setup';
  }

  /** True when each call the service makes is denied. */
  get deniedOnInvoke(): boolean {
    return !this.access.allowed && this.access.when === 'invoke';
  }

  /** The service produces one event (or receives one request). */
  protected newEvent(path: InvocationPath, summary: string, payload: unknown = this.payload) {
    const sim = this.sim;
    const m = sim.newMessage(this.index, path, this.qualifier, payload);
    sim.emit('source.event', m, this.entity, 'lambda', this.eventRule, null, '', {
      service: this.src.service,
      summary,
    });
    return m;
  }

  /** The rule that says how this service invokes (its invocation model). */
  protected get eventRule(): RuleId {
    return this.record.invocation === 'async' ? 'push.invoke-async' : 'push.invoke-sync';
  }

  /**
   * One synchronous call for `parent`: a child message invoked through Lambda's front door. A call
   * Lambda refuses (429, 500) is settled at once and returned with its throttle.
   */
  protected invokeSync(
    parent: Message,
    attempt: number,
    payload: unknown = parent.payload,
    extra: TraceDetail | null = null,
  ): { inv: Message; throttle: Throttle | null } {
    const sim = this.sim;
    const inv = sim.newMessageFrom(
      this.entity,
      this.index,
      'sync',
      this.qualifier,
      payload,
      -1,
      parent.id,
    );
    inv.owner = this.ctx.owner;
    inv.attempt = attempt;
    sim.emit('source.invoke', inv, this.entity, 'lambda', 'push.invoke-sync', null, '', {
      service: this.src.service,
      invocationType: 'RequestResponse',
      ...extra,
    });
    const throttle = this.ctx.invoker.invoke(inv, this.entity);
    if (throttle !== null)
      sim.settle(inv, throttle.status === 500 ? 'service-error' : 'throttled', throttle.rule);
    return { inv, throttle };
  }

  /**
   * Hand `parent` to Lambda's asynchronous queue as a child event. With `observe`, this source hears
   * how each invocation of it ends (and passes it on to the async path itself).
   */
  protected invokeAsync(parent: Message, observe: boolean): Message {
    const sim = this.sim;
    const ev = sim.newMessageFrom(
      this.entity,
      this.index,
      'async',
      this.qualifier,
      parent.payload,
      -1,
      parent.id,
    );
    if (observe) ev.owner = this.ctx.owner;
    ev.lineage = parent.lineage;
    sim.emit('source.invoke', ev, this.entity, 'lambda', 'push.invoke-async', null, '', {
      service: this.src.service,
      invocationType: 'Event',
    });
    this.ctx.lambdaAsync.arrive(ev);
    return ev;
  }

  /** Lambda refused the service's call: the resource policy (or the service's role) does not allow it. */
  protected denied(m: Message): void {
    const a = this.access;
    if (a.allowed) return;
    this.sim.emit('source.denied', m, 'lambda', this.entity, a.rule, null, '', {
      ...a.detail,
      statusCode: 403,
      errorType: 'AccessDeniedException',
    });
  }

  /** The function returned, threw, crashed or timed out: the invocation's own fate. */
  protected endInvocation(inv: Message, s: Sampled): void {
    if (s.outcome === 'success') this.sim.settle(inv, 'succeeded', 'sync.request');
    else if (s.outcome === 'timeout') this.sim.settle(inv, 'timed-out', 'sync.timeout');
    else this.sim.settle(inv, 'function-error', 'sync.function-error');
  }

  /** An invocation whose caller had already stopped waiting. */
  protected abandon(inv: Message): void {
    this.sim.settle(inv, 'abandoned', 'push.caller-gone');
  }

  /** What the service answers its client (or records), then the event's fate. */
  protected finish(
    m: Message,
    fate: FateKind,
    rule: RuleId,
    detail: TraceDetail,
    deliveredTo?: readonly string[],
  ): void {
    this.sim.emit('source.response', m, this.entity, 'client', rule, null, m.lastVersion, {
      service: this.src.service,
      ...detail,
    });
    this.sim.settle(m, fate, rule, deliveredTo);
  }

  /** Emit an event about `m` from this service, with the service named in its detail. */
  protected say(
    kind: TraceKind,
    m: Message | null,
    to: string,
    rule: RuleId,
    detail: TraceDetail,
  ): void {
    this.sim.emit(kind, m, this.entity, to, rule, null, m?.lastVersion ?? '', {
      service: this.src.service,
      ...detail,
    });
  }
}

export type { Json };
