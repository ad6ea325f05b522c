import type { Scenario } from './schema';

/**
 * How big a run will be, guessed from the scenario before simulating it: a valid scenario can ask
 * for millions of requests, and a run keeps every trace event in memory (a few hundred bytes
 * each). The guess decides whether the run happens at once, in the background with a progress
 * bar, or not at all.
 */

/** Estimated trace events above which a scenario is not run: about half a gigabyte of trace. */
export const RUN_EVENT_LIMIT = 1_500_000;
/** Estimated trace events above which the run goes to the background with progress and Cancel. */
export const BACKGROUND_RUN_EVENTS = 150_000;
/**
 * The hard stop inside the engine, in case the estimate is far off (a scenario whose requests
 * fan out more than usual): the run ends there, marked truncated.
 */
export const RUN_EVENT_CAP = 2 * RUN_EVENT_LIMIT;

/** Trace events one request makes when nothing fails: arrival, start, end, fate and a few more. */
const EVENTS_PER_REQUEST = 6;

/** A guess at the number of trace events the scenario's run will hold. */
export function estimateRunEvents(scenario: Scenario): number {
  const requests = countArrivals(scenario, scenario.durationMs);
  // Failures are retried (twice for async events, a few times by callers), each a new attempt.
  const failing = Math.min(1, worstFailureRate(scenario.function));
  return Math.round(requests * EVENTS_PER_REQUEST * (1 + 2 * failing));
}

export type RunSize =
  | { readonly kind: 'now' }
  | { readonly kind: 'background'; readonly events: number }
  | { readonly kind: 'too-big'; readonly events: number; readonly message: string };

/** Whether to run the scenario at once, in the background, or refuse it with a reason. */
export function runSizeOf(scenario: Scenario): RunSize {
  const events = estimateRunEvents(scenario);
  if (events > RUN_EVENT_LIMIT) return { kind: 'too-big', events, message: tooBigMessage(events) };
  return events > BACKGROUND_RUN_EVENTS ? { kind: 'background', events } : { kind: 'now' };
}

export function tooBigMessage(events: number): string {
  return (
    `This scenario would produce about ${roughly(events)} events; the limit is ` +
    `${RUN_EVENT_LIMIT.toLocaleString('en-US')}. Lower a workload's rate or duration, ` +
    `or the scenario's duration, and try again.`
  );
}

/** Two significant figures in words a person reads at a glance: "40 million", "2.3 million". */
function roughly(n: number): string {
  if (n >= 1_000_000) {
    const m = n / 1_000_000;
    return `${m >= 10 ? Math.round(m) : Math.round(m * 10) / 10} million`;
  }
  return (Math.round(n / 1000) * 1000).toLocaleString('en-US');
}

/**
 * Requests from every arrival pattern anywhere in the document (workloads, queue and stream
 * producers, EventBridge sources), counting only what falls inside the run.
 */
function countArrivals(node: unknown, runMs: number): number {
  if (Array.isArray(node)) return node.reduce<number>((n, x) => n + countArrivals(x, runMs), 0);
  if (node === null || typeof node !== 'object') return 0;
  const o = node as Record<string, unknown>;
  if ((o.kind === 'constant' || o.kind === 'poisson') && typeof o.ratePerSecond === 'number') {
    const start = typeof o.startMs === 'number' ? o.startMs : 0;
    const span = Math.max(0, Math.min(Number(o.durationMs), runMs - start));
    return (o.ratePerSecond * span) / 1000;
  }
  if (o.kind === 'burst' && typeof o.count === 'number') return o.count;
  if (o.kind === 'single' && Array.isArray(o.atMs)) return o.atMs.length;
  let n = 0;
  for (const v of Object.values(o)) n += countArrivals(v, runMs);
  return n;
}

/** The highest share of failing invocations among the function's behaviours (any version). */
function worstFailureRate(node: unknown): number {
  if (Array.isArray(node)) return Math.max(0, ...node.map(worstFailureRate));
  if (node === null || typeof node !== 'object') return 0;
  const o = node as Record<string, unknown>;
  const rate = (k: string) => (typeof o[k] === 'number' ? (o[k] as number) : 0);
  let worst = rate('errorRate') + rate('timeoutRate') + rate('crashRate');
  for (const v of Object.values(o)) worst = Math.max(worst, worstFailureRate(v));
  return worst;
}
