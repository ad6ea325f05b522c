import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

export const FIT_OPTIONS = { padding: 0.06, maxZoom: 1.3 } as const;

/** React Flow fits the view once; refit when its box changes size (window, projector, rotate). */
export function FitOnResize() {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (width > 0 && height > 0) void fitView(FIT_OPTIONS);
  }, [width, height, fitView]);
  return null;
}
