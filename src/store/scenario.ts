import { create } from 'zustand';
import { firstPreset, loadRest, presetIndex } from 'virtual:validated-presets';
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

/** A built-in preset's title (the picker, the panel, file names, the embed) and length. */
export interface PresetInfo {
  readonly id: string;
  readonly title: string;
  /** The scenario's length, known before its document is loaded (a short link's `t`). */
  readonly durationMs: number;
  /** Whether it uses source families (src/store/families.ts), known before its document is loaded. */
  readonly needsFamilies: boolean;
}

/**
 * The built-in presets, in course order, read from the copy validated when the app was built:
 * the raw preset documents stay out of the first page load.
 */
export const PRESETS: readonly PresetInfo[] = presetIndex;

export function presetInfo(id: string): PresetInfo | undefined {
  return presetIndex.find((p) => p.id === id);
}

/**
 * The documents at hand: the first preset's ships with the page; the others arrive together, in
 * one chunk, when something first needs one (loadPresets).
 */
const loaded = new Map<string, Scenario>([[firstPreset.id, firstPreset.scenario]]);
const summaries = new Map<string, string>([[firstPreset.id, firstPreset.summary]]);
let loading: Promise<void> | null = null;

/** Fetch every built-in preset's document (once). */
export function loadPresets(): Promise<void> {
  loading ??= loadRest().then(
    (rest) => {
      for (const [id, scenario] of rest.scenarios) loaded.set(id, scenario);
      for (const [id, summary] of rest.summaries) summaries.set(id, summary);
    },
    (e: unknown) => {
      loading = null; // a failed download (offline, a new deploy) may be tried again
      throw e;
    },
  );
  return loading;
}

/** What a preset shows, in its own words: at hand with its document (undefined until then). */
export function presetSummary(id: string): string | undefined {
  return summaries.get(id);
}

/** Whether presetScenario(id) can answer now. */
export function presetReady(id: string): boolean {
  return loaded.has(id);
}

/**
 * A built-in preset's scenario, validated when the app was built. Only for a preset that is at
 * hand (the first one, or any once loadPresets has finished); presetScenarioLoaded waits.
 */
export function presetScenario(id: string): Scenario {
  const scenario = loaded.get(id);
  if (scenario !== undefined) return scenario;
  throw new Error(
    presetInfo(id) === undefined ? `unknown preset "${id}"` : `preset "${id}" is not loaded yet`,
  );
}

/** A built-in preset's scenario, fetching the presets' chunk first when it is not at hand. */
export async function presetScenarioLoaded(id: string): Promise<Scenario> {
  if (!loaded.has(id) && presetInfo(id) !== undefined) await loadPresets();
  return presetScenario(id);
}

export const useScenarioStore = create<ScenarioState>()(() => ({
  scenario: presetScenario(DEFAULT_PRESET),
  presetId: DEFAULT_PRESET,
  edited: false,
}));
