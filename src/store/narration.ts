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

/** Where a running lesson is, for the presentation caption and the share link. */
export interface LessonPlace {
  readonly id: string;
  readonly title: string;
  /** 1-based, as people count. */
  readonly step: number;
  readonly steps: number;
}

/** A finished lesson, as the presentation caption tells it to the room. */
export interface LessonEndCaption {
  /** The tally in a sentence; null for a lesson without questions. */
  readonly tally: string | null;
  /** What the clicker's Next does now: the next lesson's title, or null after the last one. */
  readonly next: string | null;
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
  /** The lesson running and its step; null outside a lesson. */
  readonly lesson: LessonPlace | null;
  /** Set once the lesson is finished; null before. */
  readonly end: LessonEndCaption | null;
}

export const useNarrationStore = create<NarrationState>()(() => ({
  caption: null,
  question: null,
  hideFuture: false,
  lesson: null,
  end: null,
}));
