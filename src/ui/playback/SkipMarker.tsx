import { usePacingStore, usePlaybackStore, useRun } from '../../store';
import { skipMarkerText } from '../../view';

/**
 * "» 53 s later" over the stage, for a moment after playback jumps over a quiet stretch, so
 * nobody thinks the minute in between simply did not exist. Re-renders only when its words change.
 */
export function SkipMarker() {
  const run = useRun();
  const skipQuiet = usePacingStore((s) => s.skipQuiet);
  const text = usePlaybackStore((s) => (skipQuiet ? skipMarkerText(run, s.speed, s.t) : null));
  if (text === null) return null;
  return (
    <p className="skip-marker" role="status">
      {text}
    </p>
  );
}
