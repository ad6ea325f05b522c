import type { RuleId } from '../catalog/rules';
import type { Scenario } from '../scenario/schema';
import { EventHeap } from './heap';
import { Rng } from './rng';
import type {
  Fate,
  FateKind,
  InvocationPath,
  MessageInfo,
  TraceDetail,
  TraceEvent,
  TraceKind,
} from './types';
import type { VersionRuntime } from './function-model';
import type { Sampled } from './behaviour';
import { StepSeries } from './step-series';

/** What the scheduler can be asked to do at a time. */
export const Task = {
  Arrival: 0,
  Attempt: 1,
  InitDone: 2,
  InvokeEnd: 3,
  Reap: 4,
  Recycle: 5,
  EbProduce: 6,
  EbSchedule: 7,
  EbReplay: 8,
  EbDeliver: 9,
  SchedulerFire: 10,
  SchedulerDeliver: 11,
  SchedulerSkip: 12,
  SchedulerWindowFire: 13,
} as const;
export type Task = (typeof Task)[keyof typeof Task];

/**
 * A part of the engine with scheduled tasks of its own. Each subsystem numbers its tasks from its
 * base (push sources 100–199, queue pollers 200–299, stream pollers 300–399) and receives them in
 * `handle`; a message it owns comes back to `complete` when its invocation ends.
 */
export interface Subsystem {
  handle(task: Scheduled): void;
  complete(msg: Message, outcome: Sampled): void;
}

export const TASK_BASE = { push: 100, queues: 200, streams: 300 } as const;

export interface Scheduled {
  t: number;
  seq: number;
  /** A Task, or a subsystem's own task number (see TASK_BASE). */
  task: number;
  msg: Message | null;
  env: Env | null;
  /** Task-specific number: workload index, reaper generation, expiry flag. */
  n: number;
}

/** Mutable per-message state while the run is under way. */
export interface Message extends MessageInfo {
  readonly id: number;
  /** Index of the workload in the scenario. */
  readonly workloadIndex: number;
  readonly workload: string;
  readonly path: InvocationPath;
  readonly qualifier: string;
  readonly createdAt: number;
  readonly payload: unknown;
  readonly duplicateOf: number;
  readonly parent: number;
  /** Sync: the caller's attempt number. Async: 1 + function-error retries used. */
  attempt: number;
  /** Invocations that actually started (approximateInvokeCount). */
  invokeCount: number;
  /** Async: throttle backoff step. */
  backoffStep: number;
  done: boolean;
  lastVersion: string;
  lastStatus: number;
  lastError: Sampled | null;
  /** The subsystem that started this message and learns how its invocations end, if any. */
  owner: Subsystem | null;
  /** Set by the poller that makes a batch, right after creating its message (see MessageInfo). */
  records: readonly unknown[] | null;
  /** A poller's batch: the messages of its records, in order (null for a single event). */
  recordMessages: readonly Message[] | null;
  /** Times a handler reached this event or record: what a transient failure counts. */
  tries: number;
  /**
   * Invocations of this same event before this message: a function that writes the event back to
   * its source passes the count on (the trace context Lambda reads to detect recursive loops).
   */
  lineage: number;
}

export const EnvState = { Idle: 0, Initializing: 1, Busy: 2, Gone: 3 } as const;
export type EnvState = (typeof EnvState)[keyof typeof EnvState];

export interface Env {
  readonly id: number;
  readonly version: VersionRuntime;
  /** Provisioned-concurrency qualifier that owns it, or "" for on-demand. */
  readonly provisionedFor: string;
  readonly createdAt: number;
  state: EnvState;
  idleSince: number;
  /** After a crash or timeout the runtime must initialise again. */
  needsReset: boolean;
  msg: Message | null;
  sampled: Sampled | null;
  startedAt: number;
  /** Where the current invocation came from (entity id), for the trace. */
  from: string;
  /** A provisioned environment due for replacement once its invocation ends. */
  recycleDue: boolean;
  /** Handler runs started here; 0 means the next Init is a cold start. */
  uses: number;
}

const NO_FATE = null as unknown as Fate;
const NOWHERE: readonly string[] = Object.freeze([]);

/** Shared, frozen details: a fate event's detail is one of these, never a fresh object. */
const FATE_DETAIL = new Map<FateKind, TraceDetail>();
function fateDetail(kind: FateKind): TraceDetail {
  let d = FATE_DETAIL.get(kind);
  if (d === undefined) FATE_DETAIL.set(kind, (d = Object.freeze({ fate: kind })));
  return d;
}

/** The core of a run: clock, scheduler, RNG, trace, messages and fates. */
export class Sim {
  now = 0;
  private seq = 0;
  private readonly heap = new EventHeap<Scheduled>();
  private readonly spare: Scheduled[] = [];
  /** Handles of cancellable tasks still in the heap, and of those cancelled. */
  private readonly cancellable = new Set<number>();
  private readonly cancelled = new Set<number>();
  readonly rng: Rng;
  readonly trace: TraceEvent[] = [];
  readonly messages: Message[] = [];
  readonly fates: Fate[] = [];
  readonly concurrency = new StepSeries();
  readonly asyncQueue = new StepSeries();
  queued = 0;
  readonly workloadIds: string[];

