import { useMemo } from 'react';
import { create } from 'zustand';
import { lessonFromSearch, type LessonAddress } from '../../lessons/link';
import { useLocationSuffix } from '../nav/useTool';

/** The lesson named in the address (`?lesson=…&step=…`), or null. Part of the first load. */
export function useLessonInAddress(): LessonAddress | null {
  const suffix = useLocationSuffix();
  const search = suffix.split('#', 1)[0] ?? '';
  return useMemo(() => lessonFromSearch(search), [search]);
}

/** Whether the side panel shows the lesson (rather than the details or the quiz). */
export const useLessonShown = create<{ readonly shown: boolean }>(() => ({ shown: true }));

export function showLesson(shown: boolean): void {
  useLessonShown.setState({ shown });
}

/** Fired after the address changes without a browser event, as the tool switcher does. */
export const NAVIGATED = 'lab:navigated';

/** Replace or add a history entry for a new query, keeping the fragment, and tell listeners. */
export function goToSearch(search: string, how: 'push' | 'replace'): void {
  const { pathname, hash } = window.location;
  const url = `${pathname}${search}${hash}`;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}
