import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareLink,
  encodeShareLink,
  parseScenario,
  presets,
  type Scenario,
  type ScenarioInput,
} from '../../src/scenario';
import type { ShareLinkState } from '../../src/scenario/share-link';
import { scenarioArb } from '../engine/arbitraries';
import { queueScenarioArb } from '../engine/queues/arbitraries';
import { streamScenarioArb } from '../engine/streams/arbitraries';

/** Text a person might type as a name: any Unicode, but no markup (links refuse that). */
const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((s) => !/<[A-Za-z/!?]/.test(s));

const customScenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    fc.oneof(scenarioArb, queueScenarioArb, streamScenarioArb),
    text(120),
    fc.option(text(300), { nil: undefined }),
  )
  .map(([doc, name, description]) => parseScenario({ ...doc, name, description } as ScenarioInput))
  .filter((r) => r.ok)
  .map((r) => (r as { ok: true; scenario: Scenario }).scenario);

const state: fc.Arbitrary<ShareLinkState> = fc
  .record({
    pick: fc.oneof(
      customScenario.map((scenario) => ({ scenario, presetId: undefined as string | undefined })),
      fc.constantFrom(...presets).map((p) => {
        const r = parseScenario(p.scenario);
        if (!r.ok) throw new Error(p.id);
        return { scenario: r.scenario, presetId: p.id as string | undefined };
      }),
    ),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    selection: fc.option(fc.nat({ max: 1_000_000_000 }), { nil: undefined }),
    speed: fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { nil: undefined }),
  })
  .map(({ pick, share, selection, speed }) => ({
    ...pick,
    t: Math.round(share * pick.scenario.durationMs),
    selection,
    view: speed === undefined ? undefined : { speed },
  }));

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('share links round-trip', () => {
  it('decode(encode(state)) is the state, and encoding it again gives the same link', () => {
    fc.assert(
      fc.property(state, (s) => {
        const link = encodeShareLink(s);
        expect(link.length).toBeLessThan(32_768);
        expect(link.startsWith(s.presetId ? 'p=' : 'v1.')).toBe(true);
        const r = decodeShareLink(link);
        if (!r.ok) throw new Error(r.error);
        expect(json(r.state)).toStrictEqual(
          json({
            scenario: s.scenario,
            presetId: s.presetId,
            t: s.t,
            selection: s.selection,
            view: { speed: s.view?.speed ?? 1 },
          }),
        );
        expect(encodeShareLink(r.state)).toBe(link);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
