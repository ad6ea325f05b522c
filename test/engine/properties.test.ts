import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../src/engine';
import { parseScenario, type Scenario } from '../../src/scenario';
import { scenarioArb } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1_000);

function parse(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Check every invariant of one run; throws with a reason on the first violation. */
function checkInvariants(run: Run, s: Scenario): void {
  // exactly one fate per message
  expect(run.fates).toHaveLength(run.messages.length);
  const fateEvents = new Map<number, number>();
  run.fates.forEach((f, i) => expect(f.msg).toBe(i));
  let last = -Infinity;
  const settledAt = new Map<number, number>();
  for (const e of run.trace) {
    // time never goes backwards
    expect(e.t).toBeGreaterThanOrEqual(last);
    last = e.t;
    if (e.kind === 'fate') {
      fateEvents.set(e.msg, (fateEvents.get(e.msg) ?? 0) + 1);
      settledAt.set(e.msg, e.seq);
    } else if (e.msg >= 0) {
      // nothing at all happens to a message after its fate
      expect(settledAt.has(e.msg), `${e.kind} of #${e.msg} after its fate`).toBe(false);
    }
  }
  run.fates.forEach((f) => {
    expect(fateEvents.get(f.msg) ?? 0).toBe(f.kind === 'in-flight' ? 0 : 1);
  });

  // a request Invoke refused as too large never ran: its 413 is its only event before its fate
  for (const e of run.trace) {
    if (e.kind !== 'invoke.too-large') continue;
    const own = run.trace.filter((x) => x.msg === e.msg && x.kind !== 'fate');
    expect(own.map((x) => x.kind)).toEqual(['invoke.too-large']);
    expect(run.fates[e.msg]!.kind).toBe('too-large');
    expect(run.fates[e.msg]!.attempts).toBe(0);
  }

  // concurrency never above its limits, replayed from the trace itself
  const cap = s.function.reservedConcurrency ?? s.account.concurrencyLimit;
  const busy = new Set<number>();
  for (const e of run.trace) {
    if (e.kind === 'env.init' || (e.kind === 'invoke.start' && e.detail?.warm)) busy.add(e.env);
    else if (e.kind === 'invoke.end') busy.delete(e.env);
    expect(busy.size).toBeLessThanOrEqual(cap);
  }
  for (const v of run.series.concurrency.value) expect(v).toBeLessThanOrEqual(cap);
}

describe('engine properties over random scenarios', () => {
  it(`holds every invariant and is deterministic (${RUNS} scenarios)`, () => {
    fc.assert(
      fc.property(scenarioArb, (doc) => {
        const s = parse(doc);
        const a = simulate(s, { maxEvents: 200_000 });
        checkInvariants(a, s);
        // same scenario + seed ⇒ the same trace, byte for byte
        const b = simulate(parse(JSON.parse(JSON.stringify(doc))), { maxEvents: 200_000 });
        expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
        expect(JSON.stringify(b.fates)).toBe(JSON.stringify(a.fates));
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
    // About 25 s on a quiet two-core machine, several times that when every core is busy.
  }, 600_000);

  it('stops at `until` and leaves what is under way in flight', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 120_000 }), (doc, until) => {
        const s = parse(doc);
        const r = simulate(s, { until });
        expect(r.trace.every((e) => e.t <= until)).toBe(true);
        expect(r.endTime).toBeLessThanOrEqual(until);
        checkInvariants(r, s);
      }),
      { numRuns: 200, seed: 7 },
    );
  }, 60_000);
});
