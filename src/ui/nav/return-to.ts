import { useSyncExternalStore } from 'react';
import type { Tool } from './route';

/**
 * A way back after a tool sent the learner elsewhere: "Show me in the simulator" leaves a
 * question for the simulator, and offers "Back to question 3" there. Going back is navigation
 * only: the quiz keeps its own state (the session, the answer, the feedback) in memory, so the
 * learner lands on the same question in the same state.
 */
export interface ReturnOffer {
  /** "Back to question 3". */
  readonly label: string;
  /** The scenario that was opened, named in the offer. */
  readonly scenario: string;
  readonly tool: Tool;
}

let offer: ReturnOffer | null = null;
const listeners = new Set<() => void>();

function set(next: ReturnOffer | null): void {
  if (next === offer) return;
  offer = next;
  for (const l of listeners) l();
}

export function offerReturn(next: ReturnOffer): void {
  set(next);
}

export function clearReturn(): void {
  set(null);
}

export function useReturnOffer(): ReturnOffer | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => offer,
    () => null,
  );
}
