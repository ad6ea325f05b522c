import type { Sim } from '../sim';
import type { WindowPart } from './batch-event';
import type { OpenWindow } from './worker';

/**
 * Tumbling windows: fixed, back-to-back periods of TumblingWindowInSeconds on the UTC clock. A
 * record belongs to the window its arrival falls in; batches never mix windows, the state the
 * function returns is handed to its next call in the same window, and once the window is over a
 * last call with `isFinalInvokeForWindow` gets the final state.
 */
export function windowFor(arrival: number, widthMs: number, startEpochMs: number): OpenWindow {
  const epoch = startEpochMs + arrival;
  const start = epoch - (((epoch % widthMs) + widthMs) % widthMs) - startEpochMs;
  return { start, end: start + widthMs, count: 0 };
}

/** The state the function carries across calls: how many records the window has seen so far. */
export function windowState(w: OpenWindow): Readonly<Record<string, number>> {
  return { count: w.count };
}

export function windowPart(sim: Sim, w: OpenWindow, shardId: string, final: boolean): WindowPart {
  return {
    start: sim.isoTime(w.start),
    end: sim.isoTime(w.end),
    state: windowState(w),
    shardId,
    isFinalInvokeForWindow: final,
  };
}
