import type { Run, TraceEvent } from '../engine';

/**
 * What differs between two runs of the same traffic: for each figure a learner weighs when choosing
 * a design (messages processed, lost, parked in a dead-letter queue, handled twice, cost …), both
 * totals and the first moment the two runs part ways on it. Everything is read from the traces, so
 * the same two runs always give the same summary.
 */

export type FigureId =
  | 'processed'
  | 'lost'
  | 'dlq'
  | 'onFailure'
  | 'duplicated'
  | 'invocations'
  | 'coldStarts'
  | 'throttles'
  | 'gbSeconds';

export interface CompareRow {
  readonly id: FigureId;
  readonly label: string;
  /** What the figure counts, in a sentence (the table's description of the row). */
  readonly meaning: string;
  readonly a: number;
  readonly b: number;
  /** The totals differ. */
  readonly differs: boolean;
  /**
   * The first simulated time (ms) after whose events the two running totals are not equal, or
   * null when they never part. Equal totals can still part for a while (the same count, later).
   */
  readonly firstAt: number | null;
}

export interface CompareSummary {
  /** Rows whose totals differ first (earliest first), then those that only part for a while, then the rest. */
  readonly rows: readonly CompareRow[];
  /** The earliest moment any figure parts, or null when the runs agree throughout. */
  readonly firstAt: number | null;
}

interface Figure {
  readonly id: FigureId;
  readonly label: string;
  readonly meaning: string;
  /** Each step of the running total: when, and by how much. */
  readonly steps: (run: Run) => readonly Step[];
  /** Shown value from the exact integer total (GB-seconds are kept as MB-ms). */
  readonly shown?: (total: number) => number;
}

interface Step {
  readonly t: number;
  readonly by: number;
}

const PROCESSED = new Set(['succeeded', 'processed', 'checkpointed']);
const LOST = new Set(['dropped', 'expired', 'denied']);
const DLQ_EVENTS = new Set(['dlq.sent', 'queue.redriven', 'eb.dlq', 'scheduler.dlq', 'source.dlq']);

function fateSteps(kinds: ReadonlySet<string>) {
  return (run: Run): Step[] =>
    run.trace
      .filter((e) => e.kind === 'fate' && kinds.has(e.detail?.fate ?? ''))
      .map((e) => ({ t: e.t, by: 1 }));
}

function eventSteps(keep: (e: TraceEvent) => boolean) {
  return (run: Run): Step[] => run.trace.filter(keep).map((e) => ({ t: e.t, by: 1 }));
}

/**
 * Messages the function was handed in more than one invocation: a whole batch retried, an async
 * retry, a second delivery of the same event. Each counts once, when it reaches the handler the
 * second time. A batch's invocation hands over each of its records.
 */
function duplicatedSteps(run: Run): Step[] {
  const batchRecords = new Map<number, readonly number[]>();
  const handed = new Map<number, number>();
  const steps: Step[] = [];
  const root = (m: number): number => {
    let id = m;
    for (
      let d = run.messages[id]?.duplicateOf ?? -1;
      d >= 0;
      d = run.messages[id]?.duplicateOf ?? -1
    )
      id = d;
    return id;
  };
  for (const e of run.trace) {
    if ((e.kind === 'queue.batch' || e.kind === 'stream.batch') && e.detail?.records)
      batchRecords.set(e.msg, e.detail.records);
    if (e.kind !== 'invoke.start' || e.msg < 0) continue;
    for (const m of batchRecords.get(e.msg) ?? [e.msg]) {
      const id = root(m);
      const n = (handed.get(id) ?? 0) + 1;
      handed.set(id, n);
      if (n === 2) steps.push({ t: e.t, by: 1 });
    }
  }
  return steps;
}

/**
 * Billed compute in MB-ms: each invocation's duration, plus the Init phase of every on-demand
 * environment (billed since 1 August 2025), times the memory of the version that ran. Provisioned
 * environments are priced separately and their Init is not counted here.
 */
function computeSteps(run: Run): Step[] {
  const fn = run.scenario.function;
  const memory = new Map<string, number>([['$LATEST', fn.memoryMb]]);
  for (const v of fn.versions) memory.set(String(v.version), v.memoryMb);
  const envVersion = new Map<number, string>();
  for (const env of run.environments) envVersion.set(env.id, env.version);
  const mb = (e: TraceEvent) =>
    memory.get(e.version || envVersion.get(e.env) || '$LATEST') ?? fn.memoryMb;
  const steps: Step[] = [];
  for (const e of run.trace) {
    const d = e.detail;
    if (e.kind === 'invoke.end' && d?.durationMs !== undefined)
      steps.push({ t: e.t, by: Math.ceil(d.durationMs) * mb(e) });
    else if (e.kind === 'env.init' && d?.initMs !== undefined && d.initReason !== 'provisioned')
      steps.push({ t: e.t, by: Math.ceil(d.initMs) * mb(e) });
  }
  return steps;
}

