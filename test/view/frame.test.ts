import { describe, expect, it } from 'vitest';
import { countsAfter, frameAt, sentBy, sinkCountAfter } from '../../src/view';
import { presetRun } from './helpers';

describe('frameAt', () => {
  it('matches the run totals at the end', () => {
    for (const id of ['async-retries', 'sync-throttle', 'provisioned-spillover']) {
      const run = presetRun(id);
      const f = frameAt(run, run.endTime);
      expect(f.events).toBe(run.trace.length);
      expect(f.counts).toMatchObject({
        messages: run.stats.messages,
        invocations: run.stats.invocations,
        coldStarts: run.stats.coldStarts,
        throttles: run.stats.throttles,
      });
      const fates: Record<string, number> = {};
      for (const fate of run.fates) fates[fate.kind] = (fates[fate.kind] ?? 0) + 1;
      expect(f.counts.fates).toEqual(fates);
    }
  });

  it('equals replaying the trace up to t, at every event time', () => {
    const run = presetRun('async-retries');
    for (const t of [0, ...run.trace.map((e) => e.t), 1_000, 100_000]) {
      const seen = run.trace.filter((e) => e.t <= t);
      const f = frameAt(run, t);
      expect(f.counts.invocations).toBe(seen.filter((e) => e.kind === 'invoke.start').length);
      expect(f.counts.retries).toBe(seen.filter((e) => e.kind === 'async.retry').length);
      expect(f.counts.messages).toBe(new Set(seen.map((e) => e.msg)).size);
      const dlq = seen.filter((e) => e.kind === 'dlq.sent').length;
      expect(f.counts.sinks['dlq:sqs:resize-dlq'] ?? 0).toBe(dlq);
      expect(sinkCountAfter(run, 'dlq:sqs:resize-dlq', f.events)).toBe(dlq);
    }
  });

  it('shows busy environments and queued events at t', () => {
    const run = presetRun('async-retries');
    expect(frameAt(run, 0)).toMatchObject({ busy: 0, queued: 1, events: 1 });
    expect(frameAt(run, 400)).toMatchObject({ busy: 1, queued: 0 });
    expect(frameAt(run, 5_000)).toMatchObject({ busy: 0, queued: 2 });
    expect(countsAfter(run, 0).messages).toBe(0);
  });

  it('counts messages sent per caller', () => {
    const run = presetRun('async-retries');
    expect(sentBy(run, 'uploads', 0)).toBe(1);
    expect(sentBy(run, 'uploads', 4_999)).toBe(1);
    expect(sentBy(run, 'uploads', 5_000)).toBe(2);
    expect(sentBy(run, 'nobody', 5_000)).toBe(0);
  });
});
