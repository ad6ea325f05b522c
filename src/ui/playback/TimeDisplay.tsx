import { useId, useState, type FormEvent } from 'react';
import { openJump, seek, useJumpStore, useReadoutStore, useRun } from '../../store';
import { formatTime, playbackEnd } from '../../view';
import { parseTime } from '../../view/parse-time';
import { SkipMarker } from './SkipMarker';

/**
 * "1:02.350 / 10:00.000". While playing it changes ten times a second (the readout), like every
 * other figure: milliseconds that change every frame cannot be read anyway. Paused, stepped or
 * scrubbed it is the playhead itself. Clicking the time (or G) opens a field to go straight to a
 * moment. Just after playback jumps a quiet stretch, "» 53 s later" stands over the clock: in the
 * bar, it never hides part of the diagram.
 */
export function TimeDisplay() {
  const run = useRun();
  const t = useReadoutStore((s) => s.t);
  const jumping = useJumpStore((s) => s.open);
  return (
    <div className="time-display">
      {jumping ? (
        <JumpField end={playbackEnd(run)} now={t} />
      ) : (
        <button
          type="button"
          className="time-display__button"
          title="Go to a time (g)"
          onClick={() => openJump()}
        >
          {/* aria-live off: an <output> is a live region, and time changes every frame. */}
          <output className="time-display__now" aria-label="Current time" aria-live="off">
            {formatTime(t)}
          </output>
        </button>
      )}
      <span className="time-display__end">
        <span aria-hidden="true"> / </span>
        <span className="visually-hidden"> of </span>
        {formatTime(playbackEnd(run))}
      </span>
      <SkipMarker />
    </div>
  );
}

function JumpField({ end, now }: { end: number; now: number }) {
  const [text, setText] = useState(formatTime(now));
  const [problem, setProblem] = useState<string | null>(null);
  const hint = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = parseTime(text);
    if (t === null) {
      setProblem('Type a time such as 1:05.250, 65 s or 2 min.');
      return;
    }
    if (t > end) {
      setProblem(`This run ends at ${formatTime(end)}.`);
      return;
    }
    seek(t);
    openJump(false);
  };
  return (
    <form className="time-jump" onSubmit={submit}>
      <input
        className="time-jump__input"
        aria-label="Go to time"
        aria-invalid={problem !== null}
        aria-describedby={hint}
        value={text}
        // The field opens for typing a time: focus it at once, as a search box does.
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') openJump(false);
        }}
        onBlur={() => openJump(false)}
      />
      <span id={hint} className={problem ? 'time-jump__problem' : 'visually-hidden'} role="status">
        {problem ?? 'Enter to go, Escape to cancel'}
      </span>
    </form>
  );
}
