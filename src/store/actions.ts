import { useHelpStore } from './help';
import { closeShare } from './share';
import { resetLayout } from './layout';
import { currentRun } from './run';
import { clampSpeed, INITIAL_PLAYBACK, usePlaybackStore } from './playback';
import { presetReady, presetScenario, presetScenarioLoaded, useScenarioStore } from './scenario';
import { useSelectionStore } from './selection';
import { whenSimulatable } from './prepare-run';
import type { Scenario } from '../scenario';
import { compareEnd, resetCompare } from './compare';

/** State changes that span stores, or need the run, live here rather than in components. */

/** Move time, kept inside the run. */
export function seek(t: number): void {
  // Comparing two designs, time runs to the later of their ends.
  const end = compareEnd();
  usePlaybackStore.setState({ t: Math.min(end, Math.max(0, t)) });
}

export function play(): void {
  const { t } = usePlaybackStore.getState();
  // Playing from the very end starts over, as media players do.
  const atEnd = t >= compareEnd();
  usePlaybackStore.setState({ playing: true, t: atEnd ? 0 : t });
}

export function pause(): void {
  usePlaybackStore.setState({ playing: false });
}

export function setSpeed(speed: number): void {
  usePlaybackStore.setState({ speed: clampSpeed(speed) });
}

export function selectMessage(message: number | null): void {
  useSelectionStore.setState({ message });
}

export function selectNode(node: string | null): void {
  useSelectionStore.setState({ node });
}

/** Go to an event picked in the log: pause there and select its message. */
export function jumpToEvent(t: number, message: number): void {
  pause();
  seek(t);
  selectMessage(message >= 0 ? message : null);
}

/**
 * Load a built-in preset: a new scenario, so time starts again from zero, paused. A preset whose
 * sources are not loaded yet appears once they are; until then the current scenario stays.
 */
export function loadPreset(id: string): Promise<boolean> {
  // At hand, it is shown at once (the picker, tests); otherwise once its document has arrived.
  if (!presetReady(id)) return presetScenarioLoaded(id).then(() => loadPreset(id));
  const scenario = presetScenario(id);
  return whenSimulatable(scenario, () => show(scenario, id));
}

/**
 * Load a scenario that is not a built-in preset (a catalog service's "Run it", an import): time
 * starts again from zero, paused. The scenario must already be validated.
 */
export function loadScenario(scenario: Scenario): Promise<boolean> {
  return whenSimulatable(scenario, () => show(scenario, null));
}

/** Open a preset paused at a moment ("show me" from the quiz); t is kept inside the run. */
export function openPresetAt(id: string, t: number): Promise<void> {
  return loadPreset(id).then((shown) => {
    if (shown) seek(t);
  });
}

/**
 * Replace the scenario with an edited one (an inspector edit, a fault). It re-simulates at once;
 * the playhead, speed, play state and selection stay, so the person sees the same moment of the
 * new run. The scenario must already be validated.
 */
export function editScenario(scenario: Scenario): Promise<boolean> {
  return whenSimulatable(scenario, () => {
    useScenarioStore.setState({ scenario, presetId: null, edited: true });
    seek(usePlaybackStore.getState().t);
    const { message } = useSelectionStore.getState();
    if (message !== null && message >= currentRun().messages.length)
      useSelectionStore.setState({ message: null });
  });
}

function show(scenario: Scenario, presetId: string | null): void {
  // Another scenario (a preset picked, a quiz's "show me", a link) is shown on one stage.
  resetCompare();
  useScenarioStore.setState({ scenario, presetId, edited: false });
  usePlaybackStore.setState({ t: 0, playing: false });
  useSelectionStore.setState({ message: null, node: null });
  resetLayout();
}

/** Back to the initial state (tests, "reset" commands). */
export function resetAll(presetId: string): void {
  show(presetScenario(presetId), presetId);
  usePlaybackStore.setState(INITIAL_PLAYBACK);
  useHelpStore.setState({ open: false });
  closeShare();
}
