import { playbackEnd } from './pacing';
import type { Run, TraceEvent } from '../engine';
import { scalarAfter, sinkOf, type Scalar } from './counters';
import {
  countCurve,
  curveAt,
  curveMax,
  maxAgeCurve,
  stepCurve,
  sumCurve,
  type Curve,
} from './metrics-curve';

/**
 * What the metrics strip charts: the run's CloudWatch-like figures over simulated time, each a
 * curve built once per run. Only figures the run ever moves are kept, so a scenario never shows a
 * chart that stays at 0 because it cannot happen there.
 */

/** How a metric reads: a running total, a level now, or an age (a duration). */
export type MetricShape = 'count' | 'level' | 'age';

/** The colour family a chart is drawn in. */
export type MetricTone = 'invoke' | 'error' | 'throttle' | 'busy' | 'cold' | 'queue' | 'dlq';

export interface Metric {
  /** Stable within a run: "invocations", "queue:sqs:orders", "age:clickstream". */
  readonly id: string;
  /** Two or three words over the chart: "Invocations", "Queue orders". */
  readonly label: string;
  /** What the number means, for its text equivalent: "Invocations so far". */
  readonly meaning: string;
  readonly shape: MetricShape;
  readonly tone: MetricTone;
  readonly curve: Curve;
  /** The highest value over the run (at least 1): the top of the chart. */
  readonly max: number;
  /** The run's end: the right edge of the chart. */
  readonly endTime: number;
}

const cache = new WeakMap<Run, readonly Metric[]>();

/** The metrics worth a chart for this run, in reading order; computed once per run. */
export function metricsOf(run: Run): readonly Metric[] {
  let metrics = cache.get(run);
  if (metrics === undefined) {
    metrics = build(run);
    cache.set(run, metrics);
  }
  return metrics;
}

/** A metric's value at time t (binary search: safe per animation frame). */
export function metricValueAt(metric: Metric, t: number): number {
  return curveAt(metric.curve, t);
}

/** A function error: the handler threw, timed out or crashed (CloudWatch Errors). */
export function isFunctionError(e: TraceEvent): boolean {
  return (
    e.kind === 'invoke.end' && e.detail?.outcome !== undefined && e.detail.outcome !== 'success'
  );
}

/**
 * Something given up on and kept elsewhere: an async event in the function's DLQ or on-failure
 * destination, an EventBridge target's DLQ, a push source's own DLQ, a stream batch's on-failure
 * destination, a message a queue redrove to its dead-letter queue.
 */
export function isDeadLettered(e: TraceEvent): boolean {
  switch (e.kind) {
    case 'dlq.sent':
    case 'eb.dlq':
    case 'source.dlq':
    case 'stream.destination':
      return true;
    case 'destination.sent':
      return e.detail?.destination === 'onFailure';
    case 'queue.redriven':
    case 'loop.stopped':
      // A broker without a dead-letter queue drops the message instead; so does Lambda with a
      // looping SQS message when the queue has none (an async event's DLQ is a dlq.sent).
      return sinkOf(e) !== undefined;
    default:
      return false;
  }
}

type Draft = Omit<Metric, 'max' | 'endTime'>;

