import type { Run, TraceEvent } from '../engine';
import type { EventQuery } from './types';

/** Whether one trace event is of the query's kind and has every field the query names. */
export function matchesQuery(e: TraceEvent, q: EventQuery): boolean {
  if (e.kind !== q.kind) return false;
  if (q.msg !== undefined && e.msg !== q.msg) return false;
  if (q.attempt !== undefined && e.attempt !== q.attempt) return false;
  if (q.from !== undefined && e.from !== q.from) return false;
  if (q.to !== undefined && e.to !== q.to) return false;
  if (q.version !== undefined && e.version !== q.version) return false;
  if (q.detail !== undefined) {
    const d = (e.detail ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(q.detail)) if (d[key] !== value) return false;
  }
  return true;
}

/** The nth event of the run the query matches, or undefined when the run has fewer. */
export function findEvent(run: Run, q: EventQuery): TraceEvent | undefined {
  let left = q.nth ?? 1;
  for (const e of run.trace) if (matchesQuery(e, q) && --left === 0) return e;
  return undefined;
}

/** When a step waiting for `e` pauses: at the event, or with `before`, at the moment before it. */
export function stopTime(run: Run, e: TraceEvent, before: boolean): number {
  if (!before) return e.t;
  for (let i = e.seq - 1; i >= 0; i--) if (run.trace[i]!.t < e.t) return run.trace[i]!.t;
  return 0;
}
