import type { DragEvent } from 'react';
import type { ReactFlowProps } from '@xyflow/react';
import { create } from 'zustand';

/**
 * The Build palette: whether it is open, and the last thing it said (a piece added, an arrow
 * refused and why) for the polite live region. The palette itself loads only when opened; while
 * open it lends the diagram and the keyboard its handlers here, so the first page never loads the
 * build model.
 */
/** What the diagram takes while building: React Flow's connect props, and a drop target. */
export interface BuildHandlers {
  readonly flow: Partial<ReactFlowProps>;
  onDragOver(e: DragEvent): void;
  onDrop(e: DragEvent): void;
  /** Remove a box of the design (Delete or Backspace on the picked box). */
  remove(nodeId: string): void;
}

/** "Start from scratch" or "Duplicate", asked for outside the palette: the palette does it. */
export type BuildRequest = 'scratch' | 'duplicate';

export interface BuildState {
  readonly open: boolean;
  readonly notice: string;
  readonly handlers: BuildHandlers | null;
  readonly request: BuildRequest | null;
}

export const useBuildStore = create<BuildState>()(() => ({
  open: false,
  notice: '',
  handlers: null,
  request: null,
}));

export function toggleBuild(open = !useBuildStore.getState().open): void {
  useBuildStore.setState(open ? { open } : { open, handlers: null, notice: '' });
}

/** Open the palette and have it start a new design or copy this one. */
export function requestBuild(request: BuildRequest): void {
  useBuildStore.setState({ open: true, request });
}

export function buildNotice(notice: string): void {
  useBuildStore.setState({ notice });
}

/** The drag data type that carries a palette piece's id. */
export const PIECE_MIME = 'application/x-lambda-lab-piece';
