import { usePacingStore, usePlaybackStore, useRun } from '../../store';
import { skipMarkerText } from '../../view';

/**
 * "» 53 s later" over the clock, for a moment after playback jumps over a quiet stretch, so
 * nobody thinks the minute in between simply did not exist. It sits in the playback bar (or the
 * embed's bar), where it covers no box of the diagram at any size. Re-renders only when its
 * words change.
 */
export function SkipMarker() {
  const run = useRun();
  const skipQuiet = usePacingStore((s) => s.skipQuiet);
  // Only while playing: paused, the clock under it is what counts (and nothing was skipped for a
  // link opened at that moment); the timeline's hatching still shows the skipped stretch.
  const text = usePlaybackStore((s) =>
    skipQuiet && s.playing ? skipMarkerText(run, s.speed, s.t) : null,
  );
  if (text === null) return null;
  return (
    <p className="skip-marker" role="status">
      {text}
    </p>
  );
}
