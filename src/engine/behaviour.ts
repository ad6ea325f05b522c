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
  /** Set when the error comes from `failFirst`: the invocation was one of the first N. */
  readonly failFirst?: number;
  /** Set when a synchronous caller could not receive the response: its size in bytes. */
  readonly responseBytes?: number;
}

/**
 * Draw what one invocation does: how long it runs and whether it succeeds, throws, crashes or
 * hangs until the timeout.
 *
 * The function's `errorWhen` predicates fail an invocation deterministically ("poison"), before
 * any random draw. They are read from the payload, and from `records` when the invocation is a
 * batch whose handler walks its records one by one (a poller's batch without
 * ReportBatchItemFailures): such a handler throws at the first record a predicate matches, so the
 * whole invocation fails with that record's error. `records` holds each record's body as the
 * handler decodes it (an SQS message body, a Kinesis record's data), in the order it reads them;
 * it is null for a single event, which keeps that path free of any extra work.
 *
 * `ordinal` is the invocation's place in the run (1 for the first handler start): the first
 * `failFirst` of them throw, after the poison check and without a random draw.
 */
export function sampleInvocation(
  b: Behaviour,
  payload: unknown,
  records: readonly unknown[] | null,
  timeoutMs: number,
  rng: Rng,
  ordinal = 0,
): Sampled {
  let duration = sampleDuration(b, rng);
  const poisoned = b.errorWhen.length > 0 ? poisonedBy(b, payload, records) : undefined;
  const forced = !poisoned && ordinal > 0 && ordinal <= b.failFirst;
  let outcome: Outcome = 'success';
  if (poisoned || forced) {
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
  if (forced && outcome === 'error') {
    return {
      outcome,
      durationMs: duration,
      errorType: 'Error',
      errorMessage: `Invocation ${ordinal} of the run: the first ${b.failFirst} are set to fail`,
      failFirst: b.failFirst,
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

type Predicate = Behaviour['errorWhen'][number];

/**
 * The predicate that fails the invocation, if any: first the payload itself, then the records in
 * the handler's reading order (the first poison record decides; within one body, the first
 * predicate that matches names the error).
 */
function poisonedBy(
  b: Behaviour,
  payload: unknown,
  records: readonly unknown[] | null,
): Predicate | undefined {
  const hit = matchingPredicate(b.errorWhen, payload);
  if (hit !== undefined || records === null) return hit;
  for (let i = 0; i < records.length; i++) {
    const p = matchingPredicate(b.errorWhen, records[i]);
    if (p !== undefined) return p;
  }
  return undefined;
}

/** The first of `predicates` that `body` matches (its value at `path` equals `equals`). */
export function matchingPredicate(
  predicates: readonly Predicate[],
  body: unknown,
): Predicate | undefined {
  for (const p of predicates) if (readPath(body, p.path) === p.equals) return p;
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

/**
 * The value at a dotted path ("order.id"), or undefined. Walked without splitting the path: a
 * batch reads it once per record, and a one-word path allocates nothing.
 */
export function readPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  let start = 0;
  for (;;) {
    const dot = path.indexOf('.', start);
    const key = dot < 0 ? (start === 0 ? path : path.slice(start)) : path.slice(start, dot);
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
    if (dot < 0) return cur;
    start = dot + 1;
  }
}
