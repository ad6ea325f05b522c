import { describe, expect, it } from 'vitest';
import { diagramOf, labelledEdges } from '../../src/view';
import type { DiagramEdge, DiagramNode } from '../../src/view';
import { parseScenario, presetById } from '../../src/scenario';

const box = (id: string, x: number, y: number): DiagramNode =>
  ({ id, x, y, size: { width: 200, height: 100 } }) as unknown as DiagramNode;
const edge = (source: string, target: string, label: string): DiagramEdge =>
  ({ id: `${source}->${target}`, source, target, label, model: 'send' }) as DiagramEdge;

describe('labelledEdges', () => {
  it('says a word once for arrows fanning into one box, on the straightest arrow', () => {
    const nodes = [box('a', 0, 0), box('b', 0, 130), box('c', 0, 260), box('q', 400, 130)];
    const edges = [
      edge('a', 'q', 'SendMessage'),
      edge('b', 'q', 'SendMessage'),
      edge('c', 'q', 'SendMessage'),
    ];
    expect([...labelledEdges(nodes, edges, 'horizontal')]).toEqual(['b->q']);
  });

  it('drops a label that would sit on a box between its ends', () => {
    // a → c jumps over b, whose box lies on the arrow's middle.
    const nodes = [box('a', 0, 0), box('b', 300, 0), box('c', 600, 0)];
    const edges = [edge('a', 'c', 'async'), edge('a', 'b', 'send')];
    expect([...labelledEdges(nodes, edges, 'horizontal')]).toEqual(['a->b']);
  });

  it('keeps every label of a simple chain', () => {
    const parsed = parseScenario(presetById('async-retries')!.scenario);
    if (!parsed.ok) throw new Error('invalid preset');
    const d = diagramOf(parsed.scenario, 'horizontal');
    expect(labelledEdges(d.nodes, d.edges, 'horizontal').size).toBe(
      d.edges.filter((e) => e.label !== '').length,
    );
  });
});
