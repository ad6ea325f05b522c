import { describe, expect, it, vi } from 'vitest';
import { firstPreset, firstRun } from 'virtual:validated-presets';
import { simulate, simulateWith, type Run, type TraceEvent } from '../../src/engine';
import { RUN_EVENT_CAP } from '../../src/scenario/run-size';
import { DEFAULT_PRESET } from '../../src/store/scenario';

function withoutScenario(run: Run): Omit<Run, 'scenario'> {
  const { scenario, ...rest } = run;
  void scenario;
  return rest;
}

/** The store's modules afresh, as the page has them before the engine has arrived. */
async function freshStore() {
  vi.resetModules();
  const run = await import('../../src/store/run');
  const scenario = await import('../../src/store/scenario');
  const prepare = await import('../../src/store/prepare-run');
  return { ...run, ...scenario, ...prepare };
}

describe('the opening run, simulated when the app was built', () => {
  it('is the engine’s run of the opening preset, exactly', () => {
    expect(firstPreset.id).toBe(DEFAULT_PRESET);
    expect(firstRun).toEqual(
      withoutScenario(simulate(firstPreset.scenario, { maxEvents: RUN_EVENT_CAP })),
    );
    // Retries and their backoff are what this preset shows: the trace holds every step.
    expect(firstRun.trace).toHaveLength(25);
    expect(firstRun.trace.filter((e: TraceEvent) => e.kind === 'async.retry')).toHaveLength(4);
    // The app simulates with the families it has loaded: the same run for this scenario.
    const appRun = simulateWith(firstPreset.scenario, {}, { maxEvents: RUN_EVENT_CAP });
    expect(firstRun).toEqual(withoutScenario(appRun));
  });

  it('is the run of the opening scenario before the engine arrives; nothing else is', async () => {
    const store = await freshStore();
    const opening = store.presetScenario(DEFAULT_PRESET);
    expect(store.runReady(opening)).toBe(true);
    const run = store.runOf(opening);
    expect(run.scenario).toBe(opening);
    expect(run.trace).toEqual(firstRun.trace);
    expect(store.runOf(opening)).toBe(run);

    await store.loadPresets();
    const other = store.presetScenario('api-gateway-throttle');
    expect(store.runReady(other)).toBe(false);
    expect(() => store.runOf(other)).toThrow('the simulator is not loaded yet');
  });

  it('fetches the engine before another scenario is shown', async () => {
    const store = await freshStore();
    await store.loadPresets();
    const other = store.presetScenario('api-gateway-throttle');
    let shown = false;
    const applied = store.whenSimulatable(other, () => {
      shown = true;
    });
    expect(shown).toBe(false);
    expect(await applied).toBe(true);
    expect(shown).toBe(true);
    expect(store.runReady(other)).toBe(true);
    const run = store.runOf(other);
    const expected = simulate(other, { maxEvents: RUN_EVENT_CAP });
    expect(run.trace).toHaveLength(33);
    expect(run.trace).toEqual(expected.trace);
    expect(run.fates).toEqual(expected.fates);
    expect(run.stats).toEqual(expected.stats);
  });
});
