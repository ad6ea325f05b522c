import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run, TraceEvent } from '../../src/engine';
import { presets } from '../../src/scenario/presets';
import { metricsOf, metricValueAt, type Metric } from '../../src/view';
import { playbackEnd } from '../../src/view/pacing';
import { liveNumbers } from '../../src/view/diagram-live';
import { curveAt, maxAgeCurve } from '../../src/view/metrics-curve';
import { metricPath } from '../../src/view/metrics-path';
import { metricFigure, metricSummary } from '../../src/view/metrics-words';
import { seriesAt } from '../../src/view/search';
import { presetRun } from './helpers';

const runs = new Map<string, Run>();
function run(id: string): Run {
  let r = runs.get(id);
  if (r === undefined) runs.set(id, (r = presetRun(id)));
  return r;
}

function metric(id: string, metricId: string): Metric {
  const m = metricsOf(run(id)).find((x) => x.id === metricId);
  if (m === undefined) throw new Error(`${id} has no ${metricId} chart`);
  return m;
}

/** The metric at each of the times. */
const at = (m: Metric, times: readonly number[]) => times.map((t) => metricValueAt(m, t));

describe('the charts a scenario gets', () => {
  it('are only the figures the run moves, in reading order', () => {
    const ids = (id: string) => metricsOf(run(id)).map((m) => m.id);
    expect(ids('async-retries')).toEqual([
      'invocations',
      'errors',
      'cold-starts',
      'concurrency',
      'async-queue',
      'dead-lettered',
    ]);
    expect(ids('cold-warm-provisioned')).toEqual(['invocations', 'cold-starts', 'concurrency']);
    expect(ids('sqs-redrive')).toEqual([
      'invocations',
      'errors',
      'cold-starts',
      'concurrency',
      'queue:sqs:orders',
      'dead-lettered',
    ]);
    expect(ids('kinesis-poison')).toEqual([
      'invocations',
      'errors',
      'cold-starts',
      'concurrency',
      'age:clickstream',
      'waiting:clickstream',
    ]);
    // EventBridge's target is a queue here: nothing runs, only the target's DLQ moves.
    expect(ids('eventbridge-target-dlq')).toEqual(['dead-lettered']);
  });

  it('keep invocations at 0 where reserved concurrency 0 throttles everything', () => {
    const r = run('reserved-kill-switch');
    expect(metricsOf(r).map((m) => m.id)).toEqual([
      'invocations',
      'throttles',
      'async-queue',
      'dead-lettered',
    ]);
    expect(metricValueAt(metric('reserved-kill-switch', 'invocations'), r.endTime)).toBe(0);
    expect(metricValueAt(metric('reserved-kill-switch', 'throttles'), r.endTime)).toBe(5);
  });

  it('are computed once per run', () => {
    expect(metricsOf(run('async-retries'))).toBe(metricsOf(run('async-retries')));
  });

  it('each have a scale of at least 1 and end where the timeline ends', () => {
    for (const p of presets) {
      for (const m of metricsOf(run(p.id))) {
        expect(m.max).toBeGreaterThanOrEqual(1);
        expect(m.endTime).toBe(playbackEnd(run(p.id)));
      }
    }
  });
});

describe('values at the playhead', () => {
  it('async-retries: invocations, errors, the queue and the DLQ over three attempts', () => {
    const times = [0, 350, 1_150, 5_100, 60_000, 61_150, 100_000, 182_749, 182_750, 187_500];
    expect(at(metric('async-retries', 'invocations'), times)).toEqual([
      0, 1, 1, 2, 2, 3, 4, 5, 5, 6,
    ]);
    expect(at(metric('async-retries', 'errors'), times)).toEqual([0, 0, 1, 1, 2, 2, 4, 4, 5, 6]);
    // Both events wait in the internal queue for their retries.
    expect(metricValueAt(metric('async-retries', 'async-queue'), 100_000)).toBe(2);
    const dlq = metric('async-retries', 'dead-lettered');
    expect(at(dlq, [182_749, 182_750, 187_499, 187_500, 600_000])).toEqual([0, 1, 1, 2, 2]);
  });

  it('api-gateway-throttle: two throttles at 0 s, two more at 5 s', () => {
    const throttles = metric('api-gateway-throttle', 'throttles');
    expect(at(throttles, [-1, 0, 4_999, 5_000, 20_000])).toEqual([0, 2, 2, 4, 4]);
    expect(throttles.curve.time).toEqual([0, 5_000]);
  });

  it('kinesis-poison: the iterator age grows while the shard is blocked', () => {
    const age = metric('kinesis-poison', 'age:clickstream');
    // The bad record was written at 10 s: a minute in it is 50 s old, an hour in 59 min 50 s.
    expect(at(age, [60_000, 120_000, 3_600_000])).toEqual([50_000, 110_000, 3_590_000]);
    expect(age.max).toBe(86_400_000);
    const waiting = metric('kinesis-poison', 'waiting:clickstream');
    expect(at(waiting, [60_000, 3_600_000, 86_520_000])).toEqual([41, 41, 0]);
  });

  it('sqs-redrive: ten messages stay in the queue until redriven at 90 s', () => {
    const queue = metric('sqs-redrive', 'queue:sqs:orders');
    expect(at(queue, [0, 30_000, 89_999, 90_000])).toEqual([10, 10, 10, 0]);
    expect(at(metric('sqs-redrive', 'dead-lettered'), [89_999, 90_000])).toEqual([0, 10]);
  });
});

