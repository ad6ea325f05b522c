import { useRef } from 'react';
import { useNarrationStore, useReadoutStore, useRun, useSelectionStore } from '../../store';
import { eventsBefore, eventsUpTo, logWindow, plural } from '../../view';
import { LogRow, type RowPhase } from './LogRow';
import { useKeepInView } from './useKeepInView';
import './log.css';
import { formatCount } from '../../view/format';

/**
 * The whole trace as readable rows. Rows up to t read normally, the latest ones are
 * highlighted, later ones are dimmed. Only a window of rows around now is rendered, so a
 * trace of ten thousand events costs the same as one of twenty.
 */
export function EventLog({ className = '' }: { className?: string }) {
  const run = useRun();
  const trace = run.trace;
  // A count, not t: the log re-renders when an event happens, not on every frame.
  const happened = useReadoutStore((s) => eventsUpTo(run, s.t));
  const selected = useSelectionStore((s) => s.message);
  // While a lesson's question waits, later rows would give the answer away: the log ends at now.
  const hideFuture = useNarrationStore((s) => s.hideFuture);
  const shown = hideFuture ? happened : trace.length;
  const currentFrom = happened === 0 ? 0 : eventsBefore(run, trace[happened - 1]!.t);
  const { start, end } = logWindow(shown, happened);
  const box = useRef<HTMLDivElement>(null);
  useKeepInView(box, happened === 0 ? null : currentFrom);

  const phaseOf = (i: number): RowPhase =>
    i >= happened ? 'future' : i >= currentFrom ? 'current' : 'past';

  return (
    <section className={`card event-log ${className}`} aria-labelledby="event-log-title">
      <div className="event-log__head">
        <h2 id="event-log-title" className="event-log__title">
          Event log
        </h2>
        <p className="event-log__count">
          {hideFuture
            ? `${plural(happened, 'event')} so far`
            : `${formatCount(happened)} of ${plural(trace.length, 'event')} so far`}
        </p>
      </div>
      <div className="event-log__scroll" ref={box}>
        {start > 0 && (
          <p className="event-log__more">
            {plural(start, 'earlier event')} not shown: step back or scrub to see them.
          </p>
        )}
        <ol className="event-log__list">
          {trace.slice(start, end).map((e, i) => (
            <LogRow
              key={e.seq}
              event={e}
              run={run}
              phase={phaseOf(start + i)}
              selected={selected !== null && e.msg === selected}
            />
          ))}
        </ol>
        {end < shown && (
          <p className="event-log__more">{plural(shown - end, 'later event')} not shown yet.</p>
        )}
        {trace.length === 0 && <p className="event-log__more">Nothing happens in this scenario.</p>}
      </div>
    </section>
  );
}
