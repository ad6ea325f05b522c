import type { Scenario } from '../scenario/schema';
import type { Capacity, Throttle } from './capacity';
import type { FunctionModel, VersionRuntime } from './function-model';
import { type Env, EnvState, type Sim, Task } from './sim';
import type { EnvironmentInfo } from './types';

/**
 * Execution environments: provisioned pools per qualifier, on-demand pools per version, warm
 * reuse of the most recently used idle environment, idle reclaim, maximum lifetime, recycling.
 */
export class Environments {
  readonly all: Env[] = [];
  /** Idle on-demand environments by version; the top of each stack is the most recently used. */
  private readonly idle = new Map<string, Env[]>();
  /** Idle provisioned environments by "qualifier|version". */
  private readonly provisionedIdle = new Map<string, Env[]>();
  private readonly idleTimeoutMs: number;
  private readonly maxLifetimeMs: number;
  private readonly recycleMs: number;
  /** Qualifiers that have provisioned concurrency configured. */
  readonly provisionedQualifiers = new Set<string>();
  private reapAt = Infinity;
  private reapGeneration = 0;

  constructor(
    private readonly sim: Sim,
    private readonly capacity: Capacity,
    private readonly fn: FunctionModel,
    scenario: Scenario,
  ) {
    this.idleTimeoutMs = scenario.environment.idleTimeoutMinutes * 60_000;
    this.maxLifetimeMs = scenario.environment.maxLifetimeMinutes * 60_000;
    this.recycleMs = scenario.environment.provisionedRecycleHours * 3_600_000;
  }

  /** Bring up every provisioned environment, initialised ahead of time, at time 0. */
  provisionAll(): void {
    for (const pc of this.sim.scenario.function.provisionedConcurrency) {
      const qualifier = String(pc.qualifier);
      this.provisionedQualifiers.add(qualifier);
      for (const [version, count] of this.fn.provisionedSplit(qualifier, pc.count)) {
        for (let i = 0; i < count; i++) this.addProvisioned(qualifier, version);
      }
    }
  }

  /**
   * An environment for one request to `version` through `qualifier`, or the reason it is
   * throttled. Provisioned first, then a warm on-demand one, then a new one (cold start).
   */
  acquire(version: VersionRuntime, qualifier: string): Env | Throttle {
    // Only qualifiers with provisioned concurrency have a pool (no key string built otherwise).
    const pcStack = this.provisionedQualifiers.has(qualifier)
      ? this.provisionedIdle.get(`${qualifier}|${version.name}`)
      : undefined;
    if (pcStack !== undefined && pcStack.length > 0) {
      const env = pcStack.pop()!;
      this.capacity.provisionedBusy++;
      return env;
    }
    const limited = this.capacity.onDemandThrottle();
    if (limited) return limited;
    const stack = this.idle.get(version.name);
    if (stack !== undefined && stack.length > 0) {
      const env = stack.pop()!;
      this.capacity.onDemandBusy++;
      return env;
    }
    const scaling = this.capacity.takeScaleUp(this.sim.now);
    if (scaling) return scaling;
    this.capacity.onDemandBusy++;
    return this.create(version, '', true);
  }

  /** The invocation in `env` has ended: make it idle, retire or replace it. */
  release(env: Env): void {
    env.msg = null;
    env.sampled = null;
    const now = this.sim.now;
    if (env.provisionedFor !== '') {
      this.capacity.provisionedBusy--;
      if (env.recycleDue) return this.replaceProvisioned(env);
      env.state = EnvState.Idle;
      env.idleSince = now;
      this.stackFor(this.provisionedIdle, `${env.provisionedFor}|${env.version.name}`).push(env);
      return;
    }
    this.capacity.onDemandReleased();
    if (now >= env.createdAt + this.maxLifetimeMs) {
      env.state = EnvState.Gone;
      this.sim.emit(
        'env.retired',
        null,
        'function',
        'function',
        'env.max-lifetime',
        env,
        env.version.name,
      );
      return;
    }
    env.state = EnvState.Idle;
    env.idleSince = now;
    this.stackFor(this.idle, env.version.name).push(env);
    this.wakeReaperBy(this.deadline(env));
  }

