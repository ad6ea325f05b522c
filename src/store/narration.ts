import { create } from 'zustand';

/** A lesson's question as the presentation caption shows it to the room. */
export interface RoomQuestion {
  readonly question: string;
  readonly options: readonly { readonly label: string; readonly right: boolean }[];
  /** The right answer is shown (answered, or revealed for the room). */
  readonly revealed: boolean;
  /** The option the learner chose, if they answered themselves. */
  readonly chosen: string | null;
}

export interface NarrationState {
  /**
   * What a guided lesson is saying now, or null outside a lesson. Presentation captions show it;
   * without it they tell the latest moment of the run.
   */
  readonly caption: string | null;
  /** The lesson's question at this step, for the presentation caption; null when none. */
  readonly question: RoomQuestion | null;
  /**
   * A question waits for its answer: nothing after the playhead may show (no later log rows, no
   * chart beyond now, no journey's end), or the screen would give the answer away.
   */
  readonly hideFuture: boolean;
}

export const useNarrationStore = create<NarrationState>()(() => ({
  caption: null,
  question: null,
  hideFuture: false,
}));
