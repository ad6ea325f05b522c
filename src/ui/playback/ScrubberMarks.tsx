import { memo, useMemo } from 'react';
import type { Run } from '../../engine';
import { timelineMarks } from '../../view';

const MARK_BUCKETS = 240;

/** When things happen along the run, red where they go wrong. Renders once per run. */
export const ScrubberMarks = memo(function ScrubberMarks({ run }: { run: Run }) {
  const marks = useMemo(() => timelineMarks(run, MARK_BUCKETS), [run]);
  return (
    <div className="scrubber__marks" aria-hidden="true">
      {marks.map((m) => (
        <span
          key={m.at}
          className={m.problem ? 'scrubber__mark scrubber__mark--problem' : 'scrubber__mark'}
          style={{ left: `${m.at * 100}%` }}
        />
      ))}
    </div>
  );
});
