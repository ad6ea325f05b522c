import { create } from 'zustand';

export const WELCOME_STORAGE_KEY = 'lambda-event-lab:welcome';

/** Whether the first-visit welcome is still shown: until dismissed, in this browser. */
export interface WelcomeState {
  readonly open: boolean;
}

function saved(): boolean {
  try {
    return window.localStorage.getItem(WELCOME_STORAGE_KEY) !== 'dismissed';
  } catch {
    return true;
  }
}

export const useWelcomeStore = create<WelcomeState>()(() => ({ open: saved() }));

export function dismissWelcome(): void {
  useWelcomeStore.setState({ open: false });
  try {
    window.localStorage.setItem(WELCOME_STORAGE_KEY, 'dismissed');
  } catch {
    // Storage refused (private mode): dismissed for this visit only.
  }
}
