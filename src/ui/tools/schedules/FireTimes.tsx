import { untilText, utcClock, zonedClock, type ClockText } from './time-format';

interface Props {
  times: readonly number[];
  now: number;
  zone: string;
  /** Heading of the zone column: "Your time", or the schedule's own zone. */
  zoneTitle?: string;
  /** How many were asked for, to say when fewer are left. */
  count: number;
}

/** The next fire times in UTC and on another clock: the learner's, or the schedule's zone. */
export function FireTimes({ times, now, zone, zoneTitle = 'Your time', count }: Props) {
  if (times.length === 0) {
    return (
      <p className="fire-empty">
        It never fires again: every year this expression allows is already in the past.
      </p>
    );
  }
  return (
    <div className="fire-table-wrap">
      <table className="fire-table">
        <caption className="fire-table__caption">
          Next {times.length} fire times
          {times.length < count && <span> (the last ones: the expression runs out of years)</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="fire-table__n">
              #
            </th>
            <th scope="col">UTC</th>
            <th scope="col">
              {zoneTitle === 'Your time' ? (
                <>
                  Your time <span className="fire-table__zone">{zone}</span>
                </>
              ) : (
                zoneTitle
              )}
            </th>
            <th scope="col" className="fire-table__until">
              From now
            </th>
          </tr>
        </thead>
        <tbody>
          {times.map((t, i) => (
            <tr key={t}>
              <td className="fire-table__n">{i + 1}</td>
              <td>
                <Clock clock={utcClock(t)} />
              </td>
              <td>
                <Clock clock={zonedClock(t, zone)} showOffset />
              </td>
              <td className="fire-table__until">{untilText(t, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Clock({ clock, showOffset = false }: { clock: ClockText; showOffset?: boolean }) {
  return (
    <span className="clock">
      <span className="clock__date">
        {clock.weekday} {clock.date}
      </span>{' '}
      <strong className="clock__time">{clock.time}</strong>
      {showOffset && <span className="clock__offset"> {clock.offset}</span>}
    </span>
  );
}
