import type { Scenario } from '../scenario';
import { decodeShareLink, encodeShareLink, type SharedState } from '../scenario/share-link';
import { deepEqual } from '../scenario/share-link-defaults';
import { loadPreset, loadScenario, pause, seek, selectMessage, setSpeed } from './actions';
import { usePlaybackStore } from './playback';
import { currentRun } from './run';
import { loadPresets, PRESETS, presetScenario, useScenarioStore } from './scenario';
import { useSelectionStore } from './selection';
import { currentCompareLink } from './compare-link-open';
import { resetCompare } from './compare';

export { isCompareLink, openCompareFragment } from './compare-link-open';

/**
 * Reading and writing share links against the stores. This module pulls the scenario schema
 * (zod) through the codec, so the app imports it only with import(), never in the first load.
 */

export type Decoded = { ok: true; state: SharedState } | { ok: false; error: string };

export function decodeFragment(fragment: string): Decoded {
  return decodeShareLink(fragment);
}

/** The link of what is on screen now: scenario, moment, selected message, speed. */
export function currentLink(): string {
  const comparing = currentCompareLink();
  if (comparing !== null) return comparing;
  const { scenario, presetId } = useScenarioStore.getState();
  const { t, speed } = usePlaybackStore.getState();
  const { message } = useSelectionStore.getState();
  return encodeShareLink({
    scenario,
    ...(presetId !== null && { presetId }),
    t,
    ...(message !== null && { selection: message }),
    view: { speed },
  });
}

/**
 * Whether opening this scenario would throw away work: the current one was edited and differs.
 * A link to the very scenario on screen (only another moment) loses nothing.
 */
export function wouldDiscardEdits(scenario: Scenario): boolean {
  const current = useScenarioStore.getState();
  return current.edited && !deepEqual(scenario, current.scenario);
}

/**
 * Show a scenario. One that equals a built-in preset opens as that preset, so the picker names it
 * and its link stays readable; anything else opens as a custom scenario.
 */
export async function openScenario(scenario: Scenario, presetId?: string): Promise<boolean> {
  await loadPresets();
  const known =
    presetId !== undefined && deepEqual(scenario, presetScenario(presetId))
      ? presetId
      : PRESETS.find((p) => deepEqual(scenario, presetScenario(p.id)))?.id;
  return known !== undefined ? loadPreset(known) : loadScenario(scenario);
}

/**
 * Open what a link holds, paused at its moment. The scenario on screen is kept when the link
 * holds the same one, so only the moment, selection and speed move (and nothing is re-laid out).
 */
export async function openSharedState(state: SharedState): Promise<void> {
  // A one-scenario link (Back from a comparison, say) shows one stage.
  resetCompare();
  // A scenario refused as too big, or cancelled while simulating, leaves everything as it was.
  if (!deepEqual(state.scenario, useScenarioStore.getState().scenario)) {
    if (!(await openScenario(state.scenario, state.presetId))) return;
  }
  pause();
  setSpeed(state.view.speed);
  seek(state.t);
  // A message id past this run's messages names nothing to select.
  const known = state.selection !== undefined && state.selection < currentRun().messages.length;
  selectMessage(known ? state.selection! : null);
}
