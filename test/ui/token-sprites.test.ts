import { describe, expect, it } from 'vitest';
import { diagramOf } from '../../src/view';
import { journeysOf } from '../../src/view/journeys';
import { placeResolver } from '../../src/view/token-places';
import type { Box, TokenGeometry } from '../../src/view/token-geometry';
import { spritesAt, tokenUnder } from '../../src/ui/diagram/token-sprites';
import { presetRun } from '../view/helpers';

function setUp(id: string) {
  const run = presetRun(id);
  const d = diagramOf(run.scenario, 'horizontal', run);
  const journeys = journeysOf(run, placeResolver(new Set(d.nodes.map((n) => n.id))), {
    travelMs: 450,
  });
  const boxes = new Map<string, Box>(
    d.nodes.map((n) => [n.id, { x: n.x, y: n.y, width: d.node.width, height: d.node.height }]),
  );
  const geometry: TokenGeometry = { orientation: 'horizontal', boxes, edges: d.edges };
  return { journeys, geometry, boxes };
}

describe('what the token layer paints', () => {
  it('shows a retry countdown once per waiting row, "+N" past six, and a batch its size', () => {
    const { journeys, geometry } = setUp('sqs-redrive');
    const waiting = spritesAt(journeys, geometry, 20_000, null);
    expect(waiting.filter((s) => s.label !== '').map((s) => [s.shape, s.label])).toEqual([
      ['record', '10 s'],
      ['overflow', '+4'],
    ]);
    const batch = spritesAt(journeys, geometry, 100, null).find((s) => s.shape === 'batch')!;
    expect(batch).toMatchObject({ label: '10', labelAt: 'inside', tone: 'poll' });
  });

  it('keeps a picked token’s own countdown, and alternates countdown lines under the row', () => {
    const { journeys, geometry } = setUp('async-retries');
    const sprites = spritesAt(journeys, geometry, 30_000, 1);
    expect(sprites.map((s) => [s.msg, s.number, s.label, s.labelAt, s.selected])).toEqual([
      [0, '1', '32 s', 'below', false],
      [1, '2', '36 s', 'below2', true],
    ]);
    // Side by side in the row, a pitch apart: two countdowns on two lines never meet.
    expect(sprites[1]!.x - sprites[0]!.x).toBe(38);
    expect(sprites[1]!.y).toBe(sprites[0]!.y);
  });

  it('numbers every token as the log does, and none on "+N"', () => {
    const { journeys, geometry } = setUp('sqs-redrive');
    const sprites = spritesAt(journeys, geometry, 20_000, null);
    expect(sprites.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '']);
  });

  it('finds the token under a pointer, with a little slack, and nothing elsewhere', () => {
    const { journeys, geometry, boxes } = setUp('async-retries');
    const sprites = spritesAt(journeys, geometry, 30_000, null);
    const first = sprites[0]!;
    expect(tokenUnder(sprites, first.x - 10, first.y + 3)).toBe(0);
    const queue = boxes.get('async-queue')!;
    expect(tokenUnder(sprites, queue.x + queue.width / 2, queue.y + 10)).toBe(-1);
  });
});
