import { useLayoutEffect, type RefObject } from 'react';

/** The CSS variable the presenting layout keeps free at the bottom for the caption (present.css). */
const ROOM = '--present-caption-room';

/**
 * Keeps the caption's measured height on <html>, so the stage above ends where the caption starts
 * however tall it grows (a lesson's question with its options is taller than a plain caption).
 */
export function useCaptionRoom(caption: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = caption.current;
    const root = document.documentElement;
    if (el === null) return;
    const apply = () => root.style.setProperty(ROOM, `${el.offsetHeight}px`);
    apply();
    if (typeof ResizeObserver === 'undefined') return () => root.style.removeProperty(ROOM);
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(ROOM);
    };
  }, [caption]);
}
