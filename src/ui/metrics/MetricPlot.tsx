import { memo, useMemo } from 'react';
import type { Metric } from '../../view';
import { metricPath, PLOT_HEIGHT, PLOT_WIDTH } from '../../view/metrics-path';

/**
 * A metric's curve over the whole run. Memoised on the metric, which lives as long as the run, so
 * playing or seeking never touches these elements.
 */
export const MetricPlot = memo(function MetricPlot({ metric }: { metric: Metric }) {
  const path = useMemo(() => metricPath(metric), [metric]);
  return (
    <svg
      className="metric__svg"
      viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path className="metric__area" d={path.area} />
      <path className="metric__line" d={path.line} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
