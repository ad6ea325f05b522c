import { CheckIcon, CrossIcon } from '../icons';
import { CronFields } from './CronFields';
import { FireTimes } from './FireTimes';
import { PREVIEW_COUNT, type ScheduleView } from './schedule-view';
import { utcClock } from './time-format';

interface Props {
  view: ScheduleView;
  now: number;
  zone: string;
  /** EventBridge Scheduler reads the expression in `zone`; a rule reads it in UTC. */
  scheduler?: boolean;
  /** Id for the sentence that explains the expression; the input points at it. */
  explainId: string;
}

/** The meaning and next fire times of a valid expression, or why it is not valid. */
export function ScheduleResult({ view, now, zone, scheduler = false, explainId }: Props) {
  return (
    <div className={`schedule-result schedule-result--${view.kind}`}>
      <div className="schedule-result__head">
        {view.kind === 'valid' && <CheckIcon size={30} />}
        {view.kind === 'invalid' && <CrossIcon size={30} />}
        {/* Always present, so each new meaning or error is announced. */}
        <p className="schedule-result__title" role="status">
          {view.kind === 'valid' && `Fires ${view.description}`}
          {view.kind === 'invalid' && 'Not a valid schedule expression'}
          {view.kind === 'empty' && 'Type an expression, or pick an example.'}
        </p>
      </div>

      {view.kind === 'invalid' && (
        <>
          <p className="schedule-error" id={explainId}>
            <ErrorText error={view.error} />
          </p>
          {view.parts && <CronFields parts={view.parts} problem={view.fields} />}
        </>
      )}

      {view.kind === 'valid' && (
        <>
          <p className="schedule-result__from" id={explainId}>
            {scheduler && view.schedule.kind === 'rate' ? (
              <>
                A rate schedule without a start date fires at once and then every period, the same
                in every time zone; here: from now, <Now now={now} />.
              </>
            ) : scheduler ? (
              <>
                Read on the clock of {zone}, counted from now, <Now now={now} />.
              </>
            ) : view.schedule.kind === 'rate' ? (
              <>
                A rate schedule counts from when the rule is created; here: from now,{' '}
                <Now now={now} />.
              </>
            ) : (
              <>
                Counted from now, <Now now={now} />.
              </>
            )}
          </p>
          {view.parts && <CronFields parts={view.parts} />}
          {view.skipped.length > 0 && (
            <p className="schedule-skipped">
              Skipped, because the clocks spring forward over{' '}
              {view.skipped.length === 1 ? 'it' : 'them'}: {view.skipped.join(', ')}.
            </p>
          )}
          <FireTimes
            times={view.times}
            now={now}
            zone={zone}
            zoneTitle={scheduler ? `In ${zone}` : 'Your time'}
            count={PREVIEW_COUNT}
          />
        </>
      )}
    </div>
  );
}

function Now({ now }: { now: number }) {
  const c = utcClock(now);
  return (
    <strong className="nowrap">
      {c.weekday} {c.date} {c.time} UTC
    </strong>
  );
}

/** The parser's message, with the field it names set apart ("day-of-week: …"). */
function ErrorText({ error }: { error: string }) {
  const m = /^(minutes|hours|day-of-month|month|day-of-week|year|rate\([^)]*\)):\s*(.*)$/s.exec(
    error,
  );
  if (!m) return <>{capitalise(error)}</>;
  return (
    <>
      <span className="field-name">{m[1]}</span>
      <span className="visually-hidden">:</span> {capitalise(m[2]!)}
    </>
  );
}

function capitalise(text: string): string {
  return /^[a-z]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
