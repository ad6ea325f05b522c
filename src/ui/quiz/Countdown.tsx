import { formatCountdown, spokenCountdown } from './format';

const WARN_MS = 5 * 60_000;

/**
 * The exam clock. The digits are silent for screen readers (they change every second); a
 * separate line speaks the minutes left, and only when the minute changes.
 */
export function Countdown({ msLeft }: { msLeft: number }) {
  const warn = msLeft <= WARN_MS;
  return (
    <div className={`countdown${warn ? ' countdown--warn' : ''}`}>
      <span className="countdown__label">Time left</span>
      <span className="countdown__digits" role="timer" aria-live="off" aria-label="Time left">
        {formatCountdown(msLeft)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {spokenCountdown(msLeft)}
      </span>
    </div>
  );
}
