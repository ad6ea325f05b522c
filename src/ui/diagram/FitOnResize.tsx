import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { fitViewport, type Box, type Venue } from '../../view';

/**
 * Fits the diagram to its box whenever the box changes size (window, projector, rotate) or the
 * diagram changes: as large as fits, never smaller than the venue's legible zoom (see
 * view/legibility). Tells the diagram whether the result is larger than its box, so it can pan.
 * The bounds come from the layout (every box has the size the layout gave it), so the fit does
 * not wait for the boxes to be measured.
 */
export function FitOnResize({
  bounds,
  venue,
  onPans,
}: {
  bounds: Box;
  venue: Venue;
  onPans: (pans: boolean) => void;
}) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { setViewport } = useReactFlow();
  useEffect(() => {
    if (width <= 0 || height <= 0 || bounds.width <= 0) return;
    const { pans, ...viewport } = fitViewport(bounds, { width, height }, venue);
    void setViewport(viewport);
    onPans(pans);
  }, [bounds, width, height, venue, setViewport, onPans]);
  return null;
}
