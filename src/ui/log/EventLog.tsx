import { lazy, Suspense, useRef } from 'react';
import { useNarrationStore, useReadoutStore, useRun, useSelectionStore } from '../../store';
import { eventsBefore, eventsUpTo, plural } from '../../view';
import { LogRow, type RowPhase } from './LogRow';
import { useKeepInView } from './useKeepInView';
import './log.css';
import { formatCount } from '../../view/format';

// Long traces only: the virtual list and its library stay out of the first page load.
const VirtualLog = lazy(() => import('./VirtualLog'));

/** A trace this short is rendered whole: nothing to save, and every row is in the page. */
const RENDER_ALL = 300;

/**
 * The whole trace as readable rows. Rows up to t read normally, the latest ones are
 * highlighted, later ones are dimmed. A short trace is rendered whole; a long one through a
 * virtual list (src/ui/log/VirtualLog.tsx) that renders only the rows in view.
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
      {trace.length <= RENDER_ALL ? (
        <WholeLog
          run={run}
          shown={shown}
          happened={happened}
          currentFrom={currentFrom}
          selected={selected}
        />
      ) : (
        <Suspense fallback={<div className="event-log__scroll" />}>
          <VirtualLog
            run={run}
            shown={shown}
            happened={happened}
            currentFrom={currentFrom}
            selected={selected}
          />
        </Suspense>
      )}
    </section>
  );
}

interface ListProps {
  readonly run: ReturnType<typeof useRun>;
  /** Rows in the list: the whole trace, or only up to now while a lesson's question waits. */
  readonly shown: number;
  readonly happened: number;
  readonly currentFrom: number;
  readonly selected: number | null;
}

function WholeLog({ run, shown, happened, currentFrom, selected }: ListProps) {
  const trace = run.trace;
  const box = useRef<HTMLDivElement>(null);
  useKeepInView(box, happened === 0 ? null : trace[currentFrom]!.seq);
  const phaseOf = (i: number): RowPhase =>
    i >= happened ? 'future' : i >= currentFrom ? 'current' : 'past';
  return (
    <div className="event-log__scroll" ref={box}>
      <ol className="event-log__list">
        {trace.slice(0, shown).map((e, i) => (
          <LogRow
            key={e.seq}
            event={e}
            run={run}
            phase={phaseOf(i)}
            selected={selected !== null && e.msg === selected}
          />
        ))}
      </ol>
      {trace.length === 0 && <p className="event-log__more">Nothing happens in this scenario.</p>}
    </div>
  );
}
