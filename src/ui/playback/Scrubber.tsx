import type { CSSProperties } from 'react';
import { seek, usePacingStore, usePlaybackStore, useRun } from '../../store';
import { formatTime, playbackEnd } from '../../view';
import { ScrubberMarks } from './ScrubberMarks';

/** The timeline: drag to any time. Re-renders per frame while playing; its marks do not. */
export function Scrubber() {
  const run = useRun();
  const t = usePlaybackStore((s) => s.t);
  const speed = usePlaybackStore((s) => s.speed);
  const skipQuiet = usePacingStore((s) => s.skipQuiet);
  const end = playbackEnd(run);
  const progress = end > 0 ? t / end : 0;
  return (
    <div className="scrubber" style={{ '--progress': progress } as CSSProperties}>
      <ScrubberMarks run={run} speed={speed} skipQuiet={skipQuiet} />
      <input
        type="range"
        className="scrubber__input"
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
