import { useSyncExternalStore } from 'react';

/**
 * Whether a new version of the app is installed and waiting, and how to switch to it. The service
 * worker registration (src/main.tsx) offers it; the notice reads it. A plain module value, not a
 * store library, because the first load carries it.
 */

type Apply = () => void;

let apply: Apply | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** A new version is ready; `reload` switches to it (and reloads the page). */
export function offerUpdate(reload: Apply): void {
  apply = reload;
  emit();
}

/** "Later": the waiting version takes over once every tab of the app is closed. */
export function dismissUpdate(): void {
  apply = null;
  emit();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The pending update's switch, or null when there is none. */
export function usePendingUpdate(): Apply | null {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => null,
  );
}
