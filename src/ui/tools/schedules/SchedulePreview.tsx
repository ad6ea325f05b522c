import { useId, useMemo, useState } from 'react';
import { useDebouncedValue } from '../useDebouncedValue';
import { useNow } from '../useNow';
import { ExpressionInput } from './ExpressionInput';
import { ScheduleNotes } from './ScheduleNotes';
import { ScheduleResult } from './ScheduleResult';
import { viewSchedule } from './schedule-view';
import { browserTimeZone } from './time-format';
import './schedules.css';

/** Checks wait this long after the last keystroke, so typing is never held up. */
const CHECK_DELAY_MS = 150;
/** Often enough that a fire time never lingers on screen long after it has passed. */
const CLOCK_REFRESH_MS = 15_000;

/** Type a schedule expression; see what it means and when it fires next. */
export default function SchedulePreview() {
  const [expression, setExpression] = useState('cron(0 10 * * ? *)');
  const settled = useDebouncedValue(expression, CHECK_DELAY_MS);
  const now = useNow(CLOCK_REFRESH_MS);
  const zone = useMemo(() => browserTimeZone(), []);
  const view = useMemo(() => viewSchedule(settled, now), [settled, now]);
  const explainId = useId();

  return (
    <main className="tool-page" aria-labelledby="schedules-title">
      <header className="tool-intro">
        <h2 id="schedules-title">Schedule preview</h2>
        <p>
          An EventBridge scheduled rule invokes its targets, such as a Lambda function, on a rate or
          cron expression. Type one to see what it means and when it fires next.
        </p>
      </header>
      <div className="schedule-layout">
        <section className="card schedule-card" aria-label="Expression and fire times">
          <ExpressionInput
            value={expression}
            onChange={setExpression}
            invalid={view.kind === 'invalid'}
            describedBy={view.kind === 'empty' ? undefined : explainId}
          />
          <ScheduleResult view={view} now={now} zone={zone} explainId={explainId} />
        </section>
        <ScheduleNotes />
      </div>
    </main>
  );
}
