import { useId } from 'react';

/** Time zones offered as suggestions; any IANA name may be typed. */
const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Paris',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
];

interface Props {
  scheduler: boolean;
  onScheduler(scheduler: boolean): void;
  zone: string;
  onZone(zone: string): void;
}

/** Who reads the expression: EventBridge Scheduler in a time zone, or a legacy rule in UTC. */
export function RunnerChoice({ scheduler, onScheduler, zone, onZone }: Props) {
  const name = useId();
  const zoneId = useId();
  const listId = useId();
  return (
    <div className="runner">
      <fieldset className="runner__choice">
        <legend className="expression__label">Run by</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={!scheduler}
            onChange={() => onScheduler(false)}
          />{' '}
          Scheduled rule (legacy, UTC)
        </label>
        <label>
          <input type="radio" name={name} checked={scheduler} onChange={() => onScheduler(true)} />{' '}
          EventBridge Scheduler
        </label>
      </fieldset>
      {scheduler && (
        <div className="runner__zone">
          <label className="expression__label" htmlFor={zoneId}>
            Time zone
          </label>
          <input
            id={zoneId}
            className="expression__input"
            type="text"
            list={listId}
            value={zone}
            onChange={(e) => onZone(e.target.value)}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            autoComplete="off"
          />
          <datalist id={listId}>
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
      )}
      {!scheduler && (
        <p className="runner__legacy">
          AWS now calls scheduled rules <strong>legacy</strong> and recommends EventBridge
          Scheduler: time zones, one-time schedules, a retry policy and a dead-letter queue per
          schedule.
        </p>
      )}
    </div>
  );
}
