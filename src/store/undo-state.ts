import { create } from 'zustand';
import { emptyHistory, type History } from './history';
import type { ScenarioStep, Shown } from './step-diff';

/**
 * What the Undo and Redo buttons and commands read: the history and whether a restore is under
 * way. The machinery that records and restores (src/store/undo.ts) is loaded after the first
 * paint, with the buttons: the first page only carries this.
 */

export type ScenarioHistory = History<Shown, ScenarioStep>;

export interface HistoryState {
  readonly history: ScenarioHistory;
  /** A restore is waiting for its run (a big scenario simulates in the background). */
  readonly moving: boolean;
  /**
   * In a comparison, the history of the side not being edited: each side keeps its own, so
   * Ctrl+Z never brings one side's document into the other.
   */
  readonly parked: ScenarioHistory;
}

export const useHistoryStore = create<HistoryState>()(() => ({
  history: emptyHistory(),
  moving: false,
  parked: emptyHistory(),
}));

let swapping = false;

/**
 * A comparison's "Edit A / B" puts the other side's document in the scenario store: that is not
 * an edit, so it is not recorded, and the two sides' histories trade places with it.
 */
export function swapSides(write: () => void): void {
  swapping = true;
  try {
    write();
  } finally {
    swapping = false;
  }
  const { history, parked } = useHistoryStore.getState();
  useHistoryStore.setState({ history: parked, parked: history });
}

/** Words an action gave the scenario document it made, for the step that shows it. */
const stepNames = new WeakMap<object, string>();

/**
 * Name the step that will show `scenario` ("add SQS standard queue"): an action that knows what
 * it did says so, where working it out from the two documents could only say "edit the scenario".
 */
export function nameStep(scenario: object, name: string): void {
  stepNames.set(scenario, name);
}

/** The name an action gave this scenario document, if any (src/store/undo.ts). */
export function stepNameOf(scenario: object): string | undefined {
  return stepNames.get(scenario);
}

/** True while swapSides writes the scenario store (src/store/undo.ts skips that change). */
export function isSwappingSides(): boolean {
  return swapping;
}

/** A comparison opened or closed: the waiting side's history goes with it. */
export function dropParkedHistory(): void {
  useHistoryStore.setState({ parked: emptyHistory() });
}

export function undoPossible(s: HistoryState = useHistoryStore.getState()): boolean {
  return !s.moving && s.history.past.length > 0;
}

export function redoPossible(s: HistoryState = useHistoryStore.getState()): boolean {
  return !s.moving && s.history.future.length > 0;
}

type Undo = typeof import('./undo');
let loading: Promise<Undo> | null = null;

/** Start recording (once): load the machinery, which watches the scenario from then on. */
export function loadUndo(): Promise<Undo> {
  loading ??= import('./undo').catch((e: unknown) => {
    loading = null; // offline or a new deploy: a later attempt may work
    throw e;
  });
  return loading;
}
