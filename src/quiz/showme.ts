import { simulate, type Run, type TraceEvent } from '../engine';
import type { Scenario } from '../scenario';
import type { Question } from './schema';
import { isBuiltInPreset, scenarioById } from './scenarios';

export type ShowMe = NonNullable<Question['showMe']>;

/** Where a "show me" lands: the scenario, its run, and the event that proves the answer. */
export interface Moment {
  /** The built-in preset to open, or null when the scenario is the quiz's own. */
  readonly presetId: string | null;
  readonly scenario: Scenario;
  readonly run: Run;
  readonly event: TraceEvent;
}

export type MomentResult = { ok: true; moment: Moment } | { ok: false; error: string };

/** The nth (1-based) trace event of the kind (and rule, when given). */
export function findEvent(
  run: Run,
  s: Pick<ShowMe, 'kind' | 'rule' | 'nth'>,
): TraceEvent | undefined {
  let seen = 0;
  for (const e of run.trace) {
    if (e.kind !== s.kind || (s.rule !== undefined && e.rule !== s.rule)) continue;
    if (++seen === s.nth) return e;
  }
  return undefined;
}

const runs = new Map<Scenario, Run>();

function runOf(scenario: Scenario): Run {
  let run = runs.get(scenario);
  if (run === undefined) {
    run = simulate(scenario);
    runs.set(scenario, run);
  }
  return run;
}

/** Run the scenario a "show me" names and find its moment; never a stored time. */
export function resolveShowMe(s: ShowMe): MomentResult {
  const scenario = scenarioById(s.preset);
  if (scenario === undefined) return { ok: false, error: `no scenario called "${s.preset}"` };
  const run = runOf(scenario);
  const event = findEvent(run, s);
  if (event === undefined) {
    const what = s.rule === undefined ? s.kind : `${s.kind} (rule ${s.rule})`;
    return { ok: false, error: `"${s.preset}" has no event #${s.nth} of kind ${what}` };
  }
  return {
    ok: true,
    moment: { presetId: isBuiltInPreset(s.preset) ? s.preset : null, scenario, run, event },
  };
}
