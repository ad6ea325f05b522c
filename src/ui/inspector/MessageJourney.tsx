import { useMemo } from 'react';
import type { Run } from '../../engine';
import { jumpToEvent, useNarrationStore, useReadoutStore } from '../../store';
import { describeEvent, formatTime } from '../../view';
import { journeyOf, stepAt } from './message-journey';

/**
 * Every event of one message in order, the one the playhead has reached marked; a row jumps
 * there. Re-renders only when the playhead passes one of this message's events.
 */
export function MessageJourney({ run, msg }: { run: Run; msg: number }) {
  const events = journeyOf(run, msg);
  const step = useReadoutStore((s) => stepAt(events, s.t));
  // While a lesson's question waits, the journey stops at now: its end is the answer.
  const hideFuture = useNarrationStore((s) => s.hideFuture);
  const texts = useMemo(() => events.map((e) => describeEvent(e, run)), [events, run]);
  const shown = hideFuture ? events.slice(0, step + 1) : events;
  return (
    <ol className="journey" aria-label="Journey of this message">
      {shown.map((e, i) => {
        const phase = i === step ? 'current' : i < step ? 'past' : 'future';
        return (
          <li key={e.seq} aria-current={phase === 'current' ? 'step' : undefined}>
            <button
              type="button"
              className={`journey__row journey__row--${phase}`}
              onClick={() => jumpToEvent(e.t, e.msg)}
            >
              <span className="journey__time">{formatTime(e.t)}</span>
              <span>{texts[i]}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
