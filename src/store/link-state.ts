import { create } from 'zustand';
import type { SharedState } from '../scenario/share-link';

/**
 * What opening a link needs from the person: a link that could not be opened (said in words), or
 * a link waiting for "Open" / "Keep mine" because it would replace edited work.
 */
export interface LinkState {
  /** Why the last link could not be opened, or null. */
  readonly problem: string | null;
  /** A decoded link that would replace edited work, until the person answers. */
  readonly pending: SharedState | null;
  /** What the last opened link had that was set aside (a moment not in its scenario), or null. */
  readonly note: string | null;
  /** A compare link (its fragment) that would replace edited work, until the person answers. */
  readonly pendingCompare?: string | null;
}

export const useLinkStore = create<LinkState>()(() => ({
  problem: null,
  pending: null,
  note: null,
}));

export function dismissLinkNote(): void {
  useLinkStore.setState({ note: null });
}

export function dismissLinkProblem(): void {
  useLinkStore.setState({ problem: null });
}
