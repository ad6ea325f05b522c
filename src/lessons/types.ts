import type { Run, TraceEvent, TraceKind } from '../engine';

/**
 * Which trace event a step waits for: the nth event (1-based, default 1) of its kind that matches
 * every field given. `detail` compares the event's detail fields one by one (plain values only).
 * With `before`, the step stops just before that event: at the last moment something happened
 * earlier (or 0), so a question about the event is asked before the screen shows the answer.
 */
export interface EventQuery {
  readonly kind: TraceKind;
  readonly msg?: number;
  readonly attempt?: number;
  readonly from?: string;
  readonly to?: string;
  readonly version?: string;
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
  readonly nth?: number;
  readonly before?: boolean;
}

/** Works an answer out of the run: `at` is the event the stop waits for. */
export type AnswerKey = (run: Run, at: TraceEvent) => string;

export interface PredictOption {
  /** What the answer key returns when this option is right. */
  readonly id: string;
  readonly label: string;
}

/** A predict-then-reveal stop: the lesson does not go on until the learner has answered. */
export interface Predict {
  readonly question: string;
  readonly options: readonly PredictOption[];
  readonly answer: AnswerKey;
}

export interface LessonStep {
  /** The built-in scenario this step runs on. */
  readonly preset: string;
  /** The moment the step is reached: found in the run by search, never by a timer. */
  readonly at: EventQuery;
  readonly narration: string;
  readonly predict?: Predict;
  /**
   * The boxes the step is about, by diagram node id, most wanted first: at its moment the view
   * frames these (in place of the boxes of the event it waits for), so a question shows what it
   * asks about. When they do not all fit at a readable size, the first is shown whole.
   */
  readonly focus?: readonly string[];
}

export interface Lesson {
  /** Short, readable, used in links: never change a published one. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly LessonStep[];
}

/** A step placed on its run: the event it waits for and the time the lesson pauses at. */
export interface ResolvedStep {
  readonly index: number;
  readonly step: LessonStep;
  readonly preset: string;
  readonly event: TraceEvent;
  readonly t: number;
  /** The right option's id, worked out from the run; null for a step with no question. */
  readonly answer: string | null;
}
