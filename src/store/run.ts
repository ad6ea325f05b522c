import type { Run } from '../engine';
import { simulateWith } from '../engine/simulate-core';
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

export function runOf(scenario: Scenario): Run {
  let run = runs.get(scenario);
  if (run === undefined) {
    run = simulateWith(scenario, loadedFamilies(), { maxEvents: RUN_EVENT_CAP });
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