describe('the highest iterator age of several shards', () => {
  it('bends where a growing shard overtakes a stalled one', () => {
    const curve = maxAgeCurve([
      // Read at 0 s as 5 s old, then nothing waits: it stays 5 s.
      { age: { time: [0], value: [5_000] }, waiting: { time: [0], value: [0] } },
      // Read at 1 s as 1 s old with records waiting: it grows, and passes 5 s at 5 s.
      { age: { time: [1_000], value: [1_000] }, waiting: { time: [0], value: [3] } },
    ]);
    expect([1_000, 4_999, 5_000, 8_000].map((t) => curveAt(curve, t))).toEqual([
      5_000, 5_000, 5_000, 8_000,
    ]);
    expect(curve).toEqual({ time: [0, 5_000], value: [5_000, 5_000], slope: [0, 1] });
  });
});

describe('words and drawing', () => {
  it('says each value with what it means', () => {
    const inv = metric('async-retries', 'invocations');
    expect(metricSummary(inv, metricFigure(inv, 6))).toBe('Invocations so far: 6');
    const age = metric('kinesis-poison', 'age:clickstream');
    expect(metricSummary(age, metricFigure(age, 50_000))).toBe(
      'Highest iterator age of clickstream now: 50.0 s',
    );
    const queue = metric('sqs-redrive', 'queue:sqs:orders');
    expect(queue.label).toBe('Queue: orders');
    expect(metricFigure(queue, 1_234)).toBe('1,234');
  });

  it('draws a step curve over the run, 0 at the bottom and the top value near the top', () => {
    // 10 messages from 0 to 90 s of a timeline that ends at 94.5 s.
    expect(metricPath(metric('sqs-redrive', 'queue:sqs:orders'))).toEqual({
      line: 'M0 100L0 8L952 8L952 100L1000 100',
      area: 'M0 100L0 8L952 8L952 100L1000 100L1000 100L0 100Z',
    });
  });
});

/** What the trace says by time t, counted by reading it from the start. */
function replayed(r: Run, m: Metric, t: number): number {
  const upTo = r.trace.filter((e) => e.t <= t);
  const count = (test: (e: TraceEvent) => boolean) => upTo.filter(test).length;
  switch (m.id) {
    case 'invocations':
      return count((e) => e.kind === 'invoke.start');
    case 'errors':
      return count((e) => e.kind === 'invoke.end' && e.detail?.outcome !== 'success');
    case 'throttles':
      return count((e) => e.kind === 'throttled');
    case 'cold-starts':
      return count((e) => e.kind === 'env.init');
    case 'dead-lettered':
      return count(
        (e) =>
          ['dlq.sent', 'eb.dlq', 'source.dlq', 'stream.destination'].includes(e.kind) ||
          (e.kind === 'destination.sent' && e.detail?.destination === 'onFailure') ||
          (e.kind === 'queue.redriven' && e.to.startsWith('dlq:')) ||
          (e.kind === 'loop.stopped' && e.to.startsWith('dlq:')),
      );
    case 'concurrency':
      return seriesAt(r.series.concurrency, t);
    case 'async-queue':
      return seriesAt(r.series.asyncQueue, t);
    case 'recursive-dropped':
      return count((e) => e.kind === 'loop.stopped');
  }
  if (m.id.startsWith('queue:')) {
    const q = r.queues!.find((x) => m.id === `queue:${x.kind}:${x.name}`)!;
    return (
      seriesAt(q.series.visible, t) + seriesAt(q.series.inFlight, t) + seriesAt(q.series.delayed, t)
    );
  }
  // Streams: what the stream's node in the diagram shows, [records waiting, iterator age].
  const name = m.id.slice(m.id.indexOf(':') + 1);
  const [waiting, age] = liveNumbers(r, { kind: 'records', name }, t);
  return m.id.startsWith('age:') ? age! : waiting!;
}

describe('a metric at any moment', () => {
  it('equals replaying the trace up to that moment', () => {
    const ids = presets.map((p) => p.id);
    // Any moment of the run, or one next to an event (where the values change).
    const moment = fc.oneof(
      fc.record({ share: fc.double({ min: -0.01, max: 1.01, noNaN: true }) }),
      fc.record({ event: fc.nat(), offset: fc.integer({ min: -1, max: 1 }) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ids), moment, (id, m) => {
        const r = run(id);
        // The playhead never goes past the timeline's end (shortly after the last event).
        const end = playbackEnd(r);
        const t = Math.min(
          end,
          'share' in m
            ? Math.round(m.share * end)
            : r.trace[m.event % r.trace.length]!.t + m.offset,
        );
        for (const metric of metricsOf(r)) {
          expect([metric.id, t, metricValueAt(metric, t)]).toEqual([
            metric.id,
            t,
            replayed(r, metric, t),
          ]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('matches the trace exactly at every event time of the stream scenarios', () => {
    for (const id of ['kinesis-bisect', 'dynamodb-stream']) {
      const r = run(id);
      for (const e of r.trace) {
        for (const m of metricsOf(r)) {
          expect([m.id, e.t, metricValueAt(m, e.t)]).toEqual([m.id, e.t, replayed(r, m, e.t)]);
        }
      }
    }
  });
});
