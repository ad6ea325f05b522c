import type { Run } from '../engine';
import { countsAfter, type Counts } from './counters';
import { eventsUpTo, seriesAt } from './search';

/** What the world looks like at time t: the one input every surface renders from. */
export interface Frame {
  readonly t: number;
  /** Trace events that have happened (at or before t). */
  readonly events: number;
  /** Busy execution environments (= concurrency). */
  readonly busy: number;
  /** Events waiting in the async internal queue, including those waiting for a retry. */
  readonly queued: number;
  readonly counts: Counts;
}

export function frameAt(run: Run, t: number): Frame {
  const events = eventsUpTo(run, t);
  return {
    t,
    events,
    busy: seriesAt(run.series.concurrency, t),
    queued: seriesAt(run.series.asyncQueue, t),
    counts: countsAfter(run, events),
  };
}
