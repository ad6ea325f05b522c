import { describe, expect, it } from 'vitest';
import { focusBox, focusIds, followViewport, hopIndex, startIds } from '../../src/view/follow';
import type { Journey, Journeys, Segment } from '../../src/view/journeys';

const seg = (s: number, e: number, from: string, to: string): Segment => ({
  s,
  e,
  from,
  to,
  tone: 'async',
  until: NaN,
});

function journeys(list: Journey[]): Journeys {
  const byBirth = [...list].sort((a, b) => a.birth - b.birth);
  return { list, byBirth, births: Float64Array.from(byBirth, (j) => j.birth) };
}

const journey = (msg: number, segments: Segment[]): Journey => ({
  msg,
  shape: 'event',
  count: 1,
  birth: segments[0]!.s,
  death: Infinity,
  segments,
});

// Message 0: caller → lambda over 1000–1450, rests, lambda → fn over 3000–3450.
// Message 1: caller → lambda over 5000–5450.
const index = hopIndex(
  journeys([
    journey(0, [
      seg(1000, 1450, 'caller', 'lambda'),
      seg(1450, 3000, 'lambda', 'lambda'),
      seg(3000, 3450, 'lambda', 'fn'),
      seg(3450, 9000, 'fn', 'fn'),
    ]),
    journey(1, [seg(5000, 5450, 'caller', 'lambda'), seg(5450, 9000, 'lambda', 'lambda')]),
  ]),
);
const START = ['fn', 'lambda'];

describe('what the view follows', () => {
  it('shows the function and its nearest sources at 0:00 and before anything moves', () => {
    expect(focusIds(index, 0, 450, START)).toEqual(['fn', 'lambda']);
    expect(focusIds(index, 100, 450, START)).toEqual(['fn', 'lambda']);
    // A token that sets off at once is followed from the first moment of playback.
    const atOnce = hopIndex(journeys([journey(0, [seg(0, 450, 'caller', 'lambda')])]));
    expect(focusIds(atOnce, 0, 450, START)).toEqual(['fn', 'lambda']);
    expect(focusIds(atOnce, 1, 450, START)).toEqual(['lambda', 'caller']);
  });

  it('goes where a token is about to move, a hop ahead, then stays while it flies', () => {
    expect(focusIds(index, 600, 450, START)).toEqual(['lambda', 'caller']);
    expect(focusIds(index, 1200, 450, START)).toEqual(['lambda', 'caller']);
  });

  it('stays at the last hop while nothing moves', () => {
    expect(focusIds(index, 2000, 450, START)).toEqual(['lambda', 'caller']);
    expect(focusIds(index, 3200, 450, START)).toEqual(['fn', 'lambda']);
    expect(focusIds(index, 4200, 450, START)).toEqual(['fn', 'lambda']);
  });

  it('while nothing moves, shows where tokens wait before the last hop', () => {
    const waiting = hopIndex(
      journeys([
        journey(0, [seg(0, 60_000, 'queue', 'queue')]),
        journey(1, [seg(1000, 1450, 'esm', 'fn'), seg(1450, 2000, 'fn', 'fn')]),
      ]),
    );
    expect(focusIds(waiting, 20_000, 450, START)).toEqual(['queue', 'fn', 'esm']);
  });

  it('puts an upcoming hop before one in flight', () => {
    const both = hopIndex(
      journeys([journey(0, [seg(1000, 1450, 'a', 'b')]), journey(1, [seg(1300, 1750, 'c', 'd')])]),
    );
    expect(focusIds(both, 1100, 450, START)).toEqual(['d', 'c', 'b', 'a']);
    expect(focusIds(both, 1400, 450, START)).toEqual(['d', 'c', 'b', 'a']);
    expect(focusIds(both, 1500, 450, START)).toEqual(['d', 'c']);
  });

  it('is the same at a moment however it was reached', () => {
    const at = (t: number) => focusIds(index, t, 450, START).join();
    const forward = [0, 700, 1200, 2000, 3100, 5100].map(at);
    const backward = [5100, 3100, 2000, 1200, 700, 0].map(at).reverse();
    expect(forward).toEqual(backward);
  });
});

