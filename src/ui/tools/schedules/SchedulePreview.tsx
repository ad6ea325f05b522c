import { useId, useMemo, useState } from 'react';
import { useDebouncedValue } from '../useDebouncedValue';
import { useNow } from '../useNow';
import { ExpressionInput } from './ExpressionInput';
import { ScheduleNotes } from './ScheduleNotes';
import { ScheduleResult } from './ScheduleResult';
import { RunnerChoice } from './RunnerChoice';
import { viewSchedule, type ScheduleRunner } from './schedule-view';
import { browserTimeZone } from './time-format';
import './schedules.css';

/** Checks wait this long after the last keystroke, so typing is never held up. */
const CHECK_DELAY_MS = 150;
/** Often enough that a fire time never lingers on screen long after it has passed. */
const CLOCK_REFRESH_MS = 15_000;

/** Type a schedule expression; see what it means and when it fires next. */
export default function SchedulePreview() {
  const [expression, setExpression] = useState('cron(0 10 * * ? *)');
  const [scheduler, setScheduler] = useState(false);
  const [scheduleZone, setScheduleZone] = useState('America/New_York');
  const settled = useDebouncedValue(expression, CHECK_DELAY_MS);
  const settledZone = useDebouncedValue(scheduleZone.trim(), CHECK_DELAY_MS);
  const now = useNow(CLOCK_REFRESH_MS);
  const zone = useMemo(() => browserTimeZone(), []);
  const runner: ScheduleRunner = useMemo(
    () => (scheduler ? { kind: 'scheduler', zone: settledZone } : { kind: 'rule' }),
    [scheduler, settledZone],
  );
  const view = useMemo(() => viewSchedule(settled, now, undefined, runner), [settled, now, runner]);
  const explainId = useId();

  return (
    <main className="tool-page" aria-labelledby="schedules-title">
      <header className="tool-intro">
        <h2 id="schedules-title">Schedule preview</h2>
        <p>
          EventBridge Scheduler and the older scheduled rules invoke targets, such as a Lambda
          function, on a rate or cron expression. Type one to see what it means and when it fires
          next: a scheduled rule reads it in UTC, a Scheduler schedule in its own time zone (and
          also takes one-time <code>at()</code> expressions).
        </p>
      </header>
      <div className="schedule-layout">
        <section className="card schedule-card" aria-label="Expression and fire times">
          <RunnerChoice
            scheduler={scheduler}
            onScheduler={setScheduler}
            zone={scheduleZone}
            onZone={setScheduleZone}
          />
          <ExpressionInput
            value={expression}
            onChange={setExpression}
            invalid={view.kind === 'invalid'}
            describedBy={view.kind === 'empty' ? undefined : explainId}
          />
          <ScheduleResult
            view={view}
            now={now}
            zone={scheduler ? settledZone : zone}
            scheduler={scheduler}
            explainId={explainId}
          />
        </section>
        <ScheduleNotes />
      </div>
    </main>
  );
}
