import { liveFigures } from './diagram-live';
import type { Metric } from './metrics';
import { formatCount } from './format';

/**
 * A metric's number as the strip shows it: a count ("12") or an age to a tenth of a second
 * ("4.2 s"), read the same way as on the stream's node in the diagram.
 */
export function metricFigure(metric: Metric, value: number): string {
  if (metric.shape === 'age')
    return liveFigures({ kind: 'records', name: '' }, [0, value])[1]!.value;
  return formatCount(Math.round(value));
}

/** The chart's text equivalent: "Invocations so far: 12". */
export function metricSummary(metric: Metric, figure: string): string {
  return `${metric.meaning}: ${figure}`;
}
