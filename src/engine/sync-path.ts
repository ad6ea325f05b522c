import type { Scenario, Workload } from '../scenario/schema';
import type { Sampled } from './behaviour';
import type { Invoker } from './invoke';
import { type Message, type Sim, Task } from './sim';
import type { TraceDetail } from './types';

const OK_200: TraceDetail = Object.freeze({ statusCode: 200 });

/**
 * RequestResponse: the caller waits and sees 200, 200 + X-Amz-Function-Error, 429 or 500. Lambda
 * never retries; a caller with an SDK retry policy retries throttles and service errors itself. DryRun lives here
 * too: it answers 204 and runs nothing.
 */
export class SyncPath {
  private readonly workloads: Scenario['workloads'];

  constructor(
    private readonly sim: Sim,
    private readonly invoker: Invoker,
  ) {
    this.workloads = sim.scenario.workloads;
  }

  arrive(m: Message): void {
    this.request(m);
  }

  dryRun(m: Message): void {
    const caller = this.caller(m);
    this.sim.emit('dryrun.accepted', m, caller, 'lambda', 'invoke.dry-run', null, '', {
      statusCode: 204,
    });
    this.sim.settle(m, 'dry-run', 'invoke.dry-run');
  }

  /** The caller's own retry is due. */
  retry(m: Message): void {
    m.attempt++;
    this.request(m);
  }

  complete(m: Message, s: Sampled): void {
    const sim = this.sim;
    const caller = this.caller(m);
    if (s.outcome === 'success') {
      sim.emit('sync.response', m, 'lambda', caller, 'sync.request', null, m.lastVersion, OK_200);
      sim.settle(m, 'succeeded', 'sync.request');
      return;
    }
    const rule =
      s.outcome === 'timeout'
        ? 'sync.timeout'
        : s.responseBytes !== undefined
          ? 'invoke.response-limit'
          : 'sync.function-error';
    sim.emit('sync.response', m, 'lambda', caller, rule, null, m.lastVersion, {
      statusCode: 200,
      functionError: 'Unhandled',
      errorType: s.errorType,
      errorMessage: s.errorMessage,
    });
    sim.settle(m, s.outcome === 'timeout' ? 'timed-out' : 'function-error', 'sync.no-retry');
  }

  private request(m: Message): void {
    const sim = this.sim;
    const caller = this.caller(m);
    sim.emit('sync.request', m, caller, 'lambda', 'sync.request', null, '', null);
    const throttle = this.invoker.invoke(m, caller);
    if (!throttle) return;
    const policy = this.workload(m).callerRetry;
    if (policy.mode === 'sdk' && m.attempt < policy.maxAttempts) {
      // Exponential backoff with full jitter, as the AWS SDKs' standard retry mode does.
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (m.attempt - 1));
      const delayMs = Math.floor(sim.rng.next() * cap);
      sim.emit('caller.retry', m, caller, caller, 'caller.sdk-retry', null, '', {
        delayMs,
        statusCode: throttle.status,
        reason: throttle.reason,
        retryNumber: m.attempt,
        maxRetries: policy.maxAttempts - 1,
      });
      sim.schedule(sim.now + delayMs, Task.Attempt, m, null);
      return;
    }
    sim.emit('sync.response', m, 'lambda', caller, throttle.rule, null, '', {
      statusCode: throttle.status,
      reason: throttle.reason,
    });
    sim.settle(m, throttle.status === 500 ? 'service-error' : 'throttled', throttle.rule);
  }

  private workload(m: Message): Workload {
    return this.workloads[m.workloadIndex]!;
  }

  private caller(m: Message): string {
    return m.workload;
  }
}
