import type { Orientation } from './diagram-layout';
import { labelRect } from './edge-labels';
import type { Token } from './tokens';

/** A box on screen, in flow units: where the renderer put it (dragged boxes included). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Where tokens go on the diagram: along the arrows React Flow draws (the same Bézier curves, so a
 * token rides its arrow exactly), through several arrows when a hop spans them, or in a row
 * beside a box while it waits there.
 */
export interface TokenGeometry {
  readonly orientation: Orientation;
  readonly boxes: ReadonlyMap<string, Box>;
  /** The arrows, as drawn: source → target. */
  readonly edges: readonly {
    readonly source: string;
    readonly target: string;
    /** From one row of a wrapped chain down to the next: bottom → top. */
    readonly wrap?: boolean;
    readonly id?: string;
    readonly label?: string;
  }[];
  /** The edges whose label is drawn (see view/edge-labels): waiting tokens keep off them. */
  readonly labelled?: ReadonlySet<string>;
}

/** Room per waiting token in its row, in flow units: a numbered token and a gap. */
export const REST_PITCH = 38;

/**
 * How far under its box a waiting row's centre sits: clear of the box for the largest token,
 * with its countdowns on two lines below it (see the layout's gap between lanes).
 */
export const REST_DROP = 24;

interface Leg {
  readonly source: string;
  readonly target: string;
  /** True when the token runs this arrow backwards (a retry returning to its queue). */
  readonly reversed: boolean;
  /** The arrow wraps down to the next row (see TokenGeometry.edges). */
  readonly wrap?: true;
}

const routes = new WeakMap<TokenGeometry, Map<string, readonly Leg[] | null>>();

/** A token's position at this moment. */
export function tokenPoint(g: TokenGeometry, token: Token): Point | null {
  if (token.slot >= 0) return restPoint(g, token.from, token.slot);
  const legs = route(g, token.from, token.to);
  if (legs === null) {
    // Boxes no arrow joins: straight across, centre to centre.
    const a = g.boxes.get(token.from);
    const b = g.boxes.get(token.to);
    if (a === undefined || b === undefined) return null;
    return lerp(centre(a), centre(b), token.progress);
  }
  const scaled = Math.min(0.999999, Math.max(0, token.progress)) * legs.length;
  const index = Math.floor(scaled);
  const leg = legs[index]!;
  const along = scaled - index;
  return edgePoint(g, leg.source, leg.target, leg.reversed ? 1 - along : along, leg.wrap === true);
}

/** Top to bottom, waiting tokens beside a box sit in a grid this many wide. */
const SIDE_COLUMNS = 4;

/**
 * Under a box whose arrow leaves from its foot (top to bottom, or wrapping to the next row), the
 * waiting row leaves this much clear either side of the box's centre line: the arrow and its
 * label run there (the longest label, "undeliverable", is 111 units wide), with the tokens'
 * countdowns.
 */
const ARROW_CLEAR = 80;

/**
 * Where the slot-th waiting token sits. Left to right, in a row just under the box, where the
 * arrows run level beside it. Top to bottom, where arrows and their labels fill the short gaps
 * under each box, in a small grid to the right of the box when the diagram has room there, else
 * in the row under it, either side of the arrow leaving its foot.
 */
export function restPoint(g: TokenGeometry, node: string, slot: number): Point | null {
  const b = g.boxes.get(node);
  if (b === undefined) return null;
  // The slot-th place that is clear of the arrows' labels (a few more are tried, then the
  // plain place is used).
  let clear = -1;
  for (let k = 0; k <= slot + 12; k++) {
    const p = restPlace(g, b, node, k);
    if (!onLabel(g, p) && ++clear === slot) return p;
  }
  return restPlace(g, b, node, slot);
}

/** The k-th place in the row (or grid) of tokens waiting at a box. */
function restPlace(g: TokenGeometry, b: Box, node: string, k: number): Point {
  if (g.orientation === 'vertical' && roomRightOf(g, b) >= 20 + SIDE_COLUMNS * REST_PITCH) {
    return {
      x: b.x + b.width + 20 + (k % SIDE_COLUMNS) * REST_PITCH,
      y: b.y + 20 + Math.floor(k / SIDE_COLUMNS) * REST_PITCH * 1.9,
    };
  }
  const y = b.y + b.height + REST_DROP;
  if (g.orientation === 'horizontal' && !g.edges.some((e) => e.wrap === true && e.source === node))
    return { x: b.x + 20 + k * REST_PITCH, y };
  // The first tokens left of the arrow leaving the box's foot, the rest right of it.
  const centre = b.x + b.width / 2;
  const left = Math.max(0, Math.floor((centre - ARROW_CLEAR - (b.x + 20)) / REST_PITCH) + 1);
  return k < left
    ? { x: b.x + 20 + k * REST_PITCH, y }
    : { x: centre + ARROW_CLEAR + (k - left) * REST_PITCH, y };
}

