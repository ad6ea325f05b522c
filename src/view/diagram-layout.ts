import type { DiagramEdge, DiagramNode } from './diagram-parts';

/** Left→right on wide screens; top→bottom on phones, where a long row would be unreadable. */
export type Orientation = 'horizontal' | 'vertical';
/**
 * How boxes are drawn: "card" (stacked: names, settings, live figure) or "row" (one flat line,
 * for a top→bottom diagram whose stages are single boxes).
 */
export type BoxStyle = 'card' | 'row';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Top→bottom, a stage wider than this wraps onto more rows (a phone fits two cards). */
const CARDS_PER_ROW = 2;

/**
 * Node boxes in flow units. All nodes of a diagram share one size, so arrows run straight; left→
 * right boxes grow with the longest list of lines, and by a little when some box shows several
 * live figures or a problem (they take two lines). Top→bottom boxes are wide and flat: a phone is
 * narrow, and height is what it scrolls.
 */
export function nodeSize(box: BoxStyle, maxLines: number, tallLive = false): Size {
  return box === 'card'
    ? { width: 206, height: 96 + 18 * Math.max(1, maxLines) + (tallLive ? 14 : 0) }
    : { width: 340, height: maxLines > 1 || tallLive ? 92 : 76 };
}
const GAP = { horizontal: { along: 88, across: 28 }, vertical: { along: 42, across: 16 } };
/**
 * How far a stage that an arrow passes over is moved off the main axis, in node pitches: enough
 * that the arrow runs clear of its boxes (less top→bottom, where width is scarce).
 */
const OFF_AXIS = { horizontal: 0.75, vertical: 0.6 };

export interface Layout {
  readonly box: BoxStyle;
  readonly node: Size;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
}

/**
 * Boxes that need a little more height in a card: several live figures side by side, or a
 * mapping, whose long name takes two lines (and whose refusal, when the run shows one, is drawn
 * in two lines too). Read from the scenario alone, so a diagram drawn with its run has the same
 * geometry as one drawn without it.
 */
function tallLive(n: DiagramNode): boolean {
  if (n.kind === 'mapping') return true;
  const l = n.live;
  switch (l?.kind) {
    case 'depth':
    case 'pollers':
    case 'records':
      return true;
    case 'batches':
      return l.consumersOf !== null;
    default:
      return false;
  }
}

/**
 * Stages one after another along the main axis, the nodes of a stage side by side across it,
 * centred on the widest stage. A stage that some arrow jumps over (Lambda → function past the async
 * queue when callers use both, a plain caller → Lambda past a queue and its mapping) is moved off
 * the axis, so the arrow never runs through a box.
 */
export function layOut(
  stages: readonly DiagramNode[][],
  edges: readonly DiagramEdge[],
  o: Orientation,
): Layout {
  const present = stages.filter((st) => st.length > 0);
  const stageOf = new Map<string, number>();
  present.forEach((st, i) => st.forEach((n) => stageOf.set(n.id, i)));
  const crossed = new Set<number>();
  for (const e of edges) {
    const a = stageOf.get(e.source);
    const b = stageOf.get(e.target);
    if (a === undefined || b === undefined) continue;
    for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) crossed.add(i);
  }
  // Top→bottom, flat rows read best while every stage is one box on the axis; wider stages, or
  // a box moved off the axis, need cards, two to a row, or a phone would shrink them past reading.
  const box: BoxStyle =
    o === 'horizontal' || crossed.size > 0 || present.some((st) => st.length > 1) ? 'card' : 'row';
  const rows: { nodes: DiagramNode[]; offAxis: boolean }[] = [];
  present.forEach((st, i) => {
    const parts = o === 'vertical' && box === 'card' ? chunk(st, CARDS_PER_ROW) : [st];
    for (const nodes of parts) rows.push({ nodes, offAxis: crossed.has(i) });
  });
  const all = present.flat();
  const size = nodeSize(box, Math.max(...all.map((n) => n.lines.length)), all.some(tallLive));
  const nodes = place(rows, o, size);
  const width = Math.max(...nodes.map((n) => n.x)) + size.width;
  const height = Math.max(...nodes.map((n) => n.y)) + size.height;
  return { box, node: size, width, height, nodes };
}

function place(
  rows: readonly { nodes: DiagramNode[]; offAxis: boolean }[],
  o: Orientation,
  size: Size,
): DiagramNode[] {
  const horizontal = o === 'horizontal';
  const along = (horizontal ? size.width : size.height) + GAP[o].along;
  const across = (horizontal ? size.height : size.width) + GAP[o].across;
  const widest = Math.max(...rows.map((r) => r.nodes.length));
  const axis = ((widest - 1) * across) / 2;
  return rows.flatMap((row, i) => {
    // Left→right, a sink that shares its stage with the boxes on the path (a queue's DLQ beside
    // its mapping, a stream's on-failure destination beside Lambda) goes after them, so the path
    // stays on the axis. Top→bottom there is no room for that: the stage is simply centred.
    const sinksAfter = horizontal && row.nodes.some((n) => n.kind !== 'sink');
    const main = sinksAfter ? row.nodes.filter((n) => n.kind !== 'sink') : row.nodes;
    const ordered = sinksAfter ? [...main, ...row.nodes.filter((n) => n.kind === 'sink')] : main;
    const first = row.offAxis
      ? axis + OFF_AXIS[o] * across
      : axis - ((main.length - 1) * across) / 2;
    return ordered.map((n, j) => {
      const a = i * along;
      const c = first + j * across;
      return { ...n, x: horizontal ? a : c, y: horizontal ? c : a };
    });
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
