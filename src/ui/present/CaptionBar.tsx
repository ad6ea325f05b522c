import { useMemo } from 'react';
import { usePlaybackStore, useNarrationStore, useRun, useScenarioStore } from '../../store';
import { sentenceSelector } from './caption';

/**
 * The caption along the bottom of a presentation: what the lesson says, else the log's sentence
 * for the latest event, else the scenario's name. It re-renders when the sentence changes, not
 * on every frame.
 */
export function CaptionBar() {
  const run = useRun();
  const selector = useMemo(() => sentenceSelector(run), [run]);
  const sentence = usePlaybackStore(selector);
  const lesson = useNarrationStore((s) => s.caption);
  const name = useScenarioStore((s) => s.scenario.name);
  return (
    <div className="present-caption" role="region" aria-label="Caption">
      {/* Not a live region: during playback it would read out every event. */}
      <p className="present-caption__text">{lesson ?? sentence ?? name}</p>
    </div>
  );
}