  /** Shut down on-demand environments whose idle time or lifetime has run out. */
  reap(generation: number): void {
    if (generation !== this.reapGeneration) return;
    this.reapAt = Infinity;
    const now = this.sim.now;
    let next = Infinity;
    for (const stack of this.idle.values()) {
      let kept = 0;
      for (let i = 0; i < stack.length; i++) {
        const env = stack[i]!;
        const d = this.deadline(env);
        if (d <= now) {
          env.state = EnvState.Gone;
          const byLifetime = env.createdAt + this.maxLifetimeMs <= now;
          this.sim.emit(
            byLifetime ? 'env.retired' : 'env.reclaimed',
            null,
            'function',
            'function',
            byLifetime ? 'env.max-lifetime' : 'env.idle-reclaim',
            env,
            env.version.name,
          );
        } else {
          stack[kept++] = env;
          if (d < next) next = d;
        }
      }
      stack.length = kept;
    }
    if (next < Infinity) this.wakeReaperBy(next);
  }

  /** A provisioned environment's time is up: replace it now, or when its invocation ends. */
  recycle(env: Env): void {
    if (env.state === EnvState.Gone) return;
    if (env.state !== EnvState.Idle) {
      env.recycleDue = true;
      return;
    }
    const stack = this.provisionedIdle.get(`${env.provisionedFor}|${env.version.name}`);
    if (stack) stack.splice(stack.indexOf(env), 1);
    this.replaceProvisioned(env);
  }

  info(): EnvironmentInfo[] {
    return this.all.map((e) => ({
      id: e.id,
      version: e.version.name,
      provisionedFor: e.provisionedFor,
      createdAt: e.createdAt,
    }));
  }

  private replaceProvisioned(env: Env): void {
    env.state = EnvState.Gone;
    this.sim.emit(
      'env.recycled',
      null,
      'function',
      'function',
      'env.provisioned-recycle',
      env,
      env.version.name,
    );
    this.addProvisioned(env.provisionedFor, env.version);
  }

  private addProvisioned(qualifier: string, version: VersionRuntime): void {
    const env = this.create(version, qualifier, false);
    env.state = EnvState.Idle;
    env.idleSince = this.sim.now;
    this.stackFor(this.provisionedIdle, `${qualifier}|${version.name}`).push(env);
    this.sim.emit(
      'env.provisioned',
      null,
      'function',
      'function',
      'env.provisioned',
      env,
      version.name,
      {
        initMs: version.initMs,
        qualifier,
      },
    );
    this.sim.schedule(this.sim.now + this.recycleMs, Task.Recycle, null, env);
  }

  private create(version: VersionRuntime, provisionedFor: string, needsInit: boolean): Env {
    const env: Env = {
      id: this.all.length,
      version,
      provisionedFor,
      createdAt: this.sim.now,
      state: EnvState.Initializing,
      idleSince: 0,
      needsReset: needsInit,
      msg: null,
      sampled: null,
      startedAt: 0,
      from: '',
      recycleDue: false,
      uses: 0,
    };
    this.all.push(env);
    return env;
  }

  private deadline(env: Env): number {
    return Math.min(env.idleSince + this.idleTimeoutMs, env.createdAt + this.maxLifetimeMs);
  }

  private wakeReaperBy(t: number): void {
    if (t >= this.reapAt) return;
    this.reapAt = t;
    this.sim.schedule(t, Task.Reap, null, null, ++this.reapGeneration);
  }

  private stackFor(map: Map<string, Env[]>, key: string): Env[] {
    let s = map.get(key);
    if (s === undefined) map.set(key, (s = []));
    return s;
  }
}
