import { useMemo } from 'react';
import { usePlaybackStore, useNarrationStore, useRun, useScenarioStore } from '../../store';
import { captionSelector } from '../../view';
import { CaptionLines } from './CaptionLines';

/**
 * The caption along the bottom of a presentation: what the lesson says, else the story of the
 * latest moment (every event of it, the notable ones first), else the scenario's name. It
 * re-renders when the moment changes, not on every frame.
 */
export function CaptionBar() {
  const run = useRun();
  const selector = useMemo(() => captionSelector(run), [run]);
  const caption = usePlaybackStore(selector);
  const lesson = useNarrationStore((s) => s.caption);
  const name = useScenarioStore((s) => s.scenario.name);
  return (
    <div className="present-caption" role="region" aria-label="Caption">
      {/* Not a live region: during playback it would read out every event. */}
      <CaptionLines lines={lesson !== null ? [lesson] : (caption?.lines ?? [name])} />
    </div>
  );
}
