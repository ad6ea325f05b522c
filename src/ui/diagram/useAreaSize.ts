import { useEffect, useState, type RefObject } from 'react';

/** Steps the measured size is rounded to, so a drawer's slide does not lay the diagram out anew
 * at every frame. */
const STEP = 16;

/** The size of an element's box in px (rounded down to a step), or null before it is laid out. */
export function useAreaSize(
  ref: RefObject<HTMLElement | null>,
): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = () => {
      const width = Math.floor(el.clientWidth / STEP) * STEP;
      const height = Math.floor(el.clientHeight / STEP) * STEP;
      setSize((prev) =>
        prev !== null && prev.width === width && prev.height === height
          ? prev
          : width > 0 && height > 0
            ? { width, height }
            : null,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
