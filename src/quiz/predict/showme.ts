import type { Run, TraceEvent } from '../../engine';
import type { ShowMe } from './build';

/**
 * The "show me" of an event: its kind, its rule and its position among the run's events of that
 * kind and rule. Found again by running the scenario, so it never stores a time.
 */
export function showMeOf(run: Run, scenarioId: string, e: TraceEvent): ShowMe {
  let nth = 0;
  for (const x of run.trace) {
    if (x.kind === e.kind && x.rule === e.rule) nth++;
    if (x === e) return { preset: scenarioId, kind: e.kind, rule: e.rule, nth };
  }
  throw new Error(`event ${e.seq} is not in the run of ${scenarioId}`);
}
