import { useSyncExternalStore } from 'react';
import { locationForTool, toolFromSearch, type Tool } from './route';

/** Fired on window after pushState, which (unlike back/forward) sends no event of its own. */
const NAVIGATED = 'lab:navigated';
const EVENTS = ['popstate', 'hashchange', NAVIGATED] as const;

function subscribe(onChange: () => void): () => void {
  for (const name of EVENTS) window.addEventListener(name, onChange);
  return () => {
    for (const name of EVENTS) window.removeEventListener(name, onChange);
  };
}

/** The tool in the address bar, kept up to date through links, back and forward. */
export function useTool(): Tool {
  return useSyncExternalStore(
    subscribe,
    () => toolFromSearch(window.location.search),
    () => 'simulator',
  );
}

/** The query and fragment as text, so links built from them stay current when either changes. */
export function useLocationSuffix(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search + window.location.hash,
    () => '',
  );
}

/** Show another tool: a new history entry, so the browser's back button returns. */
export function navigateTo(tool: Tool): void {
  if (toolFromSearch(window.location.search) === tool) return;
  window.history.pushState(null, '', locationForTool(window.location, tool));
  window.dispatchEvent(new Event(NAVIGATED));
}
