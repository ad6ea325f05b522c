/**
 * A bounded undo history, as plain values: no store, no clock of its own (the caller passes the
 * time), so every rule here is tested directly. `S` is whatever one step restores.
 *
 * Each entry pairs a state with the step that left it: in `past` that step came after the state
 * (undoing it restores the state), in `future` before it (redoing it restores it). The step
 * travels with its state, so the Undo and Redo buttons always name what they would do.
 */

/**
 * At most this many steps can be undone. Every step holds a whole scenario document (a few KB),
 * and each one undone is simulated again, so a bound keeps memory flat over a long session; a
 * hundred steps is far more than anyone walks back through by hand.
 */
export const MAX_STEPS = 100;

/**
 * Edits of the same field closer together than this are one step. The inspector applies a number
 * as it is typed, so "250" arrives as 2, 25, 250; undoing it should take the field back to what
 * it was before the typing, not to "25". A pause longer than this starts a new step.
 */
export const BURST_MS = 1_000;

/** What a step was; at least the one field it set, by which typing joins (null: not one field). */
export interface StepName {
  readonly key: string | null;
}

export interface Entry<S, N extends StepName = StepName> {
  readonly state: S;
  readonly step: N;
}

export interface History<S, N extends StepName = StepName> {
  readonly past: readonly Entry<S, N>[];
  readonly future: readonly Entry<S, N>[];
  /** The field the last recorded step changed, and when: a burst that may grow. */
  readonly burst: { readonly key: string; readonly at: number } | null;
}

export function emptyHistory<S, N extends StepName = StepName>(): History<S, N> {
  return { past: [], future: [], burst: null };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;

/** The step Undo would take back, or null. */
export const undoStep = <N extends StepName>(h: History<unknown, N>): N | null =>
  h.past.at(-1)?.step ?? null;
/** The step Redo would take again, or null. */
export const redoStep = <N extends StepName>(h: History<unknown, N>): N | null =>
  h.future.at(-1)?.step ?? null;

/**
 * A step was taken from `before`. A new step clears what could be redone. A step that set one
 * field (its `key`) within BURST_MS of the previous step on the same field joins it, so what is
 * kept stays the state before the burst began; a step of no single field is never joined.
 */
export function record<S, N extends StepName>(
  h: History<S, N>,
  before: S,
  step: N,
  now: number,
): History<S, N> {
  const { key } = step;
  const burst = key === null ? null : { key, at: now };
  const joins =
    key !== null &&
    h.burst !== null &&
    h.burst.key === key &&
    now - h.burst.at <= BURST_MS &&
    h.past.length > 0 &&
    h.future.length === 0;
  if (joins) return { ...h, burst };
  const past = [...h.past, { state: before, step }];
  return { past: past.slice(Math.max(0, past.length - MAX_STEPS)), future: [], burst };
}

/** Where a move goes: the state to show, the step it undid or redid, and the history after. */
export interface Move<S, N extends StepName> {
  readonly state: S;
  readonly step: N;
  readonly history: History<S, N>;
}

/** Undo the last step from `current`: the state to show, and the history after; null if none. */
export function undo<S, N extends StepName>(h: History<S, N>, current: S): Move<S, N> | null {
  const last = h.past.at(-1);
  if (last === undefined) return null;
  return {
    state: last.state,
    step: last.step,
    history: {
      past: h.past.slice(0, -1),
      future: [...h.future, { state: current, step: last.step }],
      burst: null,
    },
  };
}

/** Redo the last undone step from `current`; null if there is none. */
export function redo<S, N extends StepName>(h: History<S, N>, current: S): Move<S, N> | null {
  const next = h.future.at(-1);
  if (next === undefined) return null;
  return {
    state: next.state,
    step: next.step,
    history: {
      past: [...h.past, { state: current, step: next.step }],
      future: h.future.slice(0, -1),
      burst: null,
    },
  };
}
