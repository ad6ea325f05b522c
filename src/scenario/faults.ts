import type { PermissionFault } from './faults-permission';
import type { Behaviour, FunctionConfig, Scenario } from './schema';

/**
 * Faults: pure transforms that break a validated scenario on purpose. Each one produces a valid
 * document by construction (no schema run: this module stays out of the first load's zod), and
 * all of them are applied to the scenario as it was before the first fault, in one fixed order,
 * so turning one off gives back exactly what the others alone would make.
 */

export type FaultId =
  'errors' | 'failFirst' | 'poison' | 'timeouts' | 'throttle' | 'permission' | 'outage';

export interface FaultSet {
  /** The function's error rate (0.1, 0.5 or 1); absent when off. */
  readonly errors?: number;
  readonly failFirst?: true;
  /** A poison message, record or event, arriving at `atMs`. */
  readonly poison?: { readonly atMs: number };
  readonly timeouts?: true;
  readonly throttle?: true;
  readonly permission?: true;
  /** Every DLQ and destination unreachable from `fromMs` for OUTAGE_MS. */
  readonly outage?: { readonly fromMs: number };
}

/** The error rates the errors fault steps through, after "off". */
export const ERROR_LEVELS: readonly number[] = [0.1, 0.5, 1];
/** How many invocations the "first N fail" fault breaks. */
export const FAIL_FIRST = 3;
/** How long a destination outage lasts. */
export const OUTAGE_MS = 600_000;
/** The payload field a poison message carries, and the predicate that fails on it. */
export const POISON_FIELD = 'poison';

const MAX_MS = 7 * 86_400_000;
const MAX_PREDICATES = 10;
const MAX_PRODUCERS = 10;
const MAX_WORKLOADS = 20;

export function hasFaults(f: FaultSet): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

/**
 * The scenario with every fault of `f` applied to `base`, always in the same order. The removed
 * permission needs the service catalog, which the app loads after the first paint: it is passed
 * in (faults-permission.ts) and skipped until then.
 */
export function applyFaults(base: Scenario, f: FaultSet, permission?: PermissionFault): Scenario {
  let s = base;
  if (f.errors !== undefined) s = withErrorRate(s, f.errors);
  if (f.failFirst) s = mapBehaviours(s, (b) => ({ ...b, failFirst: FAIL_FIRST }));
  if (f.timeouts) s = withTimeouts(s);
  if (f.poison) s = withPoison(s, f.poison.atMs);
  if (f.throttle) s = withThrottle(s);
  if (f.permission && permission) s = permission.remove(s);
  if (f.outage) s = withOutage(s, f.outage.fromMs);
  return s;
}

/**
 * Why a fault cannot apply to this scenario, or null when it can. Faults that change the
 * function's code or settings apply everywhere; the others need something to break.
 */
export function faultUnavailable(
  id: FaultId,
  s: Scenario,
  permission?: PermissionFault,
): string | null {
  switch (id) {
    case 'errors':
    case 'failFirst':
    case 'timeouts':
      return null;
    case 'throttle':
      return s.function.reservedConcurrency === 0 ? 'Reserved concurrency is already 0' : null;
    case 'poison':
      return poisonTarget(s) === null
        ? 'Needs a queue, a stream or asynchronous events to carry a poison message'
        : null;
    case 'permission':
      if (permission === undefined) return 'Reading the function’s permissions…';
      return permission.target(s) === null
        ? 'No event source here needs a permission that is still granted'
        : null;
    case 'outage':
      return hasDestination(s)
        ? null
        : 'The function has no dead-letter queue or destination to lose';
  }
}

// --- the function's code ----------------------------------------------------------------------

type VersionConfig = Pick<FunctionConfig, 'behaviour' | 'timeoutSeconds'>;

/** Apply `f` to $LATEST and to every published version: the code is broken everywhere. */
function mapVersions(s: Scenario, f: <V extends VersionConfig>(v: V) => V): Scenario {
  const fn = f(s.function);
  return { ...s, function: { ...fn, versions: s.function.versions.map((v) => f(v)) } };
}

function mapBehaviours(s: Scenario, f: (b: Behaviour) => Behaviour): Scenario {
  return mapVersions(s, (v) => ({ ...v, behaviour: f(v.behaviour) }));
}

/**
 * Set the error rate. Timeouts and crashes keep their share of what is left, so the three never
 * add up to more than 1 (the schema's rule).
 */
function withErrorRate(s: Scenario, rate: number): Scenario {
  return mapBehaviours(s, (b) => {
    const room = 1 - rate;
    const other = b.timeoutRate + b.crashRate;
    if (other <= room) return { ...b, errorRate: rate };
    const timeoutRate = other === 0 ? 0 : (room * b.timeoutRate) / other;
    return { ...b, errorRate: rate, timeoutRate, crashRate: Math.max(0, room - timeoutRate) };
  });
}

