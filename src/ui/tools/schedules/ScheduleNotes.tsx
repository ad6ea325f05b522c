import { useId } from 'react';

/** What the preview cannot show by itself: where schedules run and which clock they read. */
export function ScheduleNotes() {
  const notesId = useId();
  const syntaxId = useId();
  return (
    <aside className="schedule-notes">
      <section className="card schedule-notes__card" aria-labelledby={notesId}>
        <h3 className="section-title" id={notesId}>
          Good to know
        </h3>
        <ul className="notes">
          <li>
            <strong>Scheduled rules run in UTC.</strong> A rule on the default event bus has no time
            zone setting: <code>cron(0 9 …)</code> means 09:00 UTC, so on your clock it moves by an
            hour when daylight saving time starts or ends.
          </li>
          <li>
            <strong>EventBridge Scheduler</strong> is what AWS now recommends (it calls scheduled
            rules legacy). Each schedule picks a time zone and follows daylight saving time: a time
            the clocks skip in spring does not fire, a time repeated in autumn fires once. It adds
            one-time schedules such as <code>at(2026-12-01T09:00:00)</code>, flexible time windows,
            and a retry policy and dead-letter queue per schedule.
          </li>
          <li>
            <strong>
              <code>rate()</code>
            </strong>{' '}
            has no fixed clock time: a rule counts from when it is created, a Scheduler schedule
            from its start date (or at once), a day always being 24 hours. This preview counts from
            now.
          </li>
          <li>
            <strong>The smallest step is one minute,</strong> and fire times have no seconds.
          </li>
        </ul>
      </section>
      <section className="card schedule-notes__card" aria-labelledby={syntaxId}>
        <h3 className="section-title" id={syntaxId}>
          Cron, field by field
        </h3>
        <p className="notes__lead">
          <code>cron(minutes hours day-of-month month day-of-week year)</code>: all six are needed,
          and one of the two day fields must be <code>?</code>.
        </p>
        <dl className="syntax">
          <dt>*</dt>
          <dd>every value</dd>
          <dt>,</dt>
          <dd>a list: MON,WED,FRI</dd>
          <dt>-</dt>
          <dd>a range: 8-17, MON-FRI</dd>
          <dt>/</dt>
          <dd>a step: 0/15 is 0, 15, 30 and 45</dd>
          <dt>?</dt>
          <dd>no particular value (day fields only)</dd>
          <dt>L</dt>
          <dd>last: L is the month’s last day, 6L its last Friday</dd>
          <dt>W</dt>
          <dd>nearest weekday: 15W</dd>
          <dt>#</dt>
          <dd>nth weekday: 2#1 is the first Monday</dd>
        </dl>
        <p className="notes__lead">Days of the week count from 1 = Sunday to 7 = Saturday.</p>
      </section>
    </aside>
  );
}
