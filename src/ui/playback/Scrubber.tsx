import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import {
  seek,
  useNarrationStore,
  usePacingStore,
  usePlaybackStore,
  useReadoutStore,
  useRun,
} from '../../store';
import { formatTime, playbackEnd } from '../../view';
import { ScrubberMarks } from './ScrubberMarks';

/**
 * The timeline: drag to any time. The thumb and the filled track follow the playhead on every
 * frame without a render (set on the slider itself); the rest, its spoken time included,
 * re-renders with the readout, ten times a second while playing. Its marks re-render only when
 * what they show changes.
 */
export function Scrubber() {
  const run = useRun();
  // The readout is set from the playhead as it moves, so at each render the two are the same.
  const t = useReadoutStore((s) => s.t);
  const speed = usePlaybackStore((s) => s.speed);
  const skipQuiet = usePacingStore((s) => s.skipQuiet);
  // While a lesson's question waits, marks after now (a red failure to come) would answer it.
  const hideFuture = useNarrationStore((s) => s.hideFuture);
  const end = playbackEnd(run);
  const progress = end > 0 ? t / end : 0;
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(
    () =>
      usePlaybackStore.subscribe((s, prev) => {
        const el = input.current;
        if (el === null || s.t === prev.t) return;
        el.value = String(s.t);
        // On the slider, not the wrapper: changed on the wrapper it would restyle the marks too.
        el.style.setProperty('--progress', String(end > 0 ? s.t / end : 0));
      }),
    [end],
  );
  return (
    <div className="scrubber">
      <ScrubberMarks
        run={run}
        speed={speed}
        skipQuiet={skipQuiet}
        upTo={hideFuture ? progress : null}
      />
      <input
        ref={input}
        type="range"
        className="scrubber__input"
        style={{ '--progress': progress } as CSSProperties}
        aria-label="Time"
        min={0}
        max={end}
        step={1}
        value={t}
        aria-valuetext={formatTime(t)}
        onChange={(e) => seek(Number(e.target.value))}
      />
    </div>
  );
}
