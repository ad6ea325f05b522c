import { create } from 'zustand';

/** Where the "skip quiet time" choice is kept between visits. */
export const SKIP_QUIET_STORAGE_KEY = 'lambda-event-lab:skip-quiet';

export interface PacingState {
  /** Playback jumps over long stretches where nothing happens (on unless the person turns it off). */
  readonly skipQuiet: boolean;
}

function savedSkipQuiet(): boolean {
  try {
    return window.localStorage.getItem(SKIP_QUIET_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export const usePacingStore = create<PacingState>()(() => ({ skipQuiet: savedSkipQuiet() }));

export function setSkipQuiet(skipQuiet: boolean): void {
  usePacingStore.setState({ skipQuiet });
  try {
    window.localStorage.setItem(SKIP_QUIET_STORAGE_KEY, skipQuiet ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice lasts for this visit only.
  }
}
