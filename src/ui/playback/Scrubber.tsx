import type { CSSProperties } from 'react';
import { seek, usePlaybackStore, useRun } from '../../store';
import { formatTime } from '../../view';
import { ScrubberMarks } from './ScrubberMarks';

/** The timeline: drag to any time. Re-renders per frame while playing; its marks do not. */
export function Scrubber() {
  const run = useRun();
  const t = usePlaybackStore((s) => s.t);
  const progress = run.endTime > 0 ? t / run.endTime : 0;
  return (
    <div className="scrubber" style={{ '--progress': progress } as CSSProperties}>
      <ScrubberMarks run={run} />
      <input
        type="range"
        className="scrubber__input"
        aria-label="Time"
        min={0}
        max={run.endTime}
        step={1}
        value={t}
        aria-valuetext={formatTime(t)}
        onChange={(e) => seek(Number(e.target.value))}
      />
    </div>
  );
}
