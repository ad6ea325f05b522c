import { create } from 'zustand';

export interface SelectionState {
  /** The message a person picked (engine id, 0-based), or null. */
  readonly message: number | null;
  /** The diagram node a person picked (a DiagramNode id), shown in the inspector, or null. */
  readonly node: string | null;
}

export const useSelectionStore = create<SelectionState>()(() => ({ message: null, node: null }));
