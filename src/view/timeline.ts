import type { Run, TraceEvent } from '../engine';
import { playbackEnd } from './pacing';

/** A tick on the scrubber: where something happens, and whether it is something going wrong. */
export interface TimelineMark {
  /** Position along the run, 0..1. */
  readonly at: number;
  readonly problem: boolean;
}

/**
 * Event times bucketed for the scrubber: at most `buckets` marks whatever the trace length, so
 * a long run still draws a handful of ticks.
 */
export function timelineMarks(run: Run, buckets: number): TimelineMark[] {
  const end = playbackEnd(run);
  if (end <= 0 || buckets <= 0) return [];
  const problem = new Int8Array(buckets).fill(-1);
  for (const e of run.trace) {
    if (e.t > end) break;
    const b = Math.min(buckets - 1, Math.floor((e.t / end) * buckets));
    if (isProblem(e)) problem[b] = 1;
    else if (problem[b] === -1) problem[b] = 0;
  }
  const marks: TimelineMark[] = [];
  problem.forEach((p, b) => {
    if (p >= 0) marks.push({ at: b / buckets, problem: p === 1 });
  });
  return marks;
}

/**
 * Failures, throttles and discards: what a student should notice on the timeline. At the event
 * sources too: a refused setup, a failed batch, a redrive, records given up on.
 */
export function isProblem(e: TraceEvent): boolean {
  switch (e.kind) {
    case 'invoke.end':
      return e.detail?.outcome !== undefined && e.detail.outcome !== 'success';
    case 'throttled':
    case 'service.error':
    case 'invoke.too-large':
    case 'async.exhausted':
    case 'async.expired':
    case 'dlq.sent':
    case 'eb.rejected':
    case 'eb.target-failed':
    case 'eb.dlq':
    case 'eb.dropped':
    case 'scheduler.skipped':
    case 'scheduler.target-failed':
    case 'scheduler.dlq':
    case 'scheduler.dropped':
    case 'dlq.failed':
    case 'destination.failed':
    case 'source.config-refused':
    case 'queue.mapping-rejected':
    case 'queue.batch-failed':
    case 'queue.redriven':
    case 'stream.discarded':
    case 'stream.expired':
    case 'loop.stopped':
      return true;
    default:
      return false;
  }
}