function build(run: Run): readonly Metric[] {
  const end = playbackEnd(run);
  const drafts: Draft[] = [
    {
      id: 'invocations',
      label: 'Invocations',
      meaning: 'Invocations so far',
      shape: 'count',
      tone: 'invoke',
      curve: countCurve(timesOf(run, counted(run, 'invocations'))),
    },
    {
      id: 'errors',
      label: 'Errors',
      meaning: 'Function errors so far',
      shape: 'count',
      tone: 'error',
      curve: countCurve(timesOf(run, isFunctionError)),
    },
    {
      id: 'throttles',
      label: 'Throttles',
      meaning: 'Throttled requests so far',
      shape: 'count',
      tone: 'throttle',
      curve: countCurve(timesOf(run, counted(run, 'throttles'))),
    },
    {
      id: 'cold-starts',
      label: 'Cold starts',
      meaning: 'Cold starts so far',
      shape: 'count',
      tone: 'cold',
      curve: countCurve(timesOf(run, counted(run, 'coldStarts'))),
    },
    {
      id: 'concurrency',
      label: 'Concurrency',
      meaning: 'Concurrency (environments busy) now',
      shape: 'level',
      tone: 'busy',
      curve: stepCurve(run.series.concurrency),
    },
    {
      id: 'async-queue',
      label: 'Async queue',
      meaning: 'Events in the async event queue now',
      shape: 'level',
      tone: 'queue',
      curve: stepCurve(run.series.asyncQueue),
    },
    ...queueDrafts(run),
    ...streamDrafts(run),
    {
      id: 'recursive-dropped',
      label: 'Recursive drops',
      meaning:
        'Invocations Lambda stopped in a recursive loop so far (RecursiveInvocationsDropped)',
      shape: 'count',
      tone: 'error',
      curve: countCurve(timesOf(run, (e) => e.kind === 'loop.stopped')),
    },
    {
      id: 'dead-lettered',
      label: 'DLQ / on-failure',
      meaning: 'Sent to a dead-letter queue or on-failure destination so far',
      shape: 'count',
      tone: 'dlq',
      curve: countCurve(timesOf(run, isDeadLettered)),
    },
  ];
  const metrics = drafts.map((d) => ({ ...d, max: curveMax(d.curve, end), endTime: end }));
  // Invocations stay at 0 on purpose where requests were throttled before any code ran.
  const asked = metrics.some((m) => m.id === 'throttles' && m.max > 0);
  return metrics
    .filter((m) => m.max > 0 || (m.id === 'invocations' && asked))
    .map((m) => ({ ...m, max: Math.max(1, m.max) }));
}

/** SQS queues and broker queues: every message not yet deleted (visible, in flight, delayed). */
function queueDrafts(run: Run): Draft[] {
  return (run.queues ?? []).map((q) => ({
    id: `queue:${q.kind}:${q.name}`,
    label: `${q.kind === 'mq' ? 'Broker queue' : 'Queue'}: ${q.name}`,
    meaning: `Messages in ${q.name} (visible, in flight or delayed) now`,
    shape: 'level',
    tone: 'queue',
    curve: sumCurve([q.series.visible, q.series.inFlight, q.series.delayed]),
  }));
}

/** Streams and Kafka topics: the highest iterator age and the records waiting, all shards. */
function streamDrafts(run: Run): Draft[] {
  const sources = run.streams?.sources ?? [];
  // The stream's name only where two streams would otherwise share a label.
  const named = sources.length > 1;
  return sources.flatMap((s): Draft[] => {
    const of = named ? ` ${s.name}` : '';
    const kafka = s.family === 'kafka';
    return [
      {
        id: `age:${s.name}`,
        label: `Iterator age${of}`,
        meaning: `Highest iterator age of ${s.name} now`,
        shape: 'age',
        tone: 'queue',
        curve: maxAgeCurve(s.units.map((u) => ({ age: u.iteratorAgeMs, waiting: u.waiting }))),
      },
      {
        id: `waiting:${s.name}`,
        label: `${kafka ? 'Offset lag' : 'Records waiting'}${of}`,
        meaning: `${kafka ? 'Offset lag' : 'Records waiting'} in ${s.name} now`,
        shape: 'level',
        tone: 'queue',
        curve: sumCurve(s.units.map((u) => u.waiting)),
      },
    ];
  });
}

/** An event that moves one of the counters of counters.ts, so both count the same things. */
function counted(run: Run, counter: Scalar): (e: TraceEvent, i: number) => boolean {
  return (_, i) => scalarAfter(run, counter, i + 1) > scalarAfter(run, counter, i);
}

function timesOf(run: Run, test: (e: TraceEvent, i: number) => boolean): number[] {
  const times: number[] = [];
  run.trace.forEach((e, i) => {
    if (test(e, i)) times.push(e.t);
  });
  return times;
}
