import { describe, expect, it } from 'vitest';
import { parseScenario, presetById, presets, type Scenario } from '../../src/scenario';
import { diagramOf, FIT_PADDING, legibleZoom, type Diagram } from '../../src/view';
import { edgePoint, type TokenGeometry } from '../../src/view/token-geometry';

function scenario(id: string): Scenario {
  const parsed = parseScenario(presetById(id)?.scenario ?? presets[0]!.scenario);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.scenario;
}

/** The diagram area at 1440×900 with the drawers closed, and the desk's readable zoom (14 px). */
const DESK = { width: 1406, height: 588, zoom: legibleZoom('desk') };

/** Drawn at the floor zoom with its margin, the diagram is inside the area. */
function fits(d: Diagram, area: typeof DESK): boolean {
  const pad = 1 + 2 * FIT_PADDING;
  return d.width * pad * area.zoom <= area.width && d.height * pad * area.zoom <= area.height;
}

function overlaps(d: Diagram): string[] {
  const out: string[] = [];
  d.nodes.forEach((a, i) => {
    for (const b of d.nodes.slice(i + 1))
      if (
        a.x < b.x + b.size!.width &&
        b.x < a.x + a.size!.width &&
        a.y < b.y + b.size!.height &&
        b.y < a.y + a.size!.height
      )
        out.push(`${a.id} over ${b.id}`);
  });
  return out;
}

describe('a chain too long for its area wraps onto rows', () => {
  it('async retries at 1440×900: two rows, the arrow into the async queue runs down', () => {
    const d = diagramOf(scenario('async-retries'), 'horizontal', undefined, DESK);
    expect(d.nodes.map((n) => [n.id, n.x, n.y])).toEqual([
      ['workload:uploads', 0, 0],
      ['lambda', 322, 0],
      ['async-queue', 0, 265],
      ['function', 292, 222],
      ['dlq:sqs:resize-dlq', 708, 265],
    ]);
    // The gap after the function holds only "on failure"; the one after Lambda its "202" and
    // the longest word an arrow into Lambda carries.
    expect([d.width, d.height]).toEqual([914, 450]);
    expect(d.edges.filter((e) => e.wrap === true).map((e) => e.id)).toEqual([
      'lambda->async-queue',
    ]);
    expect(fits(d, DESK)).toBe(true);
    expect(overlaps(d)).toEqual([]);
  });

  it('a token rides the wrapping arrow from the foot of one box to the head of the next', () => {
    const d = diagramOf(scenario('async-retries'), 'horizontal', undefined, DESK);
    const g: TokenGeometry = {
      orientation: 'horizontal',
      boxes: new Map(d.nodes.map((n) => [n.id, { x: n.x, y: n.y, ...n.size! }])),
      edges: d.edges,
    };
    expect(edgePoint(g, 'lambda', 'async-queue', 0, true)).toEqual({ x: 425, y: 142 });
    expect(edgePoint(g, 'lambda', 'async-queue', 1, true)).toEqual({ x: 103, y: 265 });
    expect(edgePoint(g, 'lambda', 'async-queue', 0.5, true)).toEqual({ x: 264, y: 203.5 });
  });

  it('stays one row without an area, or where one row already fits', () => {
    const s = scenario('async-retries');
    const alone = diagramOf(s, 'horizontal');
    expect(new Set(alone.nodes.map((n) => n.y)).size).toBe(2);
    expect(alone.width).toBe(1514);
    expect(alone.edges.some((e) => e.wrap === true)).toBe(false);
    const wide = diagramOf(s, 'horizontal', undefined, { width: 2600, height: 600, zoom: 7 / 6 });
    expect(wide.nodes).toEqual(alone.nodes);
  });

  it('stays one row (and the view follows the action) where no split fits', () => {
    const s = scenario('sqs-fifo-transient');
    const d = diagramOf(s, 'horizontal', undefined, DESK);
    expect(d.nodes).toEqual(diagramOf(s, 'horizontal').nodes);
    expect(d.edges.some((e) => e.wrap === true)).toBe(false);
  });

  it('top to bottom never wraps', () => {
    const s = scenario('async-retries');
    const d = diagramOf(s, 'vertical', undefined, { width: 390, height: 300, zoom: 0.75 });
    expect(d.nodes).toEqual(diagramOf(s, 'vertical').nodes);
  });

  it('every preset at 1440×900: no box over another; 8 of 27 fit whole at 14 px', () => {
    const fitting: string[] = [];
    for (const p of presets) {
      const d = diagramOf(scenario(p.id), 'horizontal', undefined, DESK);
      expect(overlaps(d), p.id).toEqual([]);
      if (fits(d, DESK)) fitting.push(p.id);
    }
    expect(fitting).toEqual([
      'api-gateway-throttle',
      'async-retries',
      'cold-warm-provisioned',
      'provisioned-spillover',
      'sync-throttle',
      'alias-canary',
      'version-rollback',
      'eventbridge-target-dlq',
    ]);
  });
});
