import { create } from 'zustand';

/** Where the "captions on the stage" choice is kept between visits. */
export const CAPTIONS_STORAGE_KEY = 'lambda-event-lab:captions';

export interface CaptionsState {
  /** A caption line over the diagram outside presentation mode (presentation always has one). */
  readonly captions: boolean;
}

function savedCaptions(): boolean {
  try {
    return window.localStorage.getItem(CAPTIONS_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export const useCaptionsStore = create<CaptionsState>()(() => ({ captions: savedCaptions() }));

export function setCaptions(captions: boolean): void {
  useCaptionsStore.setState({ captions });
  try {
    window.localStorage.setItem(CAPTIONS_STORAGE_KEY, captions ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice lasts for this visit only.
  }
}
