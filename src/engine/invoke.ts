import { sampleInvocation, type Tries } from './behaviour';
import type { Capacity, Throttle } from './capacity';
import type { Environments } from './environments';
import type { FunctionModel } from './function-model';
import { responseTooLarge, SYNC_PAYLOAD_LIMIT_BYTES } from './payload-limits';
import { type Env, EnvState, type Message, type Sim, Task } from './sim';
import type { TraceDetail } from './types';

/**
 * One invocation through the Lambda front door: route the qualifier to a version, find an
 * environment (or throttle), run Init if needed, then the handler. The invocation path (sync or
 * async) learns the outcome through `onEnd`.
 */
export class Invoker {
  constructor(
    private readonly sim: Sim,
    private readonly fn: FunctionModel,
    private readonly envs: Environments,
    private readonly capacity: Capacity,
  ) {
    this.serviceErrorRate = sim.scenario.faults.serviceErrorRate;
  }

  private readonly serviceErrorRate: number;
  /** Handlers started so far in the run: the behaviour's `failFirst` counts these. */
  private started = 0;

  /** Start an invocation of `msg`; returns the throttle if Lambda refused it (429). */
  invoke(msg: Message, from: string): Throttle | null {
    const sim = this.sim;
    if (this.serviceErrorRate > 0 && sim.rng.next() < this.serviceErrorRate) {
      msg.lastStatus = 500;
      sim.emit(
        'service.error',
        msg,
        from,
        'lambda',
        SERVICE_ERROR.rule,
        null,
        '',
        SERVICE_ERROR_DETAIL,
      );
      return SERVICE_ERROR;
    }
    const route = this.fn.route(msg.qualifier, sim.rng);
    const version = route.version;
    if (route.viaAlias) {
      sim.emit('alias.routed', msg, 'lambda', 'function', route.rule, null, version.name, {
        qualifier: msg.qualifier,
        weight: route.weight,
      });
    }
    const got = this.envs.acquire(version, msg.qualifier);
    if ('reason' in got) {
      msg.lastStatus = 429;
      sim.emit('throttled', msg, from, 'lambda', got.rule, null, version.name, {
        statusCode: 429,
        reason: got.reason,
      });
      return got;
    }
    const env = got;
    msg.lastVersion = version.name;
    msg.invokeCount++;
    env.msg = msg;
    env.from = from;
    sim.concurrency.set(sim.now, this.capacity.busy);
    if (env.needsReset) {
      env.state = EnvState.Initializing;
      const cold = env.uses === 0;
      const rule = !cold
        ? 'env.reset'
        : this.envs.provisionedQualifiers.has(msg.qualifier)
          ? 'env.provisioned-spillover'
          : 'env.cold-start';
      sim.emit('env.init', msg, from, 'function', rule, env, version.name, {
        initMs: version.initMs,
        initReason: cold ? 'cold' : 'reset',
      });
      sim.schedule(sim.now + version.initMs, Task.InitDone, msg, env);
    } else {
      this.startHandler(env, true);
    }
    return null;
  }

  /** Init finished: the handler runs. */
  initDone(env: Env): void {
    env.needsReset = false;
    this.startHandler(env, false);
  }

  /** The handler returned, threw, crashed or timed out. */
  end(env: Env): Message {
    const sim = this.sim;
    const msg = env.msg!;
    const s = env.sampled!;
    // The sampled outcome doubles as the event's detail (outcome, duration, error): no copy.
    const rule =
      s.failFirst !== undefined
        ? 'behaviour.fail-first'
        : s.transientTry !== undefined
          ? 'behaviour.transient-failure'
          : s.responseBytes !== undefined
            ? 'invoke.response-limit'
            : endRule(s.outcome);
    sim.emit('invoke.end', msg, 'function', env.from, rule, env, env.version.name, s);
    msg.lastStatus = 200;
    msg.lastError = s.outcome === 'success' ? null : s;
    // A crash or timeout restarts the runtime: the next use of this environment pays Init again.
    if (s.outcome === 'crash' || s.outcome === 'timeout') env.needsReset = true;
    this.envs.release(env);
    sim.concurrency.set(sim.now, this.capacity.busy);
    return msg;
  }

  private startHandler(env: Env, warm: boolean): void {
    const sim = this.sim;
    const msg = env.msg!;
    env.state = EnvState.Busy;
    env.startedAt = sim.now;
    env.uses++;
    // A batch carries the records its handler walks; a single event carries none (null).
    const b = env.version.behaviour;
    let s = sampleInvocation(
      b,
      msg.payload,
      msg.records,
      env.version.timeoutMs,
      sim.rng,
      ++this.started,
      b.transientFailure === undefined ? null : triesOf(msg),
    );
    // A synchronous caller receives the response itself: more than 6 MB fails the call.
    if (
      s.outcome === 'success' &&
      msg.path === 'sync' &&
      b.responseBytes !== undefined &&
      b.responseBytes > SYNC_PAYLOAD_LIMIT_BYTES
    )
      s = responseTooLarge(s, b.responseBytes);
    env.sampled = s;
    sim.emit(
      'invoke.start',
      msg,
      env.from,
      'function',
      env.provisionedFor !== '' ? 'env.provisioned' : warm ? 'env.warm-start' : 'env.cold-start',
      env,
      env.version.name,
      env.provisionedFor !== '' ? PROVISIONED : warm ? WARM : AFTER_INIT,
    );
    sim.schedule(sim.now + s.durationMs, Task.InvokeEnd, msg, env);
  }
}

const SERVICE_ERROR: Throttle = Object.freeze({
  reason: 'ServiceException',
  rule: 'invoke.service-error',
  status: 500,
});
const SERVICE_ERROR_DETAIL: TraceDetail = Object.freeze({
  statusCode: 500,
  reason: 'ServiceException',
});
const WARM: TraceDetail = Object.freeze({ warm: true, provisioned: false });
const AFTER_INIT: TraceDetail = Object.freeze({ warm: false, provisioned: false });
const PROVISIONED: TraceDetail = Object.freeze({ warm: true, provisioned: true });

/**
 * Who counts a transient failure's tries: a single event counts its own; a batch whose handler
 * walks its records and throws counts each record it reaches; a batch reporting item failures
 * has its records counted by its poller when the response is read. (Pollers name a batch's
 * record messages whenever some version has a transient failure, so a batch is never taken for
 * a single event here.)
 */
function triesOf(msg: Message): Tries {
  if (msg.recordMessages === null) return { event: msg, records: null };
  return { event: null, records: msg.records === null ? null : msg.recordMessages };
}

function endRule(outcome: string) {
  return outcome === 'timeout'
    ? 'sync.timeout'
    : outcome === 'success'
      ? 'sync.request'
      : 'sync.function-error';
}
