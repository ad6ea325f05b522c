import { firstPreset, firstRun } from 'virtual:validated-presets';
import type { Run } from '../engine';
import { RUN_EVENT_CAP } from '../scenario/run-size';
import { loadedFamilies } from './families';
import type { Scenario } from '../scenario';
import { useScenarioStore } from './scenario';
import { useStageScenario } from './stage-scenario';

/**
 * The run is derived, never stored: one simulation per scenario document, remembered while that
 * document is alive. Editing the scenario makes a new document, hence a new run. A big scenario
 * is simulated in the background before it is shown (src/store/prepare-run.ts), which leaves its
 * run here first.
 */
const runs = new WeakMap<Scenario, Run>();

// The opening preset's run was simulated when the app was built (scripts/validated-presets-plugin.ts):
// the first diagram is drawn before the engine arrives.
const openingRun: Omit<Run, 'scenario'> = firstRun;
runs.set(firstPreset.scenario, { ...openingRun, scenario: firstPreset.scenario });

type Engine = typeof import('../engine/simulate-core');

let engine: Engine | null = null;
let loading: Promise<void> | null = null;

/**
 * Fetch the engine, once: the first page shows the opening run without it, and anything that
 * shows another scenario (src/store/prepare-run.ts, a preset link) waits for this first. The page
 * fetches it soon after its first paint anyway (src/main.tsx).
 */
export function loadEngine(): Promise<void> {
  loading ??= import('../engine/simulate-core').then(
    (m) => {
      engine = m;
    },
    (e: unknown) => {
      loading = null; // a failed download (offline, a new deploy) may be tried again
      throw e;
    },
  );
  return loading;
}

/** Whether runOf(scenario) can answer now: its run is known, or the engine is here to make it. */
export function runReady(scenario: Scenario): boolean {
  return engine !== null || runs.has(scenario);
}

export function runOf(scenario: Scenario): Run {
  let run = runs.get(scenario);
  if (run === undefined) {
    if (engine === null) throw new Error('the simulator is not loaded yet');
    run = engine.simulateWith(scenario, loadedFamilies(), { maxEvents: RUN_EVENT_CAP });
    runs.set(scenario, run);
  }
  return run;
}

/** Keep a run simulated elsewhere (the worker) as the run of this very scenario document. */
export function rememberRun(scenario: Scenario, run: Run): void {
  runs.set(scenario, run.scenario === scenario ? run : { ...run, scenario });
}

/** The run of the current scenario, outside React (commands, the playback loop). */
export function currentRun(): Run {
  return runOf(useScenarioStore.getState().scenario);
}

/**
 * The run of the current scenario (or of the stage's own, in the compare view); re-renders only
 * when the scenario changes.
 */
export function useRun(): Run {
  return runOf(useStageScenario());
}
