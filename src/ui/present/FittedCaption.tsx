import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Caption } from '../../view';
import { fitCaption } from '../../view/fit-caption';
import './captions.css';

/** A first guess of a row's characters: an average letter of the bold lead is about this wide. */
const EM_PER_CHAR = 0.56;
/** The guess never drops below this many characters a row, however narrow the strip. */
const MIN_CHARS = 24;

/**
 * A caption written to fit `rows` rows of its strip, so no line is cut or ends in an ellipsis:
 * a first guess of the characters a row holds from the strip's width and type size, then, if the
 * text still overflows, a smaller guess before the browser paints.
 */
export function FittedCaption({ caption, rows }: { caption: Caption; rows: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [guess, setGuess] = useState(0);
  const [shrink, setShrink] = useState({ of: caption, by: 1 });
  const by = shrink.of === caption ? shrink.by : 1;
  const chars = Math.max(MIN_CHARS, Math.floor(guess * by));
  const lines = useMemo(
    () => (guess === 0 ? [] : fitCaption(caption, { chars, rows })),
    [caption, chars, rows, guess],
  );

  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measure = () => {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (el.clientWidth > 0 && size > 0)
        setGuess(Math.floor(el.clientWidth / (size * EM_PER_CHAR)));
    };
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null || lines.length === 0 || chars <= MIN_CHARS) return;
    const over =
      el.scrollHeight > el.clientHeight + 1 ||
      [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1);
    if (over) setShrink({ of: caption, by: by * 0.92 });
  }, [lines, caption, by, chars]);

  return (
    <div
      ref={ref}
      className="caption-lines caption-lines--fitted"
      style={{ '--caption-rows': rows } as CSSProperties}
    >
      {lines.map((line, i) => (
        <p
          key={i}
          className={
            i === 0 ? 'caption-lines__line caption-lines__line--lead' : 'caption-lines__line'
          }
        >
          {line}
        </p>
      ))}
    </div>
  );
}
