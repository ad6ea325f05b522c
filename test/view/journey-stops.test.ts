import { describe, expect, it } from 'vitest';
import { journeyStops } from '../../src/view/journey-stops';
import type { Journey, Segment } from '../../src/view/journeys';

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
