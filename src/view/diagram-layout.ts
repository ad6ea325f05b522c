import type { DiagramEdge, DiagramNode } from './diagram-parts';
import { FIT_PADDING } from './legibility';

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

/** A card's width in flow units (its text is set for it: see view/legibility). */
const CARD_WIDTH = 206;

/** Top→bottom, a stage wider than this wraps onto more rows (a phone fits two cards). */
const CARDS_PER_ROW = 2;

/**
 * Node boxes in flow units. All nodes of a diagram share one size, so arrows run straight; left→
 * right boxes grow with the longest list of lines, and by a little when some box shows several
 * live figures or a problem (they take two lines). Top→bottom boxes are wide and flat: a phone is
 * narrow, and height is what it scrolls.
 */
export function nodeSize(box: BoxStyle, maxLines: number, tallLive = false, bars = 0): Size {
  return box === 'card'
    ? { width: CARD_WIDTH, height: 104 + 19 * Math.max(1, maxLines) + (tallLive ? 16 : 0) }
    : { width: 340, height: (maxLines > 1 || tallLive ? 92 : 76) + SHARD_BAR * bars };
}

/** A shard bar's height in a flat row (a card counts each bar as a line). */
const SHARD_BAR = 16;
/**
 * Room between boxes, in flow units. Across lanes (and along a top→bottom column) it holds a row
 * of waiting tokens under a box with their countdowns (see view/token-geometry).
 */
const GAP = { horizontal: { along: 72, across: 76 }, vertical: { along: 76, across: 16 } };

/** An edge label's character width and the room around it, in flow units (labels are 12 px). */
const LABEL_CHAR = 7.6;
const LABEL_ROOM = 40;

/** Arrows that invoke Lambda, and the longest word one carries, healthy or refused. */
const CALLS: ReadonlySet<DiagramEdge['model']> = new Set(['sync', 'async', 'dryrun', 'broken']);
const CALL_WORD = 'sync batch'.length;

/**
 * The gaps between stages along the axis, one after each stage. Left→right, an edge's label sits
 * on its arrow between two boxes, so each gap is wide enough for the longest label of the arrows
 * that run through it ("undeliverable") to sit clear of both boxes; a gap no labelled arrow needs
 * stays narrow. Top→bottom a label lies across the arrow and only needs its own height.
 */
export function alongGaps(
  stageOf: ReadonlyMap<string, number>,
  stages: number,
  edges: readonly DiagramEdge[],
  o: Orientation,
): number[] {
  const gaps = new Array<number>(Math.max(0, stages - 1)).fill(GAP[o].along);
  if (o === 'vertical') return gaps;
  for (const e of edges) {
    const a = stageOf.get(e.source);
    const b = stageOf.get(e.target);
    if (a === undefined || b === undefined || e.label === '') continue;
    // An arrow that calls Lambda says how ("sync", "sync batch") or, drawn with its run, that it
    // was refused: its gap holds the longest of those words, so a diagram drawn with its run has
    // the same geometry as one drawn without it.
    const calls = CALLS.has(e.model) && (e.target === 'lambda' || e.target === 'function');
    const chars = calls ? Math.max(e.label.length, CALL_WORD) : e.label.length;
    const room = Math.ceil(chars * LABEL_CHAR + LABEL_ROOM);
    for (let i = Math.min(a, b); i < Math.max(a, b); i++) gaps[i] = Math.max(gaps[i]!, room);
  }
  return gaps;
}

/** Shard bars a stream box draws before it counts the rest in a line. */
export const MAX_SHARD_BARS = 4;

/**
 * The function's box: wider, and tall enough for its settings, versions and aliases, and its
 * execution environments (a line of counts and two rows of slots). Its size comes from the
 * scenario alone, so it never changes while the run plays.
 */
export function functionSize(box: BoxStyle, o: Orientation, lines: number): Size {
  const width =
    o === 'horizontal' ? 300 : box === 'row' ? 340 : 2 * CARD_WIDTH + GAP.vertical.across;
  return { width, height: 190 + 19 * Math.max(1, lines) };
}

/**
 * The lines a card needs: its settings, plus a row of pills and a bar per shard where it has
 * them. A flat row shows its pills inline and its bars under the row (`barsOf`).
 */
