import { describe, expect, it } from 'vitest';
import { parseScenario, presetById, presets } from '../../src/scenario';
import { diagramOf, legibleZoom, type Diagram } from '../../src/view';
import { labelBox, labelledEdges } from '../../src/view/edge-labels';
import { restPoint, type TokenGeometry } from '../../src/view/token-geometry';
import { MAX_RESTING } from '../../src/view/tokens';

/** A waiting token's half size, in flow units (the largest single token: see token-sprites). */
const HALF = 16;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every waiting token that lands on a box or on an arrow's label, as "box slot: what". */
function clashes(d: Diagram): string[] {
  const g = geometry(d);
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const kept = labelledEdges(d.nodes, d.edges, d.orientation);
  const labels = d.edges
    .filter((e) => kept.has(e.id))
    .map((e) => ({
      what: `label "${e.label}"`,
      box: labelBox(
        e.label,
        byId.get(e.source)!,
        byId.get(e.target)!,
        e.wrap === true ? 'vertical' : d.orientation,
      ),
    }));
  const boxes = d.nodes.map((n) => ({ what: n.id, box: { x: n.x, y: n.y, ...n.size! } }));
  const out: string[] = [];
  for (const n of d.nodes)
    for (let slot = 0; slot < MAX_RESTING; slot++) {
      const p = restPoint(g, n.id, slot)!;
      const token = { x: p.x - HALF, y: p.y - HALF, width: 2 * HALF, height: 2 * HALF };
      for (const o of [...labels, ...boxes])
        if (meets(token, o.box)) out.push(`${n.id} ${slot}: ${o.what}`);
    }
  return out;
}

function geometry(d: Diagram): TokenGeometry {
  return {
    orientation: d.orientation,
    boxes: new Map(d.nodes.map((n) => [n.id, { x: n.x, y: n.y, ...n.size! }])),
    edges: d.edges,
    labelled: labelledEdges(d.nodes, d.edges, d.orientation),
  };
}

function scenario(id: string) {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(id);
  return parsed.scenario;
}

describe('tokens waiting at a box sit clear of arrows’ labels and of boxes', () => {
  it('top to bottom, the row under a box leaves the arrow from its foot clear', () => {
    const d = diagramOf(scenario('async-retries'), 'vertical');
    const g = geometry(d);
    const q = d.nodes.find((n) => n.id === 'async-queue')!;
    // A 340-wide row: two tokens left of the arrow (at 20 and 58), the rest right of it.
    expect([0, 1, 2, 3].map((slot) => restPoint(g, 'async-queue', slot)!.x - q.x)).toEqual([
      20, 58, 250, 288,
    ]);
    expect(clashes(d)).toEqual([]);
  });

  it('in every preset, top to bottom and wrapped left to right at 1440×900', () => {
    const desk = { width: 1406, height: 588, zoom: legibleZoom('desk') };
    const out: string[] = [];
    for (const p of presets) {
      const s = scenario(p.id);
      for (const d of [diagramOf(s, 'vertical'), diagramOf(s, 'horizontal', undefined, desk)])
        out.push(...clashes(d).map((c) => `${p.id} ${d.orientation} ${c}`));
    }
    expect(out).toEqual([]);
  });
});
