import { setSkipQuiet, usePacingStore } from '../../store';

/** Turns skipping quiet stretches on or off (remembered between visits). */
export function SkipQuietToggle() {
  const skipQuiet = usePacingStore((s) => s.skipQuiet);
  return (
    <button
      type="button"
      className="skip-toggle"
      aria-pressed={skipQuiet}
      title="Jump over long stretches where nothing happens while playing (stepping and the timeline stay exact)"
      onClick={() => setSkipQuiet(!skipQuiet)}
    >
      <span aria-hidden="true">»</span> Skip quiet time
    </button>
  );
}
