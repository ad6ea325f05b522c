import { usePlaybackStore, useRun } from '../../store';
import { formatTime } from '../../view';

/** "1:02.350 / 10:00.000". Re-renders per frame while playing: it is two short strings. */
export function TimeDisplay() {
  const run = useRun();
  const t = usePlaybackStore((s) => s.t);
  return (
    <div className="time-display">
      {/* aria-live off: an <output> is a live region, and time changes every frame. */}
      <output className="time-display__now" aria-label="Current time" aria-live="off">
        {formatTime(t)}
      </output>
      <span className="time-display__end">
        <span aria-hidden="true"> / </span>
        <span className="visually-hidden"> of </span>
        {formatTime(run.endTime)}
      </span>
    </div>
  );
}
