import type { Run } from '../engine';
import type { QueueRun } from '../engine/queues/kinds';
import type { StreamSourceSeries } from '../engine/streams/kinds';
import { scalarAfter, sentBy, sinkCountAfter } from './counters';
import type { LiveMetric, QueueSourceKind } from './diagram-parts';
import { formatDuration } from './format';
import { ageAt, eventsUpTo, seriesAt } from './search';
import { formatCount } from './format';

/**
 * A diagram node's live figures at time t, read from the run: its series (binary search) and the
 * trace's prefix counts. The renderer calls this on every frame, so it allocates only the small
 * result array and never walks the trace.
 */
export function liveNumbers(run: Run, m: LiveMetric, t: number): number[] {
  switch (m.kind) {
    case 'sent': {
      let sent = sentBy(run, m.workload, t);
      for (const w of m.also ?? []) sent += sentBy(run, w, t);
      return [sent];
    }
    case 'throttled':
      return [scalarAfter(run, 'throttles', eventsUpTo(run, t))];
    case 'busy':
      return [seriesAt(run.series.concurrency, t)];
    case 'queued':
      return [seriesAt(run.series.asyncQueue, t)];
    case 'sink':
    case 'matched':
    case 'delivered':
    case 'count':
      return [sinkCountAfter(run, m.key, eventsUpTo(run, t))];
    case 'depth': {
      const q = queueRun(run, m.source, m.name);
      if (q === undefined) return [0, 0, 0];
      const s = q.series;
      return [seriesAt(s.visible, t), seriesAt(s.inFlight, t), seriesAt(s.delayed, t)];
    }
    case 'pollers': {
      const q = queueRun(run, m.source, m.name);
      if (q === undefined) return [0, 0];
      const batches = seriesAt(q.series.batches, t);
      if (m.provisioned !== undefined) return [batches, seriesAt(q.series.eventPollers, t)];
      return [batches, seriesAt(q.series.pollers, t)];
    }
    case 'records': {
      const src = streamRun(run, m.name);
      let waiting = 0;
      let age = 0;
      for (const u of src?.units ?? []) {
        const w = seriesAt(u.waiting, t);
        waiting += w;
        // A shard with records waiting falls further behind every moment, not just at each read.
        age = Math.max(age, ageAt(u.iteratorAgeMs, t, w > 0));
      }
      return [waiting, age];
    }
    case 'batches': {
      const batches = sinkCountAfter(run, m.key, eventsUpTo(run, t));
      if (m.consumersOf === null) return [batches];
      const consumers = streamRun(run, m.consumersOf)?.consumers;
      return [batches, consumers === undefined ? 0 : seriesAt(consumers, t)];
    }
  }
}

/**
 * Whether the node is doing something at t (its figure is lit): a queue holding messages in any
 * state, anything else when its first figure is above zero (a mapping's poller count, a stream's
 * last iterator age say nothing about activity).
 */
export function liveActive(m: LiveMetric, values: readonly number[]): boolean {
  return m.kind === 'depth' ? values.some((v) => v > 0) : (values[0] ?? 0) > 0;
}

/** One figure as the node shows it: "3" over "in flight", or "12" and "messages sent". */
export interface LiveFigure {
  readonly value: string;
  readonly label: string;
}

/** Single-figure metrics: singular, plural, and what it counts. */
const WORDS: Partial<Record<LiveMetric['kind'], readonly [string, string, string]>> = {
  throttled: ['request', 'requests', 'throttled'],
  busy: ['environment', 'environments', 'busy'],
  queued: ['event', 'events', 'waiting'],
  sink: ['event', 'events', 'received'],
  matched: ['event', 'events', 'matched'],
  delivered: ['event', 'events', 'delivered'],
};

/** The words around the numbers of `liveNumbers`. */
export function liveFigures(m: LiveMetric, values: readonly number[]): LiveFigure[] {
  const count = (i: number) => formatCount(values[i] ?? 0);
  switch (m.kind) {
    case 'depth':
      return [
        { value: count(0), label: 'visible' },
        { value: count(1), label: 'in flight' },
        { value: count(2), label: 'delayed' },
      ];
    case 'pollers': {
      const batches = { value: count(0), label: values[0] === 1 ? 'batch' : 'batches' };
      const p = m.provisioned;
      if (p === undefined) return [batches, { value: count(1), label: 'pollers' }];
      // Provisioned mode: the event pollers now, against the range they move in.
      return [
        batches,
        {
          value: count(1),
          label: `pollers (${p.minimum.toLocaleString('en-US')}–${p.maximum.toLocaleString('en-US')})`,
        },
      ];
    }
    case 'records':
      return [
        { value: count(0), label: 'waiting' },
        { value: age(values[1] ?? 0), label: 'iterator age' },
      ];
    case 'batches': {
      const batches = { value: count(0), label: values[0] === 1 ? 'batch' : 'batches' };
      if (m.consumersOf === null) return [{ ...batches, label: `${batches.label} invoked` }];
      return [batches, { value: count(1), label: values[1] === 1 ? 'consumer' : 'consumers' }];
    }
    case 'count':
      return [{ value: count(0), label: `${values[0] === 1 ? m.one : m.many} ${m.verb}` }];
    case 'sent':
      return [
        {
          value: count(0),
          label: `${values[0] === 1 ? (m.one ?? 'message') : (m.many ?? 'messages')} sent`,
        },
      ];
    default: {
      const [one, many, verb] = WORDS[m.kind]!;
      return [{ value: count(0), label: `${values[0] === 1 ? one : many} ${verb}` }];
    }
  }
}

/** An iterator age to a tenth of a second: it is read at a glance, not to the millisecond. */
function age(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  return formatDuration(ms);
}

function queueRun(run: Run, kind: QueueSourceKind, name: string): QueueRun | undefined {
  const queues = run.queues;
  if (queues === undefined) return undefined;
  for (const q of queues) if (q.kind === kind && q.name === name) return q;
  return undefined;
}

function streamRun(run: Run, name: string): StreamSourceSeries | undefined {
  const sources = run.streams?.sources;
  if (sources === undefined) return undefined;
  for (const s of sources) if (s.name === name) return s;
  return undefined;
}
