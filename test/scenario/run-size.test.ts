import { describe, expect, it } from 'vitest';
import { parseScenario, presets, type ScenarioInput } from '../../src/scenario';
import {
  estimateRunEvents,
  RUN_EVENT_LIMIT,
  runSizeOf,
  tooBigMessage,
} from '../../src/scenario/run-size';
import { PUSH_SCENARIOS } from '../../src/scenario/service-scenarios/push';
import { QUEUE_SCENARIOS } from '../../src/scenario/service-scenarios/queues';
import { STREAM_SCENARIOS } from '../../src/scenario/service-scenarios/streams';

function parse(doc: ScenarioInput) {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** One workload of `rate` requests a second for `seconds`, failing at `errorRate`. */
function steady(
  invocationType: 'RequestResponse' | 'Event',
  rate: number,
  seconds: number,
  errorRate = 0,
) {
  return parse({
    version: 1,
    durationMs: seconds * 1000,
    function: { behaviour: { duration: { kind: 'fixed', ms: 100 }, errorRate } },
    workloads: [
      {
        id: 'w',
        invocationType,
        arrivals: { kind: 'constant', ratePerSecond: rate, durationMs: seconds * 1000 },
      },
    ],
  });
}

describe('the size of a run, guessed before running it', () => {
  it('runs every preset and every service scenario at once', () => {
    for (const p of presets) expect(runSizeOf(parse(p.scenario)).kind, p.id).toBe('now');
    const services = { ...PUSH_SCENARIOS, ...QUEUE_SCENARIOS, ...STREAM_SCENARIOS };
    for (const [id, make] of Object.entries(services))
      expect(runSizeOf(parse(make())).kind, id).toBe('now');
  });

  it('counts six events a request, more when failures are retried', () => {
    expect(estimateRunEvents(steady('RequestResponse', 10, 60))).toBe(3_600);
    expect(estimateRunEvents(steady('Event', 10, 60, 0.5))).toBe(7_200);
  });

  it('counts only the requests that fall inside the run', () => {
    const s = steady('RequestResponse', 10, 60);
    const shorter = { ...s, durationMs: 30_000 };
    expect(estimateRunEvents(shorter)).toBe(1_800);
  });

  it('runs an hour at 10 requests a second in the background', () => {
    expect(runSizeOf(steady('Event', 10, 3_600))).toEqual({ kind: 'background', events: 216_000 });
  });

  it('refuses a million requests, saying how many events and what to reduce', () => {
    const size = runSizeOf(steady('RequestResponse', 10_000, 100));
    expect(size).toEqual({
      kind: 'too-big',
      events: 6_000_000,
      message:
        'This scenario would produce about 6 million events; the limit is 1,500,000. ' +
        "Lower a workload's rate or duration, or the scenario's duration, and try again.",
    });
  });

  it('refuses a busy async run with half its invocations failing', () => {
    const size = runSizeOf(steady('Event', 10_000, 100, 0.5));
    expect(size.kind).toBe('too-big');
    expect(size.kind === 'too-big' && size.events).toBe(12_000_000);
  });

  it('rounds the figure for reading', () => {
    expect(tooBigMessage(42_345_678)).toContain('about 42 million events');
    expect(tooBigMessage(2_345_678)).toContain('about 2.3 million events');
    expect(RUN_EVENT_LIMIT).toBe(1_500_000);
  });
});
