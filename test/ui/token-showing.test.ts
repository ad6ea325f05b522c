import { describe, expect, it } from 'vitest';
import { onCanvas, showing } from '../../src/ui/diagram/token-paint';
import type { Sprite } from '../../src/ui/diagram/token-sprites';

const sprite = (msg: number, x: number, y: number, extra: Partial<Sprite> = {}): Sprite => ({
  msg,
  shape: 'event',
  tone: 'async',
  x,
  y,
  number: String(msg + 1),
  label: '',
  labelAt: 'below',
  selected: false,
  ...extra,
});

// A view panned 100 px left at zoom 0.5 on a screen of 2 device pixels per CSS px: a flow unit
// is one device pixel, and flow x = 100 is at the canvas's left edge.
const view = { x: -50, y: 0, zoom: 0.5, dpr: 2 };
const canvas = { width: 400, height: 200 };
const font = 13;
// The reach past each edge, in flow units (here also device pixels): 40 + 4 × 13.
const reach = 92;

describe('which tokens are painted', () => {
  it('leaves out a token only when all of it, labels included, is off the canvas', () => {
    expect(onCanvas(sprite(0, 100 - reach + 1, 50), view, canvas, font)).toBe(true);
    expect(onCanvas(sprite(0, 100 - reach, 50), view, canvas, font)).toBe(false);
    expect(onCanvas(sprite(0, 500 + reach - 1, 50), view, canvas, font)).toBe(true);
    expect(onCanvas(sprite(0, 500 + reach, 50), view, canvas, font)).toBe(false);
    expect(onCanvas(sprite(0, 300, -reach), view, canvas, font)).toBe(false);
    expect(onCanvas(sprite(0, 300, 200 + reach - 1), view, canvas, font)).toBe(true);
  });

  it('keeps the painting order, drops what is off the canvas, and always keeps the picked token', () => {
    const all = [
      sprite(0, 150, 50),
      sprite(1, -400, 50),
      sprite(2, -400, 60, { selected: true }),
      sprite(3, 450, 150),
    ];
    expect(showing(all, view, canvas, font, true).map((s) => s.msg)).toEqual([0, 2, 3]);
  });

  it('drops a token under a later one of the same look and label on the same device pixel', () => {
    const all = [
      sprite(0, 200.2, 50), // under 1: the same pixel
      sprite(1, 200.4, 50),
      sprite(2, 200.4, 50, { tone: 'retry' }), // another look: kept
      sprite(3, 201.6, 50), // the next pixel: kept
      sprite(4, 201.6, 50, { label: '3 s' }), // its countdown shows: kept
      sprite(5, 201.6, 50, { label: '3 s' }), // covers 4
    ];
    expect(showing(all, view, canvas, font, false).map((s) => s.msg)).toEqual([1, 2, 3, 5]);
  });

  it('keeps every stacked token while a message is picked: the others are see-through then', () => {
    const all = [sprite(0, 200, 50), sprite(1, 200, 50), sprite(2, 300, 50, { selected: true })];
    expect(showing(all, view, canvas, font, true).map((s) => s.msg)).toEqual([0, 1, 2]);
  });
});