export function linesOf(n: DiagramNode, box: BoxStyle = 'card'): number {
  const badges = box === 'card' && n.badges !== undefined && n.badges.length > 0 ? 1 : 0;
  return n.lines.length + (n.routing?.length ?? 0) + badges + (box === 'card' ? barsOf(n) : 0);
}

/** Bars a stream box draws: one per shard, and a line counting the rest past a few. */
export function barsOf(n: DiagramNode): number {
  const shards = n.shards ?? 0;
  return shards > MAX_SHARD_BARS ? MAX_SHARD_BARS + 1 : shards;
}

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
  /** Edges from one row of a wrapped chain to a later row, by id. */
  readonly wraps: ReadonlySet<string>;
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
 * The area the diagram is shown in, in px, and the smallest zoom its text may be drawn at there
 * (see view/legibility): a left→right chain too long for it wraps onto rows.
 */
export interface FitArea {
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
}

/**
 * Room between two rows of a wrapped chain, in flow units: the waiting tokens under the upper
 * row's boxes with their countdowns, and the label of the arrow that runs down to the next row.
 */
export const ROW_GAP = 80;

/** A wrapped chain has at most this many rows: more would read as a grid, not a flow. */
const MAX_ROWS = 3;

/**
 * Stages one after another along the main axis, the nodes of a stage side by side across it,
 * centred on the widest stage. A stage that some arrow jumps over (Lambda → function past the async
 * queue when callers use both, a plain caller → Lambda past a queue and its mapping) is moved off
 * the axis, so the arrow never runs through a box. Left→right, given the area it is shown in, a
 * chain that would not fit there at a readable size wraps onto rows like lines of text: the
 * fewest rows that fit (of those, the split drawn largest). Where no split fits, it stays one row.
 */
export function layOut(
  stages: readonly DiagramNode[][],
  edges: readonly DiagramEdge[],
  o: Orientation,
  area?: FitArea,
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
  const along = alongGaps(stageOf, present.length, edges, o);
  const rowsOf = (from: number, to: number) => {
    const rows: Row[] = [];
    for (let i = from; i < to; i++) {
      const st = present[i]!;
      const parts = o === 'vertical' && box === 'card' ? chunk(st, CARDS_PER_ROW) : [st];
      parts.forEach((nodes, k) =>
        rows.push({
          nodes,
          offAxis: crossed.has(i),
          // After a stage's last row, the gap its arrows need; between a stage's own rows, the
          // plain one.
          gap: k + 1 < parts.length ? GAP[o].along : (along[i] ?? GAP[o].along),
        }),
      );
    }
    return rows;
  };
  // The function has a size of its own; every other box shares one, so lanes line up.
  const all = present.flat().filter((n) => n.kind !== 'function');
  const size = nodeSize(
    box,
    Math.max(0, ...all.map((n) => linesOf(n, box))),
    all.some(tallLive),
    box === 'row' ? Math.max(0, ...all.map(barsOf)) : 0,
  );
  const sizeOf = (n: DiagramNode): Size =>
    n.kind === 'function' ? functionSize(box, o, linesOf(n)) : size;
  interface Laid {
    readonly nodes: DiagramNode[];
    /** Each box's row: 0 unless the chain wraps. */
    readonly rowOf: Map<string, number>;
  }
  const lay = (breaks: readonly number[]): Laid => {
    // Each row of stages is laid out on its own, left-aligned under the one before.
    const bounds = [0, ...breaks, present.length];
    let top = 0;
    const nodes: DiagramNode[] = [];
    const rowOf = new Map<string, number>();
    for (let r = 0; r + 1 < bounds.length; r++) {
      const row = place(rowsOf(bounds[r]!, bounds[r + 1]!), o, size, sizeOf);
      for (const n of row) {
        nodes.push(top === 0 ? n : { ...n, y: n.y + top });
        rowOf.set(n.id, r);
      }
      top += Math.max(...row.map((n) => n.y + n.size!.height)) + ROW_GAP;
    }
    return { nodes, rowOf };
  };
  const single = lay([]);
  const { nodes, rowOf } =
    o === 'horizontal' && area !== undefined && present.length > 2 ? wrapped(single) : single;
  // Arrows from a row to a later one run down between the rows (see view/token-geometry).
  const wraps = new Set(
    edges.filter((e) => (rowOf.get(e.target) ?? 0) > (rowOf.get(e.source) ?? 0)).map((e) => e.id),
  );
  const width = Math.max(...nodes.map((n) => n.x + n.size!.width));
  const height = Math.max(...nodes.map((n) => n.y + n.size!.height));
  return { box, node: size, width, height, nodes, wraps };

  function wrapped(first: Laid): Laid {
    const zoomOf = ({ nodes: ns }: Laid) => {
      const w = Math.max(...ns.map((n) => n.x + n.size!.width)) * (1 + 2 * FIT_PADDING);
      const h = Math.max(...ns.map((n) => n.y + n.size!.height)) * (1 + 2 * FIT_PADDING);
      return Math.min(area!.width / w, area!.height / h);
    };
    if (zoomOf(first) >= area!.zoom) return first;
    for (let rows = 2; rows <= Math.min(MAX_ROWS, present.length); rows++) {
      let fits: { laid: Laid; zoom: number } | null = null;
      for (const breaks of splits(present.length, rows)) {
        const laid = lay(breaks);
        const zoom = zoomOf(laid);
        if (zoom >= area!.zoom && (fits === null || zoom > fits.zoom)) fits = { laid, zoom };
      }
      if (fits !== null) return fits.laid;
    }
    // No split fits either: one row, whose view follows the action, reads better than rows
    // the view must pan across.
    return first;
  }
}

