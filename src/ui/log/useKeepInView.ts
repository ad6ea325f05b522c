import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keep the row with data-seq = `seq` visible inside the scrolling box, scrolling only the box
 * (never the page) and only when the row has left the visible part.
 */
export function useKeepInView(box: RefObject<HTMLElement | null>, seq: number | null): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (el === null || seq === null) return;
    const row = el.querySelector<HTMLElement>(`[data-seq="${seq}"]`);
    if (row === null) return;
    const top = row.offsetTop;
    const bottom = top + row.offsetHeight;
    if (top >= el.scrollTop && bottom <= el.scrollTop + el.clientHeight) return;
    scrollBoxTo(el, Math.max(0, top - el.clientHeight / 3));
  }, [box, seq]);
}

/** Plain assignment (jsdom has no Element.scrollTo), kept out of the hook for the compiler. */
function scrollBoxTo(el: HTMLElement, top: number): void {
  el.scrollTop = top;
}
