/** Pure selectors and wording over (run, t). No React here: the UI renders what these return. */
export { describeEvent, fateLabel } from './describe';
export {
  formatCount,
  formatDuration,
  formatSpeed,
  formatTime,
  messageLabel,
  plural,
} from './format';
export { eventsBefore, eventsUpTo, nextEventTime, previousEventTime, seriesAt } from './search';
export {
  countsAfter,
  scalarAfter,
  sentBy,
  sinkCountAfter,
  sinkOf,
  type Counts,
  type Scalar,
} from './counters';
export { isProblem, timelineMarks, type TimelineMark } from './timeline';
export {
  advance,
  eventTimes,
  playbackEnd,
  quietStretches,
  formatSkip,
  skipMarkerAt,
  skipMarkerText,
  type QuietStretch,
} from './pacing';
export { frameAt, type Frame } from './frame';
export { environmentsAt, type Environments, type EnvSlot, type EnvCounts } from './environments';
export {
  callerNodeId,
  diagramOf,
  nodeSize,
  type Diagram,
  type DiagramEdge,
  type DiagramNode,
  type DiagramNodeKind,
  type EdgeModel,
  type LiveMetric,
  type Orientation,
  type BoxStyle,
  type Size,
} from './diagram';
export { callerName, runtimeLabel, targetTypeLabel } from './names';
export { functionSettings, type Setting } from './settings';
export { logWindow, type LogWindow } from './log-window';
export { metricsOf, metricValueAt, type Metric, type MetricShape } from './metrics';
export {
  CAPTION_LINES,
  captionAt,
  captionSelector,
  messageNoun,
  momentAt,
  notability,
  type Caption,
} from './captions';
