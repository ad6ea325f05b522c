import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import { parseScenario, type ScenarioInput } from '../../src/scenario';
import {
  currentRun,
  DEFAULT_PRESET,
  loadScenario,
  presetScenario,
  resetAll,
  useScenarioStore,
} from '../../src/store';
import { cancelJob, dismissRefusal, useRunJobStore } from '../../src/store/run-job';

function parse(doc: ScenarioInput) {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

function steady(rate: number, seconds: number) {
  return parse({
    version: 1,
    name: `${rate}/s for ${seconds} s`,
    durationMs: seconds * 1000,
    function: { behaviour: { duration: { kind: 'fixed', ms: 50 } } },
    workloads: [
      {
        id: 'w',
        invocationType: 'Event',
        arrivals: { kind: 'constant', ratePerSecond: rate, durationMs: seconds * 1000 },
      },
    ],
  });
}

afterEach(() => {
  cancelJob();
  dismissRefusal();
  resetAll(DEFAULT_PRESET);
});

describe('opening a scenario whose run is big', () => {
  it('refuses one too big to hold, says why, and keeps the scenario on screen', async () => {
    const before = useScenarioStore.getState().scenario;
    expect(await loadScenario(steady(10_000, 100))).toBe(false);
    expect(useScenarioStore.getState().scenario).toBe(before);
    expect(useRunJobStore.getState()).toEqual({
      progress: null,
      refused:
        'This scenario would produce about 6 million events; the limit is 1,500,000. ' +
        "Lower a workload's rate or duration, or the scenario's duration, and try again.",
    });
  });

  it('simulates a long one in the background first, then shows it with its run', async () => {
    const big = steady(10, 3_600);
    const opening = loadScenario(big);
    // Under way: progress is shown and the scenario on screen has not changed yet.
    expect(useRunJobStore.getState().progress).toBe(0);
    expect(useScenarioStore.getState().scenario).toBe(presetScenario(DEFAULT_PRESET));
    expect(await opening).toBe(true);
    expect(useScenarioStore.getState().scenario).toBe(big);
    expect(currentRun().stats).toEqual(simulate(big).stats);
    expect(useRunJobStore.getState()).toEqual({ progress: null, refused: null });
  });

  it('changes nothing when the background run is cancelled', async () => {
    const opening = loadScenario(steady(10, 3_600));
    cancelJob();
    expect(await opening).toBe(false);
    expect(useScenarioStore.getState().scenario).toBe(presetScenario(DEFAULT_PRESET));
    expect(useRunJobStore.getState()).toEqual({ progress: null, refused: null });
  });
});
