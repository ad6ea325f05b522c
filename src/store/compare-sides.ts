import { currentRun } from './run';
import { CLOSED_COMPARE, useCompareStore, type Side } from './compare';
import { usePlaybackStore } from './playback';
import { useScenarioStore } from './scenario';
import { useSelectionStore } from './selection';
import { whenSimulatable } from './prepare-run';
import { resetLayout } from './layout';
import type { Scenario } from '../scenario';
import { dropParkedHistory, swapSides } from './undo-state';
import { playbackEnd } from '../view/pacing';

/**
 * Opening, switching and leaving a comparison: only the compare view and compare links need
 * these, so they load with them rather than with the first page.
 */

/**
 * Open two validated scenarios side by side from the start, paused, editing A. Each side passes
 * the run-size guard (and is simulated in the background when big) before anything changes.
 */
export async function openComparison(
  a: Scenario,
  b: Scenario,
  options: { pairId?: string; labels?: { a: string; b: string }; presetIds?: [string?, string?] },
): Promise<boolean> {
  const [presetA = null, presetB = null] = options.presetIds ?? [];
  // B first: A is applied only once B is known to run, so a refused B changes nothing.
  if (!(await whenSimulatable(b, () => {}))) return false;
  return whenSimulatable(a, () => {
    useScenarioStore.setState({ scenario: a, presetId: presetA, edited: false });
    dropParkedHistory();
    useCompareStore.setState({
      open: true,
      pairId: options.pairId ?? null,
      labels: options.labels ?? null,
      editing: 'a',
      other: { scenario: b, presetId: presetB, edited: false },
      shown: 'a',
    });
    usePlaybackStore.setState({ t: 0, playing: false });
    useSelectionStore.setState({ message: null, node: null });
    resetLayout();
  });
}

/** "Edit A / B": the chosen side goes to the scenario store, the other waits. */
export function editSide(side: Side): void {
  const c = useCompareStore.getState();
  if (!c.open || c.other === null || c.editing === side) {
    useCompareStore.setState({ shown: side });
    return;
  }
  const { scenario, presetId, edited } = useScenarioStore.getState();
  const other = c.other;
  swapSides(() =>
    useScenarioStore.setState({
      scenario: other.scenario,
      presetId: other.presetId,
      edited: other.edited,
    }),
  );
  useCompareStore.setState({ editing: side, shown: side, other: { scenario, presetId, edited } });
  // A message id of one run names another message (or none) in the other.
  useSelectionStore.setState({ message: null });
}

/** On a phone: which of the two stages is shown. */
export function showSide(side: Side): void {
  useCompareStore.setState({ shown: side });
}

/** "Exit compare": back to one stage, showing the side kept, at the same moment. */
export function exitCompare(keep: Side): void {
  if (!useCompareStore.getState().open) return;
  editSide(keep);
  useCompareStore.setState(CLOSED_COMPARE);
  dropParkedHistory();
  const end = playbackEnd(currentRun());
  const { t } = usePlaybackStore.getState();
  if (t > end) usePlaybackStore.setState({ t: end });
}
