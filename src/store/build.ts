import { create } from 'zustand';

/**
 * The Build palette: whether it is open, and the last thing it said (a piece added, an arrow
 * refused and why) for the polite live region. The palette itself loads only when opened; while
 * open it lends the diagram its connect and drop handlers here, so the diagram, part of the first
 * page, never loads the build model.
 */
export interface BuildHandlers {
  /** Whether an arrow may be drawn from one box to another, and if not, why. */
  canConnect(from: string, to: string): { ok: true } | { ok: false; reason: string };
  connect(from: string, to: string): void;
  /** A palette piece dropped onto the diagram, on a box (`at`) or on empty space. */
  drop(pieceId: string, at: string | null): void;
}

export interface BuildState {
  readonly open: boolean;
  readonly notice: string;
  readonly handlers: BuildHandlers | null;
}

export const useBuildStore = create<BuildState>()(() => ({
  open: false,
  notice: '',
  handlers: null,
}));

export function toggleBuild(open = !useBuildStore.getState().open): void {
  useBuildStore.setState(open ? { open } : { open, handlers: null, notice: '' });
}

export function buildNotice(notice: string): void {
  useBuildStore.setState({ notice });
}

/** The drag data type that carries a palette piece's id. */
export const PIECE_MIME = 'application/x-lambda-lab-piece';
