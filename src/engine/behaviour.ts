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
  /** Set when the error is a transient failure: the try of the message that failed … */
  readonly transientTry?: number;
  /** … of the first this many, which fail. */
  readonly transientAttempts?: number;
}

/** An event or one record of a batch: how many times a handler has reached it so far. */
export interface Attempted {
  tries: number;
}

type Transient = NonNullable<Behaviour['transientFailure']>;

/**
 * The handler reaches `item` (an event, or one record of a batch whose body is `body`): count the
 * try when the transient failure applies to it, and give the try's number if it is one of the
 * first `attempts` (it fails), else 0.
 */
export function transientTry(t: Transient | undefined, body: unknown, item: Attempted): number {
  if (t === undefined) return 0;
  if (t.when.length > 0 && matchingPredicate(t.when, body) === undefined) return 0;
  const n = ++item.tries;
  return n <= t.attempts ? n : 0;
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
 *
 * `tries` counts a transient failure's tries (null when the behaviour has none): the event's own,
 * or each record's as the handler reaches it. Like a poison record, a record within its transient
 * failure throws and fails the batch, with no random draw.
 */
export function sampleInvocation(
  b: Behaviour,
  payload: unknown,
  records: readonly unknown[] | null,
  timeoutMs: number,
  rng: Rng,
  ordinal = 0,
  tries: Tries | null = null,
): Sampled {
  let duration = sampleDuration(b, rng);
  const walked =
    b.errorWhen.length > 0 || (b.transientFailure !== undefined && tries !== null)
      ? walk(b, payload, records, tries)
      : NOTHING_FAILS;
  const poisoned = walked.poison;
  const transient = walked.transient;
  const forced = !poisoned && transient === 0 && ordinal > 0 && ordinal <= b.failFirst;
  let outcome: Outcome = 'success';
  if (poisoned || transient > 0 || forced) {
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
  if (transient > 0) {
    const attempts = b.transientFailure!.attempts;
    return {
      outcome,
      durationMs: duration,
      errorType: 'Error',
      errorMessage: `Temporary failure: ${walked.what} fails its try ${transient} (${attempts === 1 ? 'only its first try fails' : `its first ${attempts} tries fail`})`,
      transientTry: transient,
      transientAttempts: attempts,
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
 * Who counts the tries of a transient failure: the event itself (`event`), or, for a batch whose
 * handler walks its records, each record (`records`, in the order of the bodies).
 */
export interface Tries {
  readonly event: Attempted | null;
  readonly records: readonly Attempted[] | null;
}

interface Walked {
  readonly poison: Predicate | undefined;
  /** The try that failed as a transient failure, or 0. */
  readonly transient: number;
  /** What failed it, for the error message: "this event" or "record 3 of the batch". */
  readonly what: string;
}

const NOTHING_FAILS: Walked = Object.freeze({ poison: undefined, transient: 0, what: '' });

/**
 * What fails the invocation, if anything, as the handler would meet it: first the payload itself
 * (a poison predicate, then the event's own transient failure), then the records in reading order,
 * where the first one that fails decides (within one body, the first predicate that matches names
 * the error). Each record the handler reaches counts a try; those after the failure are not reached.
 */
function walk(
  b: Behaviour,
  payload: unknown,
  records: readonly unknown[] | null,
  tries: Tries | null,
): Walked {
  const hit = matchingPredicate(b.errorWhen, payload);
  if (hit !== undefined) return { poison: hit, transient: 0, what: '' };
  const t = b.transientFailure;
  if (tries?.event != null) {
    const n = transientTry(t, payload, tries.event);
    if (n > 0) return { poison: undefined, transient: n, what: 'this event' };
  }
  if (records === null) return NOTHING_FAILS;
  const counters = tries?.records ?? null;
  for (let i = 0; i < records.length; i++) {
    const p = matchingPredicate(b.errorWhen, records[i]);
    if (p !== undefined) return { poison: p, transient: 0, what: '' };
    if (counters === null) continue;
    const n = transientTry(t, records[i], counters[i]!);
    if (n > 0) return { poison: undefined, transient: n, what: `record ${i + 1} of the batch` };
  }
  return NOTHING_FAILS;
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