  constructor(readonly scenario: Scenario) {
    this.rng = new Rng(scenario.seed);
    this.workloadIds = scenario.workloads.map((w) => w.id);
  }

  schedule(t: number, task: number, msg: Message | null, env: Env | null, n = 0): void {
    this.push(t, task, msg, env, n);
  }

  /**
   * Schedule a task that may turn out not to be needed (a caller's deadline that an answer beats).
   * Returns a handle for `cancel`; a cancelled task never runs and never moves the clock, so a
   * deadline nobody waits for any more does not stretch the run.
   */
  scheduleCancellable(
    t: number,
    task: number,
    msg: Message | null,
    env: Env | null,
    n = 0,
  ): number {
    const seq = this.push(t, task, msg, env, n);
    this.cancellable.add(seq);
    return seq;
  }

  /** Cancel a task from `scheduleCancellable`; a task that already ran is left alone. */
  cancel(handle: number): void {
    if (this.cancellable.delete(handle)) this.cancelled.add(handle);
  }

  private push(t: number, task: number, msg: Message | null, env: Env | null, n: number): number {
    if (!(t >= this.now))
      throw new Error(`cannot schedule at ${t} ms, before now (${this.now} ms)`);
    const seq = this.seq++;
    const s = this.spare.pop();
    if (s === undefined) {
      this.heap.push({ t, seq, task, msg, env, n });
      return seq;
    }
    s.t = t;
    s.seq = seq;
    s.task = task;
    s.msg = msg;
    s.env = env;
    s.n = n;
    this.heap.push(s);
    return seq;
  }

  /** Hand a processed entry back for reuse: fewer short-lived objects for the collector. */
  recycle(s: Scheduled): void {
    s.msg = null;
    s.env = null;
    this.spare.push(s);
  }

  next(limit: number): Scheduled | undefined {
    for (;;) {
      const top = this.heap.peek();
      if (top === undefined || top.t > limit) return undefined;
      this.heap.pop();
      if (this.cancellable.size > 0 || this.cancelled.size > 0) {
        if (this.cancelled.delete(top.seq)) {
          this.recycle(top);
          continue;
        }
        this.cancellable.delete(top.seq);
      }
      this.now = top.t;
      return top;
    }
  }

  /** Tasks still to run (cancelled ones do not count). */
  get pending(): number {
    return this.heap.size - this.cancelled.size;
  }

  emit(
    kind: TraceKind,
    msg: Message | null,
    from: string,
    to: string,
    rule: RuleId,
    env: Env | null = null,
    version = '',
    detail: TraceDetail | null = null,
  ): void {
    this.trace.push({
      seq: this.trace.length,
      t: this.now,
      kind,
      msg: msg === null ? -1 : msg.id,
      attempt: msg === null ? 0 : msg.attempt,
      from,
      to,
      env: env === null ? -1 : env.id,
      version,
      rule,
      detail,
    });
  }

  newMessage(
    workloadIndex: number,
    path: InvocationPath,
    qualifier: string,
    payload: unknown,
    duplicateOf = -1,
  ): Message {
    return this.newMessageFrom(
      this.workloadIds[workloadIndex]!,
      workloadIndex,
      path,
      qualifier,
      payload,
      duplicateOf,
      -1,
    );
  }

  /** A message whose source is not a workload (an EventBridge producer, rule or archive). */
  newMessageFrom(
    source: string,
    workloadIndex: number,
    path: InvocationPath,
    qualifier: string,
    payload: unknown,
    duplicateOf: number,
    parent: number,
  ): Message {
    const m: Message = {
      id: this.messages.length,
      workloadIndex,
      workload: source,
      path,
      qualifier,
      createdAt: this.now,
      payload,
      duplicateOf,
      parent,
      attempt: 1,
      invokeCount: 0,
      backoffStep: 0,
      done: false,
      lastVersion: '',
      lastStatus: 0,
      lastError: null,
      owner: null,
      records: null,
      recordMessages: null,
      tries: 0,
      lineage: 0,
    };
    this.messages.push(m);
    this.fates.push(NO_FATE);
    return m;
  }

  /** Record the one and only fate of a message, with its trace event. */
  settle(m: Message, kind: FateKind, rule: RuleId, deliveredTo: readonly string[] = NOWHERE): void {
    if (m.done) throw new Error(`message ${m.id} already has a fate`);
    m.done = true;
    this.fates[m.id] = { msg: m.id, kind, t: this.now, rule, deliveredTo, attempts: m.invokeCount };
    const by = m.path === 'event' || m.path === 'target' ? 'eventbridge' : 'lambda';
    this.emit('fate', m, by, m.workload, rule, null, m.lastVersion, fateDetail(kind));
  }

  setQueued(delta: number): void {
    this.queued += delta;
    this.asyncQueue.set(this.now, this.queued);
  }

  /**
   * Lambda cannot reach DLQs and destinations now: an injected outage (faults.destinationOutage)
   * covers this moment. The async path and the stream pollers both ask.
   */
  destinationsUnreachable(): boolean {
    const o = this.scenario.faults.destinationOutage;
    return o !== undefined && this.now >= o.fromMs && this.now < o.untilMs;
  }

  /** ISO timestamp of a simulated time. */
  isoTime(t: number): string {
    return new Date(Date.parse(this.scenario.startTime) + t).toISOString();
  }
}
