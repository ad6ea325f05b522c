import type { DiagramEdge, DiagramNode } from './diagram-parts';
import type { Orientation } from './diagram-layout';

/**
 * Which edges carry their label. Several arrows with the same word into one box (three producers'
 * "SendMessage" into a queue) or out of one box say it once: on the arrow that runs straightest,
 * the others stay bare. Fewer labels, and no two of them piled on the same spot.
 */
export function labelledEdges(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  o: Orientation,
): ReadonlySet<string> {
  const centre = new Map(
    nodes.map((n) => {
      const w = n.size?.width ?? 0;
      const h = n.size?.height ?? 0;
      return [n.id, o === 'horizontal' ? n.y + h / 2 : n.x + w / 2] as const;
    }),
  );
  // How far an arrow strays across the axis: the straighter, the better its label reads.
  const skew = (e: DiagramEdge) =>
    Math.abs((centre.get(e.source) ?? 0) - (centre.get(e.target) ?? 0));
  const best = new Map<string, DiagramEdge>();
  const consider = (key: string, e: DiagramEdge) => {
    const held = best.get(key);
    if (held === undefined || skew(e) < skew(held)) best.set(key, e);
  };
  for (const e of edges) {
    if (e.label === '') continue;
    consider(`in:${e.target}:${e.label}`, e);
    consider(`out:${e.source}:${e.label}`, e);
  }
  // An edge keeps its label when it is the straightest both among its target's and its source's,
  // and the label, drawn at the middle of its arrow, lands clear of every box and of the labels
  // kept before it (straightest first).
  const candidates = edges
    .filter(
      (e) =>
        e.label !== '' &&
        best.get(`in:${e.target}:${e.label}`) === e &&
        best.get(`out:${e.source}:${e.label}`) === e,
    )
    .sort((a, b) => skew(a) - skew(b));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = nodes.map(boxOf);
  const kept: Rect[] = [];
  const out = new Set<string>();
  for (const e of candidates) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s === undefined || t === undefined) continue;
    const label = labelBox(e.label, s, t, e.wrap === true ? 'vertical' : o);
    if (boxes.some((b) => meets(b, label)) || kept.some((k) => meets(k, label))) continue;
    kept.push(label);
    out.add(e.id);
  }
  return out;
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An edge label's size in flow units: 12 px text with its padded background. */
const LABEL_CHAR = 7.6;
const LABEL_PAD = 12;
const LABEL_HEIGHT = 22;

function boxOf(n: DiagramNode): Rect {
  return { x: n.x, y: n.y, width: n.size?.width ?? 0, height: n.size?.height ?? 0 };
}

/**
 * Where React Flow draws a label: the middle of the curve from the source's handle (right, or
 * bottom) to the target's (left, or top), which for its symmetric curves is halfway between them.
 * An arrow wrapping onto the next row of a left→right chain runs bottom → top: `o` is vertical.
 */
export function labelBox(label: string, s: DiagramNode, t: DiagramNode, o: Orientation): Rect {
  return labelRect(label, boxOf(s), boxOf(t), o);
}

/** The same, between two boxes wherever they are drawn (a dragged box included). */
export function labelRect(label: string, a: Rect, b: Rect, o: Orientation): Rect {
  const from =
    o === 'horizontal'
      ? { x: a.x + a.width, y: a.y + a.height / 2 }
      : { x: a.x + a.width / 2, y: a.y + a.height };
  const to =
    o === 'horizontal' ? { x: b.x, y: b.y + b.height / 2 } : { x: b.x + b.width / 2, y: b.y };
  const width = label.length * LABEL_CHAR + LABEL_PAD;
  return {
    x: (from.x + to.x) / 2 - width / 2,
    y: (from.y + to.y) / 2 - LABEL_HEIGHT / 2,
    width,
    height: LABEL_HEIGHT,
  };
}

function meets(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
