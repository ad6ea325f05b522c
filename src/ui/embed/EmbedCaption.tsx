import { useMemo } from 'react';
import { usePlaybackStore, useRun } from '../../store';
import { captionSelector } from '../../view';

/** One caption line under the embedded diagram: what the most notable message just did. */
export function EmbedCaption() {
  const run = useRun();
  const selector = useMemo(() => captionSelector(run), [run]);
  const caption = usePlaybackStore(selector);
  return (
    <p className="embed__caption" role="region" aria-label="Caption" aria-live="polite">
      {caption?.lines[0] ?? 'Press play, or step through the events one by one.'}
    </p>
  );
}
