import { useShallow } from 'zustand/react/shallow';
import { useReadoutStore, useRun } from '../../store';
import type { LiveMetric } from '../../view';
import { liveActive, liveFigures, liveNumbers } from '../../view/diagram-live';

/**
 * A node's live figures at time t. The selector returns the numbers, compared one by one, so the
 * node re-renders only when a figure changes, not on every animation frame. One figure reads as a
 * phrase ("12 messages sent"); several sit side by side, each over its label. A figure that
 * changes while its box is active pulses once (keyed on its value, so the animation replays).
 */
export function LiveValue({ metric }: { metric: LiveMetric }) {
  const run = useRun();
  const values = useReadoutStore(useShallow((s) => liveNumbers(run, metric, s.t)));
  const figures = liveFigures(metric, values);
  const on = liveActive(metric, values);
  const className = `live live--${metric.kind}${on ? ' live--on' : ''}`;
  if (figures.length === 1) {
    const [f] = figures;
    return (
      <div className={className}>
        <span key={f!.value} className="live__value">
          {f!.value}
        </span>{' '}
        <span className="live__label">{f!.label}</span>
      </div>
    );
  }
  return (
    <div className={`${className} live--multi`}>
      {figures.map((f, i) => (
        <span key={i} className="live__cell">
          <span key={f.value} className="live__value">
            {f.value}
          </span>{' '}
          <span className="live__label">{f.label}</span>
        </span>
      ))}
    </div>
  );
}
