import { memo, useMemo } from 'react';
import type { Run } from '../../engine';
import { eventTimes, formatSkip, playbackEnd, quietStretches, timelineMarks } from '../../view';

const MARK_BUCKETS = 240;

/**
 * When things happen along the run, red where they go wrong, and — while quiet time is skipped —
 * the stretches playback jumps over, hatched. Renders once per run, speed and skip setting.
 */
export const ScrubberMarks = memo(function ScrubberMarks({
  run,
  speed,
  skipQuiet,
  upTo,
}: {
  run: Run;
  speed: number;
  skipQuiet: boolean;
  /** Only marks up to this fraction of the timeline (a lesson's question waits), or all. */
  upTo: number | null;
}) {
  const marks = useMemo(() => timelineMarks(run, MARK_BUCKETS), [run]);
  const end = playbackEnd(run);
  const quiet = useMemo(
    () => (skipQuiet && end > 0 ? quietStretches(eventTimes(run), end, speed) : []),
    [run, end, speed, skipQuiet],
  );
  return (
    <div className="scrubber__marks" aria-hidden="true">
      {quiet.map((q) => (
        <span
          key={`q${q.from}`}
          className="scrubber__quiet"
          title={`» ${formatSkip(q.to - q.from)} skipped while playing`}
          style={{ left: `${(q.from / end) * 100}%`, width: `${((q.to - q.from) / end) * 100}%` }}
        />
      ))}
      {marks
        .filter((m) => upTo === null || m.at <= upTo)
        .map((m) => (
          <span
            key={m.at}
            className={m.problem ? 'scrubber__mark scrubber__mark--problem' : 'scrubber__mark'}
            style={{ left: `${m.at * 100}%` }}
          />
        ))}
    </div>
  );
});
