import { create } from 'zustand';

/**
 * A scenario on its way to the screen that the person should know about: one simulating in the
 * background (how far it has got, and Cancel), or one refused because its run would be too big
 * (what to reduce). The scenario on screen stays usable meanwhile.
 */
export interface RunJobState {
  /** Share of the background run done (0–1), or null when none is running. */
  readonly progress: number | null;
  /** Why the last scenario was not run, or null. */
  readonly refused: string | null;
}

export const useRunJobStore = create<RunJobState>()(() => ({ progress: null, refused: null }));

let cancelCurrent: (() => void) | null = null;

/** Start showing a background run; `cancel` stops it. Replaces (and cancels) any earlier one. */
export function startJob(cancel: () => void): void {
  cancelCurrent?.();
  cancelCurrent = cancel;
  useRunJobStore.setState({ progress: 0, refused: null });
}

export function jobProgress(done: number): void {
  useRunJobStore.setState({ progress: done });
}

export function endJob(cancel: () => void): void {
  if (cancelCurrent !== cancel) return; // a later job replaced it
  cancelCurrent = null;
  useRunJobStore.setState({ progress: null });
}

/** "Cancel": the background run stops and the scenario on screen stays. */
export function cancelJob(): void {
  const cancel = cancelCurrent;
  cancelCurrent = null;
  cancel?.();
  useRunJobStore.setState({ progress: null });
}

export function refuseRun(message: string): void {
  cancelJob();
  useRunJobStore.setState({ refused: message });
}

export function dismissRefusal(): void {
  useRunJobStore.setState({ refused: null });
}
