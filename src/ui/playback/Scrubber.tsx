import type { CSSProperties } from 'react';
import { seek, useNarrationStore, usePacingStore, usePlaybackStore, useRun } from '../../store';
import { formatTime, playbackEnd } from '../../view';
import { ScrubberMarks } from './ScrubberMarks';

/** The timeline: drag to any time. Re-renders per frame while playing; its marks do not. */
export function Scrubber() {
  const run = useRun();
  const t = usePlaybackStore((s) => s.t);
  const speed = usePlaybackStore((s) => s.speed);
  const skipQuiet = usePacingStore((s) => s.skipQuiet);
  // While a lesson's question waits, marks after now (a red failure to come) would answer it.
  const hideFuture = useNarrationStore((s) => s.hideFuture);
  const end = playbackEnd(run);
  const progress = end > 0 ? t / end : 0;
  return (
    <div className="scrubber">
      <ScrubberMarks
        run={run}
        speed={speed}
        skipQuiet={skipQuiet}
        upTo={hideFuture ? progress : null}
      />
      <input
        type="range"
        className="scrubber__input"
        // On the slider, not the wrapper: changed on the wrapper it would restyle the marks too.
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
