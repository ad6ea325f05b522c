import { describe, expect, it } from 'vitest';
import { journeyStops } from '../../src/view/journey-stops';
import { journeysOf, type Journey, type Segment } from '../../src/view/journeys';
import { diagramOf } from '../../src/view';
import { placeResolver } from '../../src/view/token-places';
import { simulate } from '../../src/engine';
import { parseScenario, presetById } from '../../src/scenario';

function presetScenario(id: string) {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(id);
  return { scenario: parsed.scenario, run: simulate(parsed.scenario) };
}

const seg = (s: number, e: number, from: string, to: string, until = NaN): Segment => ({
  s,
  e,
  from,
  to,
  tone: Number.isNaN(until) ? 'async' : 'retry',
  until,
});

const journey: Journey = {
  msg: 0,
  shape: 'event',
  count: 1,
  birth: 0,
  death: 70_000,
  segments: [
    seg(0, 500, 'caller', 'lambda'),
    seg(500, 1000, 'lambda', 'queue'),
    seg(1000, 61_000, 'queue', 'queue', 61_000),
    seg(61_000, 61_500, 'queue', 'fn'),
    seg(61_500, 70_000, 'fn', 'fn'),
  ],
};

describe('a picked message’s journey so far', () => {
  it('lists the boxes reached by t and nothing after', () => {
    expect(journeyStops(journey, 200)).toEqual({
      stops: ['caller', 'lambda'],
      now: 'moving',
      tone: 'async',
      until: NaN,
    });
    expect(journeyStops(journey, 30_000)).toEqual({
      stops: ['caller', 'lambda', 'queue'],
      now: 'resting',
      tone: 'retry',
      until: 61_000,
    });
    expect(journeyStops(journey, 65_000).stops).toEqual(['caller', 'lambda', 'queue', 'fn']);
    expect(journeyStops(journey, 70_000).now).toBe('gone');
  });
});

describe('a picked message’s line agrees with the boxes at the same moment', () => {
  it('push vs pull at 2.193 s: the S3 event the function is running is at the function', () => {
    const { scenario, run } = presetScenario('push-vs-pull');
    const diagram = diagramOf(scenario, 'horizontal', run);
    const resolve = placeResolver(new Set(diagram.nodes.map((n) => n.id)));
    // Playing at 1×: a hop takes 450 ms on screen.
    const journeys = journeysOf(run, resolve, { travelMs: 450 });
    const start = run.trace.find((e) => e.kind === 'invoke.start' && e.from === 'async-queue')!;
    expect(start.t).toBe(2193);
    const j = journeys.list.find((x) => x.msg === start.msg)!;
    // The token is still drawn gliding in, but the trace has the function running it.
    expect(journeyStops(j, 2193)).toEqual({
      stops: ['workload:uploads', 'lambda', 'async-queue', 'function'],
      now: 'resting',
      tone: 'async',
      until: NaN,
    });
    // Drawn, its token is still on the arrow from S3 (until 2.273 s); in words, Lambda has
    // accepted it (at 2.093 s) and it waits in the async queue.
    expect(journeyStops(j, 2150)).toEqual({
      stops: ['workload:uploads', 'lambda', 'async-queue'],
      now: 'resting',
      tone: 'async',
      until: NaN,
    });
  });
});
