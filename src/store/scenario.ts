import { create } from 'zustand';
import { parseScenario, presetById, type Scenario } from '../scenario';

export const DEFAULT_PRESET = 'async-retries';

export interface ScenarioState {
  /** The validated scenario document everything is simulated from. */
  readonly scenario: Scenario;
  /** The preset it came from, or null once it no longer is one (edited, imported). */
  readonly presetId: string | null;
}

/** Parse a built-in preset; presets are validated by tests, so failing here is a bug. */
export function presetScenario(id: string): Scenario {
  const preset = presetById(id);
  if (preset === undefined) throw new Error(`unknown preset "${id}"`);
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(`preset "${id}" is invalid`);
  return parsed.scenario;
}

export const useScenarioStore = create<ScenarioState>()(() => ({
  scenario: presetScenario(DEFAULT_PRESET),
  presetId: DEFAULT_PRESET,
}));
