import { create } from 'zustand';
import { validatedPresets } from 'virtual:validated-presets';
import type { Scenario } from '../scenario';

export const DEFAULT_PRESET = 'async-retries';

export interface ScenarioState {
  /** The validated scenario document everything is simulated from. */
  readonly scenario: Scenario;
  /** The preset it came from, or null once it no longer is one (edited, imported). */
  readonly presetId: string | null;
  /**
   * True once the person changed the document (an inspector edit, a fault): opening a link or
   * another scenario must ask before it replaces unsaved work.
   */
  readonly edited: boolean;
}

/** A built-in preset's title and summary (the picker, the panel, file names, the embed). */
export interface PresetInfo {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/**
 * The built-in presets, in course order, read from the copy validated when the app was built:
 * the raw preset documents stay out of the first page load.
 */
export const PRESETS: readonly PresetInfo[] = validatedPresets;

export function presetInfo(id: string): PresetInfo | undefined {
  return validatedPresets.find((p) => p.id === id);
}

/** A built-in preset's scenario, validated when the app was built. */
export function presetScenario(id: string): Scenario {
  const preset = validatedPresets.find((p) => p.id === id);
  if (preset === undefined) throw new Error(`unknown preset "${id}"`);
  return preset.scenario;
}

export const useScenarioStore = create<ScenarioState>()(() => ({
  scenario: presetScenario(DEFAULT_PRESET),
  presetId: DEFAULT_PRESET,
  edited: false,
}));
