import type { Behaviour } from '../scenario/schema';
import type { Outcome } from './types';
import type { Rng } from './rng';

export interface Sampled {
  readonly outcome: Outcome;
  /** How long the handler runs (the timeout itself when it times out). */
  readonly durationMs: number;
  /** Absent on success. */
  readonly errorType?: string;
  readonly errorMessage?: string;
}

/**
 * Draw what one invocation does: how long it runs and whether it succeeds, throws, crashes or
 * hangs until the timeout. Payload predicates fail deterministically ("poison" events).
 */
export function sampleInvocation(
  b: Behaviour,
  payload: unknown,
  timeoutMs: number,
  rng: Rng,
): Sampled {
  let duration = sampleDuration(b, rng);
  const poisoned = b.errorWhen.length > 0 ? poisonedBy(b, payload) : undefined;
  let outcome: Outcome = 'success';
  if (poisoned) {
    outcome = 'error';
  } else if (b.timeoutRate + b.crashRate + b.errorRate > 0) {
    const u = rng.next();
    if (u < b.timeoutRate) outcome = 'timeout';
    else if (u < b.timeoutRate + b.crashRate) outcome = 'crash';
    else if (u < b.timeoutRate + b.crashRate + b.errorRate) outcome = 'error';
  }
  if (outcome === 'timeout' || duration >= timeoutMs) {
    return {
      outcome: 'timeout',
      durationMs: timeoutMs,
      errorType: 'Sandbox.Timedout',
      errorMessage: `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
    };
  }
  duration = Math.max(1, duration);
  if (outcome === 'crash') {
    return {
      outcome,
      durationMs: duration,
      errorType: 'Runtime.ExitError',
      errorMessage: 'Runtime exited with error: signal: killed',
    };
  }
  if (outcome === 'error') {
    return {
      outcome,
      durationMs: duration,
      errorType: 'Error',
      errorMessage: poisoned
        ? `Cannot process event: ${poisoned.path} is ${JSON.stringify(poisoned.equals)}`
        : 'Simulated handler error',
    };
  }
  return { outcome, durationMs: duration };
}

function poisonedBy(b: Behaviour, payload: unknown) {
  for (const p of b.errorWhen) if (readPath(payload, p.path) === p.equals) return p;
  return undefined;
}

function sampleDuration(b: Behaviour, rng: Rng): number {
  const d = b.duration;
  switch (d.kind) {
    case 'fixed':
      return d.ms;
    case 'uniform':
      return Math.round(rng.uniform(d.minMs, d.maxMs));
    case 'normal':
      return Math.round(rng.normal(d.meanMs, d.stdDevMs));
  }
}

export function readPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
