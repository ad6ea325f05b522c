import { useMemo } from 'react';
import { usePlaybackStore, useRun } from '../../store';
import { captionSelector } from '../../view';
import { EMBED_CAPTION_CHARS, shortCaption } from '../../view/short-caption';

/** Under the embedded diagram, what the most notable message just did, in at most two lines. */
export function EmbedCaption() {
  const run = useRun();
  const selector = useMemo(() => captionSelector(run), [run]);
  const caption = usePlaybackStore(selector);
  return (
    <p className="embed__caption" role="region" aria-label="Caption" aria-live="polite">
      {caption === null || caption.lines[0] === undefined
        ? 'Press play, or step through the events one by one.'
        : shortCaption(caption.lines[0], EMBED_CAPTION_CHARS)}
    </p>
  );
}
