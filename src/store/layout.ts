import { create } from 'zustand';

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface LayoutState {
  /**
   * Boxes the person dragged, per orientation, by node id. They keep their place while the
   * scenario is edited and re-simulated; a different scenario starts from its own layout again.
   */
  readonly moved: {
    readonly horizontal: Readonly<Record<string, Position>>;
    readonly vertical: Readonly<Record<string, Position>>;
  };
}

export const NO_MOVES: LayoutState['moved'] = { horizontal: {}, vertical: {} };

export const useLayoutStore = create<LayoutState>()(() => ({ moved: NO_MOVES }));

export function moveNode(orientation: 'horizontal' | 'vertical', id: string, to: Position): void {
  useLayoutStore.setState((s) => ({
    moved: { ...s.moved, [orientation]: { ...s.moved[orientation], [id]: to } },
  }));
}

/** Back to the computed layout. */
export function resetLayout(): void {
  useLayoutStore.setState({ moved: NO_MOVES });
}
