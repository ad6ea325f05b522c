import { seek } from './actions';
import { useFaultStore } from './faults';
import { emptyHistory, record, redo as redoMove, undo as undoMove, type Move } from './history';
import { resetLayout } from './layout';
import { usePlaybackStore } from './playback';
import { whenSimulatable } from './prepare-run';
import { currentRun } from './run';
import { useScenarioStore } from './scenario';
import { useSelectionStore } from './selection';
import { describeStep, type ScenarioStep, type Shown } from './step-diff';
import { isSwappingSides, stepNameOf, useHistoryStore, type ScenarioHistory } from './undo-state';

/**
 * Undo and redo of every change to the scenario, wherever it came from: the inspector, the
 * faults, new pieces, an import, a preset or a link. It watches the scenario store rather than
 * each place that edits, so nothing that changes the document can forget to record itself.
 *
 * Opening another scenario is a step too: the preset picker replaces edited work without asking,
 * so an accidental pick must be one Ctrl+Z away (docs/decisions: undo history).
 *
 * This module is loaded after the first paint (loadUndo in src/store/undo-state.ts); recording
 * starts with the scenario shown then.
 */

/** The scenario on screen with its faults, kept as of the last change (the "before" of the next). */
let shown = capture();
/** Set while a restore writes the stores: that change is the history moving, not a new step. */
let restoring = false;
let clock: () => number = () => Date.now();

function capture(): Shown {
  const { scenario, presetId, edited } = useScenarioStore.getState();
  const f = useFaultStore.getState();
  const ours = f.applied !== null && f.applied === scenario && f.base !== null;
  return {
    scenario,
    presetId,
    edited,
    faults: ours
      ? { base: f.base!, basePresetId: f.basePresetId, baseEdited: f.baseEdited, faults: f.faults }
      : null,
  };
}

/**
 * A copy to keep: the run of a scenario is remembered while its document is alive
 * (src/store/run.ts), so keeping the very documents would keep a hundred runs in memory. A
 * restored copy is simulated again, which is deterministic: the same run comes back.
 */
function keep(s: Shown): Shown {
  return structuredClone(s);
}

useScenarioStore.subscribe((s, prev) => {
  const before = shown;
  shown = capture();
  if (restoring || isSwappingSides() || s.scenario === prev.scenario) return;
  const named = stepNameOf(s.scenario);
  const step: ScenarioStep =
    named !== undefined && s.edited
      ? { change: { kind: 'named', name: named }, key: null, fresh: false }
      : describeStep(before, shown);
  const { history } = useHistoryStore.getState();
  useHistoryStore.setState({ history: record(history, keep(before), step, clock()) });
});

export function undo(): Promise<boolean> {
  return move(undoMove);
}

export function redo(): Promise<boolean> {
  return move(redoMove);
}

/** Forget every step (a fresh start: the app opening a link, tests). */
export function clearHistory(): void {
  shown = capture();
  useHistoryStore.setState({ history: emptyHistory(), moving: false });
}

/** Tests: the clock that decides whether edits of one field are one burst. */
export function setHistoryClock(now: () => number): void {
  clock = now;
}

type Mover = (h: ScenarioHistory, current: Shown) => Move<Shown, ScenarioStep> | null;

/**
 * Show the state one step back or forward. The run re-simulates; the playhead, play state and
 * speed stay, as after an edit (time kept inside the run). Nothing moves when the restored run
 * is cancelled, or when the scenario changed again while it was simulating.
 */
async function move(direction: Mover): Promise<boolean> {
  const { history, moving } = useHistoryStore.getState();
  if (moving) return false;
  const from = shown;
  const next = direction(history, keep(from));
  if (next === null) return false;
  const target = next.state;
  useHistoryStore.setState({ moving: true });
  try {
    return await whenSimulatable(target.scenario, () => {
      if (shown !== from) return;
      restore(target);
      useHistoryStore.setState({ history: next.history });
      // Another scenario has its own layout: dragged boxes belong to the one they were moved in.
      if (next.step.fresh) resetLayout();
      seek(usePlaybackStore.getState().t);
      const { message } = useSelectionStore.getState();
      if (message !== null && message >= currentRun().messages.length)
        useSelectionStore.setState({ message: null });
    });
  } finally {
    useHistoryStore.setState({ moving: false });
  }
}

function restore(target: Shown): void {
  restoring = true;
  try {
    const f = target.faults;
    useFaultStore.setState(
      f === null ? { base: null, applied: null, faults: {} } : { ...f, applied: target.scenario },
    );
    const { scenario, presetId, edited } = target;
    useScenarioStore.setState({ scenario, presetId, edited });
  } finally {
    restoring = false;
  }
}
