import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Caption } from '../../view';
import { fitCaption } from '../../view/fit-caption';
import './captions.css';

/** A first guess of a row's characters: an average letter of the bold lead is about this wide. */
const EM_PER_CHAR = 0.56;
/** The guess never drops below this many characters a row, however narrow the strip. */
const MIN_CHARS = 24;
/** How far the guess may shrink before the type does instead. */
const MIN_BY = 0.7;
/** The smallest type, as a share of the strip's own: still read from the back of a room. */
const MIN_TYPE = 0.75;

/**
 * A caption written to fit `rows` rows of its strip, so no line is cut or ends in an ellipsis:
 * a first guess of the characters a row holds from the strip's width and type size, then, if the
 * text still overflows, a smaller guess before the browser paints, and at last smaller type (one
 * event's sentence can be longer than the whole strip holds).
 */
export function FittedCaption({ caption, rows }: { caption: Caption; rows: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [guess, setGuess] = useState(0);
  const [shrink, setShrink] = useState({ of: caption, by: 1, type: 1 });
  const by = shrink.of === caption ? shrink.by : 1;
  const type = shrink.of === caption ? shrink.type : 1;
  const chars = Math.max(MIN_CHARS, Math.floor(guess * by));
  const lines = useMemo(
    // Not laid out (yet): the caption's own lines; the measure before paint fits them.
    () => (guess === 0 ? caption.lines : fitCaption(caption, { chars, rows })),
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
    if (el === null || lines.length === 0) return;
    const over =
      el.scrollHeight > el.clientHeight + 1 ||
      [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1);
    // Fewer characters first; a single clause longer than the strip can only get smaller type.
    const fewer = by > MIN_BY && chars > MIN_CHARS;
    if (over && (fewer || type > MIN_TYPE))
      setShrink({ of: caption, by: fewer ? by * 0.92 : by, type: fewer ? type : type * 0.92 });
  }, [lines, caption, by, type, chars]);

  return (
    <div
      ref={ref}
      className="caption-lines caption-lines--fitted"
      style={{ '--caption-rows': rows, '--caption-type': type } as CSSProperties}
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
