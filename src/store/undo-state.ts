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
}

export const useHistoryStore = create<HistoryState>()(() => ({
  history: emptyHistory(),
  moving: false,
}));

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
