import { useEffect, type RefObject } from 'react';

/**
 * Keep the row with data-seq = `seq` visible inside the scrolling box, scrolling only the box
 * (never the page) and only when the row has left the visible part.
 *
 * It asks an IntersectionObserver rather than measuring: the browser answers after its own
 * layout, so playback never forces an extra layout of the page (with hundreds of tokens moving,
 * that forced layout cost more than everything else in a frame).
 */
export function useKeepInView(box: RefObject<HTMLElement | null>, seq: number | null): void {
  useEffect(() => {
    const el = box.current;
    if (el === null || seq === null || typeof IntersectionObserver === 'undefined') return;
    const row = el.querySelector<HTMLElement>(`[data-seq="${seq}"]`);
    if (row === null) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        const root = entry?.rootBounds;
        if (entry === undefined || root == null || entry.intersectionRatio >= 1) return;
        // Bring the row to a third of the way down, measured from the entry: no layout read.
        const offset = entry.boundingClientRect.top - root.top - root.height / 3;
        scrollBoxTo(el, Math.max(0, el.scrollTop + offset));
      },
      { root: el, threshold: 1 },
    );
    observer.observe(row);
    return () => observer.disconnect();
  }, [box, seq]);
}

/** Plain assignment (jsdom has no Element.scrollTo), kept out of the hook for the compiler. */
function scrollBoxTo(el: HTMLElement, top: number): void {
  el.scrollTop = top;
}