/** Every invocation runs as long as the function timeout allows: each one times out. */
function withTimeouts(s: Scenario): Scenario {
  return mapVersions(s, (v) => ({
    ...v,
    behaviour: { ...v.behaviour, duration: { kind: 'fixed', ms: v.timeoutSeconds * 1000 } },
  }));
}

// --- a poison message -------------------------------------------------------------------------

type PoisonTarget =
  | { readonly kind: 'queue'; readonly index: number }
  | { readonly kind: 'stream'; readonly index: number }
  | { readonly kind: 'async'; readonly index: number };

/** Where a poison message can go: a polled queue, a stream, or plain asynchronous events. */
export function poisonTarget(s: Scenario): PoisonTarget | null {
  if (s.function.behaviour.errorWhen.length >= MAX_PREDICATES) return null;
  const queue = (s.queues ?? []).findIndex(
    (q) => q.mapping !== undefined && q.producers.length < MAX_PRODUCERS,
  );
  if (queue >= 0) return { kind: 'queue', index: queue };
  const stream = (s.streams ?? []).findIndex((st) => st.producers.length < MAX_PRODUCERS);
  if (stream >= 0) return { kind: 'stream', index: stream };
  if (s.workloads.length >= MAX_WORKLOADS) return null;
  const async = s.workloads.findIndex((w) => w.invocationType === 'Event' && !w.source);
  return async >= 0 ? { kind: 'async', index: async } : null;
}

function withPoison(s: Scenario, atMs: number): Scenario {
  const target = poisonTarget(s);
  if (target === null) return s;
  const at = Math.min(MAX_MS, Math.max(0, Math.round(atMs)));
  const arrivals = { kind: 'single' as const, atMs: [at] };
  const predicate = { path: POISON_FIELD, equals: true };
  const poisoned = mapBehaviours(s, (b) =>
    b.errorWhen.length < MAX_PREDICATES ? { ...b, errorWhen: [...b.errorWhen, predicate] } : b,
  );
  switch (target.kind) {
    case 'queue':
      return {
        ...poisoned,
        queues: s.queues!.map((q, i) => {
          if (i !== target.index) return q;
          const group = q.type === 'fifo' ? { messageGroupIds: ['poison'] } : {};
          const id = freeId(q.producers.map((p) => p.id));
          const body = { [POISON_FIELD]: true };
          const producer = { id, label: 'A poison message', arrivals, body, ...group };
          return { ...q, producers: [...q.producers, { groupSpread: 'round-robin', ...producer }] };
        }),
      } as Scenario;
    case 'stream':
      return {
        ...poisoned,
        streams: s.streams!.map((st, i) => {
          if (i !== target.index) return st;
          const producer = {
            id: freeId(st.producers.map((p) => p.id)),
            label: 'A poison record',
            arrivals,
            payload: { [POISON_FIELD]: true },
            partitionKey: { kind: 'fixed' as const, value: 'poison' },
          };
          return { ...st, producers: [...st.producers, producer] };
        }),
      };
    case 'async': {
      const w = s.workloads[target.index]!;
      const poison = {
        ...w,
        id: freeId(s.workloads.map((x) => x.id)),
        label: 'A poison event',
        arrivals,
        payload: { ...w.payload, [POISON_FIELD]: true },
      };
      return { ...poisoned, workloads: [...s.workloads, poison] };
    }
  }
}

function freeId(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? 'poison' : `poison-${n}`;
    if (!taken.includes(id)) return id;
  }
}

// --- throttling ---------------------------------------------------------------------------------

/**
 * Reserved concurrency 0, the off switch. Provisioned concurrency may not exceed reserved
 * concurrency, so it goes too (AWS refuses the setting while any is configured).
 */
function withThrottle(s: Scenario): Scenario {
  return {
    ...s,
    function: { ...s.function, reservedConcurrency: 0, provisionedConcurrency: [] },
  };
}

// --- destinations -----------------------------------------------------------------------------

function hasDestination(s: Scenario): boolean {
  const fn = s.function;
  const configs = [fn.asyncConfig, ...fn.aliases.map((a) => a.asyncConfig)];
  return (
    fn.deadLetterQueue !== undefined ||
    fn.versions.some((v) => v.deadLetterQueue !== undefined) ||
    configs.some((c) => c?.onSuccess !== undefined || c?.onFailure !== undefined) ||
    (s.streams ?? []).some((st) => st.mapping.destinationConfig !== undefined) ||
    (s.kafka ?? []).some((k) => k.mapping.destinationConfig !== undefined)
  );
}

function withOutage(s: Scenario, fromMs: number): Scenario {
  const from = Math.min(MAX_MS - 1, Math.max(0, Math.round(fromMs)));
  const destinationOutage = { fromMs: from, untilMs: Math.min(MAX_MS, from + OUTAGE_MS) };
  return { ...s, faults: { ...s.faults, destinationOutage } };
}
