import { create } from 'zustand';
import type { Run } from '../engine';
import type { Scenario } from '../scenario';
import { currentRun, runOf } from './run';
import { usePlaybackStore } from './playback';
import { useScenarioStore } from './scenario';
import { eventTimes, playbackEnd } from '../view/pacing';
import { dropParkedHistory } from './undo-state';

/**
 * "What if…?": two designs on the same traffic, A and B, under one playhead.
 *
 * The side being edited lives in the scenario store, exactly like the one scenario outside the
 * compare view, so the inspector, faults and everything that edits a scenario work on it
 * unchanged; the other side waits here. Choosing the other side in "Edit A / B" swaps them.
 */
export type Side = 'a' | 'b';

/** A side's document while the other one is being edited. */
export interface SideDoc {
  readonly scenario: Scenario;
  readonly presetId: string | null;
  readonly edited: boolean;
}

export interface CompareState {
  readonly open: boolean;
  /** The built-in pair shown, or null for a fork of the person's own scenario (or once edited). */
  readonly pairId: string | null;
  /** Titles of a built-in pair's sides; null: each side is titled by what differs. */
  readonly labels: { readonly a: string; readonly b: string } | null;
  /** The side the scenario store holds, which the inspector edits. */
  readonly editing: Side;
  /** The side that is not being edited. */
  readonly other: SideDoc | null;
  /** On a phone, the one stage shown. */
  readonly shown: Side;
}

const CLOSED: CompareState = {
  open: false,
  pairId: null,
  labels: null,
  editing: 'a',
  other: null,
  shown: 'a',
};

export const CLOSED_COMPARE: CompareState = CLOSED;

export const useCompareStore = create<CompareState>()(() => CLOSED);

/** The scenario of one side, outside React. */
export function sideScenario(side: Side): Scenario {
  const c = useCompareStore.getState();
  const edited = useScenarioStore.getState().scenario;
  return c.editing === side || c.other === null ? edited : c.other.scenario;
}

/** The scenario of one side; re-renders when either side changes. */
export function useSideScenario(side: Side): Scenario {
  const edited = useScenarioStore((s) => s.scenario);
  const other = useCompareStore((c) => (c.editing === side ? null : (c.other?.scenario ?? null)));
  return other ?? edited;
}

/** The run of the side not being edited, or null outside the compare view (the playback loop). */
export function otherRun(): Run | null {
  const { open, other } = useCompareStore.getState();
  return open && other !== null ? runOf(other.scenario) : null;
}

/** Where playback ends in the compare view: at the later of the two runs' ends. */
export function compareEnd(): number {
  const other = otherRun();
  const own = playbackEnd(currentRun());
  return other === null ? own : Math.max(own, playbackEnd(other));
}

const merged = new WeakMap<Run, { other: Run; times: Float64Array }>();

/**
 * The moments playback may not skip: the events of the edited run, and in the compare view those
 * of the other run too (skipping quiet stretches must not jump over what happens in B).
 */
export function playbackTimes(): Float64Array {
  const own = currentRun();
  const other = otherRun();
  if (other === null) return eventTimes(own);
  const hit = merged.get(own);
  if (hit !== undefined && hit.other === other) return hit.times;
  const times = Float64Array.from(new Set([...eventTimes(own), ...eventTimes(other)])).sort();
  merged.set(own, { other, times });
  return times;
}

/** Move the one playhead of both stages, kept inside the longer run. */
export function seekBoth(t: number): void {
  usePlaybackStore.setState({ t: Math.min(compareEnd(), Math.max(0, t)) });
}

/**
 * "What if…?": fork the scenario on screen. B starts as an exact copy (same traffic, same seed)
 * and is the side the inspector edits; time and selection stay where they are.
 */
export function startWhatIf(): void {
  const { scenario, presetId, edited } = useScenarioStore.getState();
  // B is edited from here on and keeps the steps that led to it; A starts a history of its own.
  dropParkedHistory();
  useCompareStore.setState({
    open: true,
    pairId: null,
    labels: null,
    editing: 'b',
    other: { scenario, presetId, edited },
    shown: 'b',
  });
}

/** Tests, and the app's resets. */
export function resetCompare(): void {
  useCompareStore.setState(CLOSED);
  dropParkedHistory();
}
