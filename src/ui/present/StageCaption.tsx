import { useMemo } from 'react';
import {
  useCaptionsStore,
  useNarrationStore,
  usePlaybackStore,
  usePresentationStore,
  useRun,
} from '../../store';
import { captionSelector } from '../../view';
import { FittedCaption } from './FittedCaption';

/**
 * The caption line over the bottom of the diagram, for a student on a laptop who asked for it
 * (presentation mode has its own bar). A lesson's narration has its own panel, so this one stays
 * with the run's story.
 */
export function StageCaption() {
  const on = useCaptionsStore((s) => s.captions);
  const presenting = usePresentationStore((s) => s.presenting);
  const narrated = useNarrationStore((s) => s.caption !== null);
  if (!on || presenting || narrated) return null;
  return <StageCaptionText />;
}

function StageCaptionText() {
  const run = useRun();
  const selector = useMemo(() => captionSelector(run), [run]);
  const caption = usePlaybackStore(selector);
  if (caption === null) return null;
  return (
    <div className="stage-caption" role="region" aria-label="Caption">
      <FittedCaption caption={caption} rows={3} />
    </div>
  );
}
