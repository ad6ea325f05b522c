import { create } from 'zustand';

export interface SelectionState {
  /** The message a person picked (engine id, 0-based), or null. */
  readonly message: number | null;
}

export const useSelectionStore = create<SelectionState>()(() => ({ message: null }));
