import { create } from 'zustand';

export interface NarrationState {
  /**
   * What a guided lesson is saying now, or null outside a lesson. Presentation captions show it;
   * without it they read the latest event of the log.
   */
  readonly caption: string | null;
}

export const useNarrationStore = create<NarrationState>()(() => ({ caption: null }));