describe('the area and the view around it', () => {
  const boxes = new Map([
    ['a', { x: 0, y: 0, width: 200, height: 100 }],
    ['b', { x: 300, y: 0, width: 200, height: 100 }],
    ['c', { x: 900, y: 0, width: 200, height: 100 }],
  ]);

  it('keeps all the wanted boxes, with the rows under them, when they fit', () => {
    // Each box with the 70 units under it where its waiting tokens and countdowns go.
    expect(focusBox(['b', 'a'], boxes, { width: 600, height: 300 })).toEqual({
      x: 0,
      y: 0,
      width: 500,
      height: 170,
    });
    expect(focusBox(['nowhere'], boxes, { width: 600, height: 300 })).toBeNull();
  });

  it('too many to fit: a frame centred on them all, slid only to show the first whole', () => {
    // a, b and c span 0–1100; a 600-wide frame centred on them starts at 250 and holds b.
    expect(focusBox(['b', 'a', 'c'], boxes, { width: 600, height: 300 })).toEqual({
      x: 250,
      y: 0,
      width: 600,
      height: 170,
    });
    // c (900–1100) is not in it: the frame slides right until c's end is its end.
    expect(focusBox(['c', 'a'], boxes, { width: 600, height: 300 })).toEqual({
      x: 500,
      y: 0,
      width: 600,
      height: 170,
    });
  });

  it('holds still while a fan-out’s tokens set off to one lane after another', () => {
    // A rule and four targets in lanes 150 apart; the area is 400 units tall.
    const lanes = new Map([
      ['rule', { x: 0, y: 200, width: 200, height: 100 }],
      ['t1', { x: 300, y: 0, width: 200, height: 100 }],
      ['t2', { x: 300, y: 150, width: 200, height: 100 }],
      ['t3', { x: 300, y: 300, width: 200, height: 100 }],
      ['t4', { x: 300, y: 450, width: 200, height: 100 }],
    ]);
    const room = { width: 600, height: 400 };
    const steady = { x: 0, y: 110, width: 500, height: 400 };
    expect(focusBox(['t2', 'rule', 't1', 't3', 't4'], lanes, room)).toEqual(steady);
    expect(focusBox(['t3', 'rule', 't4', 't1', 't2'], lanes, room)).toEqual(steady);
    // The first lane's box would be cut at the top: the frame moves to show it.
    expect(focusBox(['t1', 'rule', 't2', 't3', 't4'], lanes, room)?.y).toBe(0);
  });

  const bounds = { x: 0, y: 0, width: 1100, height: 100 };

  it('centres the focus, and never shows past the diagram’s edges', () => {
    // Zoom 1, a 500 px wide area: box b (centre 400) is centred.
    expect(followViewport(boxes.get('b')!, bounds, { width: 500, height: 400 }, 1)).toEqual({
      x: -150,
      // The diagram's height fits: it is centred (padded by 4 % of 100 each way).
      y: 150,
      zoom: 1,
    });
    // Box a would centre at x = 150; the left edge (padding 44) stops it at 44.
    expect(followViewport(boxes.get('a')!, bounds, { width: 500, height: 400 }, 1).x).toBe(44);
    // Box c would centre at x = -750; the right edge (1144) stops it at 500 - 1144 = -644.
    expect(followViewport(boxes.get('c')!, bounds, { width: 500, height: 400 }, 1).x).toBe(-644);
    // A box taller than the area shows its top, 8 units in: y = -(300 - 8) × 2.
    const tall = { x: 0, y: 0, width: 100, height: 1000 };
    const box = { x: 0, y: 300, width: 100, height: 400 };
    expect(followViewport(box, tall, { width: 200, height: 500 }, 2).y).toBe(-584);
  });

  it('starts at the function and the boxes with arrows into it', () => {
    const nodes = [
      { id: 'caller', kind: 'caller' },
      { id: 'lambda', kind: 'service' },
      { id: 'esm', kind: 'mapping' },
      { id: 'fn', kind: 'function' },
    ];
    const edges = [
      { source: 'caller', target: 'lambda' },
      { source: 'lambda', target: 'fn' },
      { source: 'esm', target: 'fn' },
    ];
    expect(startIds(nodes, edges)).toEqual(['fn', 'lambda', 'esm']);
  });
});
