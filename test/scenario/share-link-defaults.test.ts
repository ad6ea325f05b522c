import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatErrors,
  parseScenario,
  presets,
  type Scenario,
  type ScenarioInput,
} from '../../src/scenario';
import { PUSH_SCENARIOS } from '../../src/scenario/service-scenarios/push';
import { QUEUE_SCENARIOS } from '../../src/scenario/service-scenarios/queues';
import { STREAM_SCENARIOS } from '../../src/scenario/service-scenarios/streams';
import { deepEqual, stripDefaults } from '../../src/scenario/share-link-defaults';
import { scenarioArb } from '../engine/arbitraries';
import { queueScenarioArb } from '../engine/queues/arbitraries';
import { streamScenarioArb } from '../engine/streams/arbitraries';

function parsed(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.scenario;
}

/** The property: parsing what stripDefaults leaves gives back the scenario it was given. */
function expectInverse(scenario: Scenario): void {
  const stripped = stripDefaults(scenario);
  // Through JSON, as in a link: nothing may depend on undefined fields or shared objects.
  const back = parsed(JSON.parse(JSON.stringify(stripped)));
  // Equal as JSON: a field set to undefined (which JSON cannot hold) counts as absent.
  expect(back).toStrictEqual(JSON.parse(JSON.stringify(scenario)));
  // Stripping again finds nothing more to remove.
  expect(stripDefaults(back)).toStrictEqual(stripped);
}

const services: Array<[string, () => ScenarioInput]> = Object.entries({
  ...PUSH_SCENARIOS,
  ...QUEUE_SCENARIOS,
  ...STREAM_SCENARIOS,
});

describe('stripDefaults', () => {
  it('leaves only the version of an all-default scenario', () => {
    expect(stripDefaults(parsed({ version: 1 }))).toEqual({ version: 1 });
  });

  it('removes default fields inside objects, arrays and union options, and keeps the rest', () => {
    const scenario = parsed({
      version: 1,
      seed: 1,
      function: {
        memoryMb: 128,
        behaviour: { duration: { kind: 'fixed', ms: 100 }, errorRate: 0.5, errorWhen: [] },
        asyncConfig: { maximumRetryAttempts: 0 },
      },
      workloads: [
        {
          id: 'w',
          invocationType: 'RequestResponse',
          qualifier: '$LATEST',
          arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 1_000, startMs: 0 },
          callerRetry: { mode: 'sdk', maxAttempts: 3, baseDelayMs: 250 },
        },
      ],
    });
    expect(stripDefaults(scenario)).toEqual({
      version: 1,
      function: { behaviour: { errorRate: 0.5 }, asyncConfig: { maximumRetryAttempts: 0 } },
      workloads: [
        {
          id: 'w',
          arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 1_000 },
          callerRetry: { mode: 'sdk', baseDelayMs: 250 },
        },
      ],
    });
  });

  it('keeps the tag that picks a union option, even where the option has defaults', () => {
    const s = parsed({
      version: 1,
      workloads: [
        { id: 'w', arrivals: { kind: 'burst', atMs: 0, count: 1 }, callerRetry: { mode: 'sdk' } },
      ],
    });
    expect(stripDefaults(s).workloads).toEqual([
      { id: 'w', arrivals: { kind: 'burst', atMs: 0, count: 1 }, callerRetry: { mode: 'sdk' } },
    ]);
  });

  it('does not change the scenario it is given', () => {
    const s = parsed(presets[0]!.scenario);
    const copy = structuredClone(s);
    stripDefaults(s);
    expect(s).toStrictEqual(copy);
  });

  it.each(presets.map((p) => [p.id, p.scenario] as const))(
    'is undone by parsing: preset %s',
    (_id, doc) => {
      expectInverse(parsed(doc));
    },
  );

  it.each(services)('is undone by parsing: service scenario %s', (_id, make) => {
    expectInverse(parsed(make()));
  });

  it('is undone by parsing: random scenarios of every family', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, queueScenarioArb, streamScenarioArb), (doc) => {
        const r = parseScenario(doc);
        fc.pre(r.ok);
        if (r.ok) expectInverse(r.scenario);
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it('shortens every preset to well under half of its full JSON', () => {
    for (const p of presets) {
      const s = parsed(p.scenario);
      expect(JSON.stringify(stripDefaults(s)).length).toBeLessThan(JSON.stringify(s).length / 1.5);
    }
  });
});

describe('deepEqual', () => {
  it('compares JSON-like values by structure, ignoring key order and undefined fields', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
  });
});
