import type { PointerEvent } from 'react';
import { seek, useReadoutStore } from '../../store';
import { metricValueAt, type Metric } from '../../view';
import { metricFigure, metricSummary } from '../../view/metrics-words';
import { MetricPlot } from './MetricPlot';

/**
 * One chart: its name, its value at the playhead, and the curve over the whole run. It re-renders
 * only when the shown figure changes; the curve itself is memoised and never redrawn per frame.
 * A click or a drag on the curve moves time there (the Time slider does the same from the keys).
 */
export function MetricChart({ metric }: { metric: Metric }) {
  const figure = useReadoutStore((s) => metricFigure(metric, metricValueAt(metric, s.t)));
  const seekTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const at = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    seek(Math.round(at * metric.endTime));
  };
  return (
    <div
      className={`metric metric--${metric.tone}`}
      role="img"
      aria-label={metricSummary(metric, figure)}
    >
      <div className="metric__head">
        <span className="metric__label">{metric.label}</span>
        <span className="metric__value">{figure}</span>
      </div>
      <div
        className="metric__plot"
        onPointerDown={(e) => {
          // Keep following the drag when it leaves the chart (where the browser can).
          if ('setPointerCapture' in e.currentTarget)
            e.currentTarget.setPointerCapture(e.pointerId);
          seekTo(e);
        }}
        onPointerMove={(e) => {
          if ((e.buttons & 1) === 1) seekTo(e);
        }}
      >
        <MetricPlot metric={metric} />
        <div className="metric__playhead" />
      </div>
    </div>
  );
}