/** MB-ms to GB-seconds, rounded to a millionth (the smallest step of 1 ms at 128 MB is 0.000125). */
const toGbSeconds = (mbMs: number) => Math.round((mbMs / 1024 / 1000) * 1e6) / 1e6;

export const FIGURES: readonly Figure[] = [
  {
    id: 'processed',
    label: 'Processed',
    meaning: 'Messages the function handled successfully in the end.',
    steps: fateSteps(PROCESSED),
  },
  {
    id: 'lost',
    label: 'Lost',
    meaning: 'Messages dropped or expired with nowhere to keep them.',
    steps: fateSteps(LOST),
  },
  {
    id: 'dlq',
    label: 'In a dead-letter queue',
    meaning: 'Messages moved to a dead-letter queue (the function’s, the queue’s or a service’s).',
    steps: eventSteps((e) => DLQ_EVENTS.has(e.kind)),
  },
  {
    id: 'onFailure',
    label: 'At the on-failure destination',
    meaning:
      'Invocation records sent to an on-failure destination, with the error and the request.',
    steps: eventSteps(
      (e) =>
        (e.kind === 'destination.sent' && e.detail?.destination === 'onFailure') ||
        e.kind === 'stream.destination',
    ),
  },
  {
    id: 'duplicated',
    label: 'Handled more than once',
    meaning: 'Messages the function received in more than one invocation: it must be idempotent.',
    steps: duplicatedSteps,
  },
  {
    id: 'invocations',
    label: 'Invocations',
    meaning: 'Times the handler ran (each is billed as a request).',
    steps: eventSteps((e) => e.kind === 'invoke.start'),
  },
  {
    id: 'coldStarts',
    label: 'Cold starts',
    meaning: 'On-demand environments that ran Init before their first request.',
    steps: eventSteps((e) => e.kind === 'env.init' && e.detail?.initReason === 'cold'),
  },
  {
    id: 'throttles',
    label: 'Throttles',
    meaning: 'Requests refused with 429 because no concurrency was free.',
    steps: eventSteps((e) => e.kind === 'throttled'),
  },
  {
    id: 'gbSeconds',
    label: 'Compute (GB-seconds)',
    meaning:
      'Billed duration, Init included, times memory: what the invocations cost besides requests.',
    steps: computeSteps,
    shown: toGbSeconds,
  },
];

/** The figures of two runs side by side, the differences first. */
export function compareRuns(a: Run, b: Run): CompareSummary {
  const rows = FIGURES.map((f): CompareRow => {
    const sa = f.steps(a);
    const sb = f.steps(b);
    const ta = total(sa);
    const tb = total(sb);
    const shown = f.shown ?? ((n: number) => n);
    return {
      id: f.id,
      label: f.label,
      meaning: f.meaning,
      a: shown(ta),
      b: shown(tb),
      differs: ta !== tb,
      firstAt: firstParting(sa, sb),
    };
  });
  const order = (r: CompareRow) => (r.differs ? 0 : r.firstAt !== null ? 1 : 2);
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort(
      (x, y) =>
        order(x.r) - order(y.r) ||
        (x.r.firstAt ?? Infinity) - (y.r.firstAt ?? Infinity) ||
        x.i - y.i,
    )
    .map((x) => x.r);
  const times = rows.map((r) => r.firstAt).filter((t): t is number => t !== null);
  return { rows: sorted, firstAt: times.length === 0 ? null : Math.min(...times) };
}

function total(steps: readonly Step[]): number {
  let n = 0;
  for (const s of steps) n += s.by;
  return n;
}

/**
 * Walk both running totals moment by moment (all steps at one time count together) and give the
 * first moment after which they differ.
 */
export function firstParting(a: readonly Step[], b: readonly Step[]): number | null {
  const sa = [...a].sort((x, y) => x.t - y.t);
  const sb = [...b].sort((x, y) => x.t - y.t);
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  while (i < sa.length || j < sb.length) {
    const t = Math.min(sa[i]?.t ?? Infinity, sb[j]?.t ?? Infinity);
    while (i < sa.length && sa[i]!.t === t) ca += sa[i++]!.by;
    while (j < sb.length && sb[j]!.t === t) cb += sb[j++]!.by;
    if (ca !== cb) return t;
  }
  return null;
}
