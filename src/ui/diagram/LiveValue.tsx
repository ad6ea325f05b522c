import { usePlaybackStore, useRun } from '../../store';
import {
  eventsUpTo,
  scalarAfter,
  sentBy,
  seriesAt,
  sinkCountAfter,
  type LiveMetric,
} from '../../view';

/** How each figure reads: singular, plural, and what it counts. */
const WORDS: Record<LiveMetric['kind'], [string, string, string]> = {
  sent: ['message', 'messages', 'sent'],
  throttled: ['request', 'requests', 'throttled'],
  busy: ['environment', 'environments', 'busy'],
  queued: ['event', 'events', 'waiting'],
  sink: ['event', 'events', 'received'],
  matched: ['event', 'events', 'matched'],
  delivered: ['event', 'events', 'delivered'],
};

/**
 * A node's live figure at time t. The selector returns a number, so the node re-renders only
 * when the figure changes, not on every animation frame.
 */
export function LiveValue({ metric }: { metric: LiveMetric }) {
  const run = useRun();
  const value = usePlaybackStore((s) => {
    switch (metric.kind) {
      case 'sent':
        return sentBy(run, metric.workload, s.t);
      case 'throttled':
        return scalarAfter(run, 'throttles', eventsUpTo(run, s.t));
      case 'busy':
        return seriesAt(run.series.concurrency, s.t);
      case 'queued':
        return seriesAt(run.series.asyncQueue, s.t);
      case 'sink':
      case 'matched':
      case 'delivered':
        return sinkCountAfter(run, metric.key, eventsUpTo(run, s.t));
    }
  });
  const [one, many, verb] = WORDS[metric.kind];
  return (
    <div className={`live live--${metric.kind}${value > 0 ? ' live--on' : ''}`}>
      <span className="live__value">{value}</span>{' '}
      <span className="live__label">
        {value === 1 ? one : many} {verb}
      </span>
    </div>
  );
}