/** A waiting token's half size with its ring, in flow units (the largest single token). */
const TOKEN_HALF = 16;

const labelRects = new WeakMap<TokenGeometry, readonly Box[]>();

/** Whether a token at p would cover a drawn edge label. */
function onLabel(g: TokenGeometry, p: Point): boolean {
  let rects = labelRects.get(g);
  if (rects === undefined) {
    const found: Box[] = [];
    for (const e of g.edges) {
      if (e.id === undefined || e.label === undefined || g.labelled?.has(e.id) !== true) continue;
      const a = g.boxes.get(e.source);
      const b = g.boxes.get(e.target);
      if (a === undefined || b === undefined) continue;
      found.push(labelRect(e.label, a, b, e.wrap === true ? 'vertical' : g.orientation));
    }
    labelRects.set(g, (rects = found));
  }
  return rects.some(
    (r) =>
      p.x - TOKEN_HALF < r.x + r.width &&
      r.x < p.x + TOKEN_HALF &&
      p.y - TOKEN_HALF < r.y + r.height &&
      r.y < p.y + TOKEN_HALF,
  );
}

/**
 * Free width right of a box: up to the diagram's right edge (the rightmost box), or to the next
 * box beside it (two cards side by side on a phone), whichever is nearer.
 */
function roomRightOf(g: TokenGeometry, b: Box): number {
  let right = -Infinity;
  for (const o of g.boxes.values()) right = Math.max(right, o.x + o.width);
  for (const o of g.boxes.values())
    if (o.x >= b.x + b.width && o.y < b.y + b.height && b.y < o.y + o.height)
      right = Math.min(right, o.x);
  return right - (b.x + b.width);
}

/**
 * The point a fraction of the way along the arrow source → target, as React Flow draws it. An
 * arrow that wraps from one row to the next runs bottom → top, as in a top→bottom diagram.
 */
export function edgePoint(
  g: TokenGeometry,
  source: string,
  target: string,
  f: number,
  wrap = false,
): Point {
  const a = g.boxes.get(source)!;
  const b = g.boxes.get(target)!;
  const horizontal = g.orientation === 'horizontal' && !wrap;
  // Handles sit mid-edge: right → left across a row, bottom → top down a column.
  const s = horizontal
    ? { x: a.x + a.width, y: a.y + a.height / 2 }
    : { x: a.x + a.width / 2, y: a.y + a.height };
  const e = horizontal ? { x: b.x, y: b.y + b.height / 2 } : { x: b.x + b.width / 2, y: b.y };
  // React Flow's default (Bézier) edge: control points pushed out along each handle's side.
  const c1 = horizontal
    ? { x: s.x + controlOffset(e.x - s.x), y: s.y }
    : { x: s.x, y: s.y + controlOffset(e.y - s.y) };
  const c2 = horizontal
    ? { x: e.x - controlOffset(e.x - s.x), y: e.y }
    : { x: e.x, y: e.y - controlOffset(e.y - s.y) };
  return bezier(s, c1, c2, e, f);
}

/** React Flow's control offset for a Bézier edge with its default curvature (0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function bezier(p0: Point, p1: Point, p2: Point, p3: Point, f: number): Point {
  const u = 1 - f;
  const a = u * u * u;
  const b = 3 * u * u * f;
  const c = 3 * u * f * f;
  const d = f * f * f;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
}

/**
 * The fewest arrows from one box to another, either way along each (breadth-first), remembered
 * per geometry; null when no arrows join them.
 */
export function route(g: TokenGeometry, from: string, to: string): readonly Leg[] | null {
  let memo = routes.get(g);
  if (memo === undefined) routes.set(g, (memo = new Map()));
  const key = `${from}\u0000${to}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const found = search(g, from, to);
  memo.set(key, found);
  return found;
}

function search(g: TokenGeometry, from: string, to: string): readonly Leg[] | null {
  if (!g.boxes.has(from) || !g.boxes.has(to)) return null;
  const came = new Map<string, Leg | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const here = queue.shift()!;
    if (here === to) break;
    // Forward arrows first, so a hop that can ride its arrow the right way does.
    for (const reversed of [false, true])
      for (const e of g.edges) {
        const a = reversed ? e.target : e.source;
        const b = reversed ? e.source : e.target;
        if (a !== here || came.has(b) || !g.boxes.has(b)) continue;
        came.set(b, {
          source: e.source,
          target: e.target,
          reversed,
          ...(e.wrap === true ? { wrap: true as const } : {}),
        });
        queue.push(b);
      }
  }
  if (!came.has(to)) return null;
  const legs: Leg[] = [];
  for (let at = to; at !== from;) {
    const leg = came.get(at)!;
    legs.push(leg);
    at = leg.reversed ? leg.target : leg.source;
  }
  return legs.reverse();
}

function centre(b: Box): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

function lerp(a: Point, b: Point, f: number): Point {
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}