/** Every way to cut `n` stages into `rows` non-empty runs, as the indices where rows begin. */
function splits(n: number, rows: number): number[][] {
  if (rows === 1) return [[]];
  const out: number[][] = [];
  for (let first = 1; first <= n - rows + 1; first++)
    for (const rest of splits(n - first, rows - 1))
      out.push([first, ...rest.map((b) => b + first)]);
  return out;
}

/** A row of boxes across the axis, and the gap after it along the axis. */
interface Row {
  readonly nodes: DiagramNode[];
  readonly offAxis: boolean;
  readonly gap: number;
}

function place(
  rows: readonly Row[],
  o: Orientation,
  size: Size,
  sizeOf: (n: DiagramNode) => Size,
): DiagramNode[] {
  const horizontal = o === 'horizontal';
  const alongOf = (s: Size) => (horizontal ? s.width : s.height);
  const acrossOf = (s: Size) => (horizontal ? s.height : s.width);
  const across = acrossOf(size) + GAP[o].across;
  const widest = Math.max(...rows.map((r) => r.nodes.length));
  const axis = ((widest - 1) * across) / 2;
  // Each row takes the room of its largest box along the axis; boxes are centred on their row
  // and on their lane, so an arrow from centre to centre stays straight.
  let start = 0;
  const placed = rows.flatMap((row) => {
    // Left→right, a sink that shares its stage with the boxes on the path (a queue's DLQ beside
    // its mapping, a stream's on-failure destination beside Lambda) goes after them, so the path
    // stays on the axis. Top→bottom there is no room for that: the stage is simply centred.
    const sinksAfter = horizontal && row.nodes.some((n) => n.kind !== 'sink');
    const main = sinksAfter ? row.nodes.filter((n) => n.kind !== 'sink') : row.nodes;
    const ordered = sinksAfter ? [...main, ...row.nodes.filter((n) => n.kind === 'sink')] : main;
    const first = row.offAxis
      ? axis + OFF_AXIS[o] * across
      : axis - ((main.length - 1) * across) / 2;
    const depth = Math.max(...row.nodes.map((n) => alongOf(sizeOf(n))));
    const out = ordered.map((n, j) => {
      const s = sizeOf(n);
      const a = start + (depth - alongOf(s)) / 2;
      const c = first + j * across + (acrossOf(size) - acrossOf(s)) / 2;
      return { ...n, x: horizontal ? a : c, y: horizontal ? c : a, size: s };
    });
    start += depth + row.gap;
    return out;
  });
  // A box larger than its neighbours may reach past the first lane: shift everything back in.
  const minX = Math.min(...placed.map((n) => n.x));
  const minY = Math.min(...placed.map((n) => n.y));
  return minX === 0 && minY === 0
    ? placed
    : placed.map((n) => ({ ...n, x: n.x - minX, y: n.y - minY }));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
