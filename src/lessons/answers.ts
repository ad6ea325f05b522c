import type { FateKind, Run, TraceEvent } from '../engine';

/**
 * Small searches that answer keys are built from. An answer is always read off the run, so a
 * change in the engine's behaviour changes the answer with it, never leaves a stale typed one.
 */

/** The first event after time t that passes the test. */
export function firstAfter(
  run: Run,
  t: number,
  test: (e: TraceEvent) => boolean,
): TraceEvent | undefined {
  return run.trace.find((e) => e.t > t && test(e));
}

/** How many events of the run pass the test. */
export function countEvents(run: Run, test: (e: TraceEvent) => boolean): number {
  let n = 0;
  for (const e of run.trace) if (test(e)) n++;
  return n;
}

/** The fate of a message ("in-flight" for one the run does not know). */
export function fateKindOf(run: Run, msg: number): FateKind {
  return run.fates[msg]?.kind ?? 'in-flight';
}

/** Who started an invocation: Lambda's poller for a mapping, its async queue, or the caller. */
export function starterOf(e: TraceEvent): 'poller' | 'async-queue' | 'caller' {
  if (e.from.startsWith('esm:')) return 'poller';
  return e.from === 'async-queue' ? 'async-queue' : 'caller';
}
