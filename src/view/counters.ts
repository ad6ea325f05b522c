import { countAtOrBefore } from './search';
import type { FateKind, Run, TraceEvent } from '../engine';

/** Running totals after the first n trace events. */
export interface Counts {
  readonly messages: number;
  readonly invocations: number;
  readonly coldStarts: number;
  readonly throttles: number;
  readonly retries: number;
  /** Final outcomes reached so far, by kind (kinds not yet reached are absent). */
  readonly fates: Partial<Record<FateKind, number>>;
  /**
   * Deliveries per sink, keyed like Fate.deliveredTo ("dlq:sqs:orders-dlq", "onFailure:sns:x"),
   * and other counts a diagram node shows (see sinkOf).
   */
  readonly sinks: Readonly<Record<string, number>>;
}

const SCALARS = ['messages', 'invocations', 'coldStarts', 'throttles', 'retries'] as const;
export type Scalar = (typeof SCALARS)[number];

/** Prefix sums over the trace: entry i holds the total after events 0..i-1. */
interface Prefix {
  readonly scalars: Record<Scalar, Int32Array>;
  readonly keyed: ReadonlyMap<string, Int32Array>;
}

const cache = new WeakMap<Run, Prefix>();

/** Totals after the first n events; O(number of counters), whatever the trace length. */
export function countsAfter(run: Run, n: number): Counts {
  const p = prefixOf(run);
  const at = Math.max(0, Math.min(n, run.trace.length));
  const fates: Partial<Record<FateKind, number>> = {};
  const sinks: Record<string, number> = {};
  for (const [key, sums] of p.keyed) {
    const v = sums[at]!;
    if (v === 0) continue;
    if (key.startsWith('fate:')) fates[key.slice(5) as FateKind] = v;
    else sinks[key] = v;
  }
  return {
    messages: p.scalars.messages[at]!,
    invocations: p.scalars.invocations[at]!,
    coldStarts: p.scalars.coldStarts[at]!,
    throttles: p.scalars.throttles[at]!,
    retries: p.scalars.retries[at]!,
    fates,
    sinks,
  };
}

/** One running total after the first n events (no allocation: safe per animation frame). */
export function scalarAfter(run: Run, counter: Scalar, n: number): number {
  return prefixOf(run).scalars[counter][Math.max(0, Math.min(n, run.trace.length))]!;
}

/** Deliveries to one sink after the first n events (no allocation: safe per animation frame). */
export function sinkCountAfter(run: Run, sink: string, n: number): number {
  const sums = prefixOf(run).keyed.get(sink);
  return sums === undefined ? 0 : sums[Math.max(0, Math.min(n, run.trace.length))]!;
}

/** The sink an event delivers to, in Fate.deliveredTo form, or undefined. */
export function sinkOf(e: TraceEvent): string | undefined {
  const d = e.detail;
  if (d === null) return undefined;
  if (e.kind === 'dlq.sent') return `dlq:${d.targetType}:${d.target}`;
  if (e.kind === 'destination.sent') return `${d.destination}:${d.targetType}:${d.target}`;
  // EventBridge: events on a bus, matched by (or fired from) a rule, delivered to a target, or
  // sent to a target's DLQ, keyed like the diagram's nodes.
  if (e.kind === 'eb.put' || e.kind === 'eb.replayed') return e.to;
  if (e.kind === 'eb.matched' || e.kind === 'eb.delivered' || e.kind === 'eb.dlq') return e.to;
  if (e.kind === 'eb.scheduled') return e.from;
  // EventBridge Scheduler: fires counted on the schedule, give-ups on its DLQ.
  if (e.kind === 'scheduler.fired') return e.from;
  if (e.kind === 'scheduler.dlq') return e.to;
  // Where a source itself sends what it gives up on: an SNS subscription DLQ, an IoT error action,
  // Firehose's processing-failed/ prefix ("source.dlq"); a stream mapping's on-failure destination.
  if (e.kind === 'source.dlq' || e.kind === 'stream.destination') return e.to;
  // A queue's or broker's dead-letter queue (a RabbitMQ broker without one drops the message).
  if (e.kind === 'queue.redriven') return e.to.startsWith('dlq:') ? e.to : undefined;
  // An SQS message Lambda stopped in a recursive loop moves to the queue's dead-letter queue.
  if (e.kind === 'loop.stopped') return e.to.startsWith('dlq:') ? e.to : undefined;
  // Batches a mapping handed to the function, keyed by the mapping ("batches:esm:sqs:orders").
  if (e.kind === 'queue.batch' || e.kind === 'stream.batch') return `batches:${e.from}`;
  // The integrations: environments that mounted EFS, traces X-Ray accepted.
  if (e.kind === 'source.efs-mount') return 'integration:efs';
  if (e.kind === 'source.xray-trace')
    return d.segmentAccepted === false ? undefined : 'integration:xray';
  return undefined;
}

function prefixOf(run: Run): Prefix {
  const hit = cache.get(run);
  if (hit) return hit;
  const n = run.trace.length;
  const scalars = Object.fromEntries(SCALARS.map((k) => [k, new Int32Array(n + 1)])) as Record<
    Scalar,
    Int32Array
  >;
  const keyed = new Map<string, Int32Array>();
  const bump = (key: string, i: number) => {
    let sums = keyed.get(key);
    if (sums === undefined) keyed.set(key, (sums = new Int32Array(n + 1)));
    sums[i + 1]! += 1;
  };
  let newestMsg = -1;
  run.trace.forEach((e, i) => {
    // Message ids are handed out in arrival order, so a higher id is a new message.
    if (e.msg > newestMsg) {
      newestMsg = e.msg;
      scalars.messages[i + 1] = 1;
    }
    if (e.kind === 'invoke.start') scalars.invocations[i + 1] = 1;
    else if (e.kind === 'env.init') scalars.coldStarts[i + 1] = 1;
    else if (e.kind === 'throttled') scalars.throttles[i + 1] = 1;
    else if (e.kind === 'async.retry' || e.kind === 'caller.retry') scalars.retries[i + 1] = 1;
    else if (e.kind === 'fate') bump(`fate:${e.detail?.fate ?? 'in-flight'}`, i);
    const sink = sinkOf(e);
    if (sink !== undefined) bump(sink, i);
  });
  for (const sums of [...Object.values(scalars), ...keyed.values()]) {
    for (let i = 1; i <= n; i++) sums[i]! += sums[i - 1]!;
  }
  const prefix = { scalars, keyed };
  cache.set(run, prefix);
  return prefix;
}

/** Arrival times of the messages each caller sent (not duplicates), in order, per run. */
const sentTimes = new WeakMap<Run, ReadonlyMap<string, readonly number[]>>();

/** How many messages a caller has sent by time t. */
export function sentBy(run: Run, workload: string, t: number): number {
  let byWorkload = sentTimes.get(run);
  if (byWorkload === undefined) {
    const map = new Map<string, number[]>();
    for (const m of run.messages) {
      if (m.duplicateOf >= 0) continue;
      // A push source's invocations are children of the event it produced, not new requests.
      if (m.parent >= 0) continue;
      const list = map.get(m.workload);
      if (list === undefined) map.set(m.workload, [m.createdAt]);
      else list.push(m.createdAt);
    }
    sentTimes.set(run, (byWorkload = map));
  }
  return countAtOrBefore(byWorkload.get(workload) ?? [], t);
}
