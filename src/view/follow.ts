import type { Journeys } from './journeys';
import { FIT_PADDING, type Box } from './legibility';
import { REST_DROP } from './token-geometry';
import { tokensAt } from './tokens';

/** Under each box, the row of tokens waiting there and their countdowns, in flow units. */
const ROW_BELOW = REST_DROP + 46;

/**
 * Where the view looks when the diagram is larger than its area at a readable size: at the boxes
 * where tokens are moving at t, or about to. A pure function of the journeys, the boxes and t,
 * so pausing, stepping or opening a link at a moment shows the same view as playing there.
 */

/** A lesson step's boxes (the event it asks about), wanted first at the step's moment t. */
export interface LessonFocus {
  readonly t: number;
  readonly ids: readonly string[];
  /** The step named its boxes (a question's subject): frame just those, most wanted first. */
  readonly only?: boolean;
}

/** One hop of one token, from box to box, over [s, e). */
interface Hop {
  readonly s: number;
  readonly e: number;
  readonly from: string;
  readonly to: string;
}

/** Every hop of a run, sorted by start, for finding those around t by binary search. */
export interface HopIndex {
  readonly hops: readonly Hop[];
  readonly starts: Float64Array;
  /** The longest hop: a hop in flight at t started after t minus this. */
  readonly longest: number;
  readonly journeys: Journeys;
}

export function hopIndex(journeys: Journeys): HopIndex {
  const hops: Hop[] = [];
  for (const j of journeys.list)
    for (const seg of j.segments)
      if (seg.from !== seg.to) hops.push({ s: seg.s, e: seg.e, from: seg.from, to: seg.to });
  hops.sort((a, b) => a.s - b.s || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return {
    hops,
    starts: Float64Array.from(hops, (h) => h.s),
    longest: hops.reduce((m, h) => Math.max(m, h.e - h.s), 0),
    journeys,
  };
}

/**
 * The boxes to keep in view at t, most wanted first: hops starting within `ahead` ms (so the view
 * is there when the token sets off), then those in flight, latest first; with none, the boxes
 * where tokens wait (a retry's countdown, a queue's messages), then the last hop before t. At
 * 0:00, and before any hop, `start`: the function and its nearest sources, what the scenario is
 * about.
 */
export function focusIds(
  index: HopIndex,
  t: number,
  ahead: number,
  start: readonly string[],
): string[] {
  const { hops, starts } = index;
  if (t <= 0) return [...start];
  const ids: string[] = [];
  const add = (h: Hop) => ids.push(h.to, h.from);
  const upTo = upperBound(starts, t);
  // Upcoming, soonest first.
  for (let i = upTo; i < hops.length && hops[i]!.s <= t + ahead; i++) add(hops[i]!);
  // In flight, latest first.
  for (let i = upTo - 1; i >= 0 && hops[i]!.s > t - index.longest - 1; i--)
    if (hops[i]!.e > t) add(hops[i]!);
  if (ids.length === 0 && upTo > 0) {
    for (const token of tokensAt(index.journeys, t).tokens) ids.push(token.from);
    add(hops[upTo - 1]!);
  }
  if (ids.length === 0) ids.push(...start);
  return [...new Set(ids)];
}

/**
 * The area to keep in view around the wanted boxes and the rows of tokens waiting under them.
 * All of them when they fit in `room` (flow units). When they do not (a fan-out across many
 * lanes), a frame the size of the room centred on all of them, moved only as far as it takes to
 * show the most wanted box whole: as tokens set off one after another to different lanes, the
 * frame holds still instead of jumping from lane to lane.
 */
export function focusBox(
  ids: readonly string[],
  boxes: ReadonlyMap<string, Box>,
  room: { readonly width: number; readonly height: number },
): Box | null {
  let all: Box | null = null;
  let first: Box | null = null;
  for (const id of ids) {
    const drawn = boxes.get(id);
    if (drawn === undefined) continue;
    const b = { ...drawn, height: drawn.height + ROW_BELOW };
    first ??= b;
    all = all === null ? b : union(all, b);
  }
  if (all === null || first === null) return null;
  const [x, width] = frame(all.x, all.width, first.x, first.width, room.width);
  const [y, height] = frame(all.y, all.height, first.y, first.height, room.height);
  return { x, y, width, height };
}

/**
 * Along one axis: everything wanted when it fits; else a window of `room` centred on it, slid
 * to take in the first box (its start, when the box is larger than the room).
 */
function frame(
  a0: number,
  aSize: number,
  f0: number,
  fSize: number,
  room: number,
): [number, number] {
  if (aSize <= room) return [a0, aSize];
  if (fSize >= room) return [f0, fSize];
  const centred = a0 + (aSize - room) / 2;
  return [Math.min(f0, Math.max(f0 + fSize - room, centred)), room];
}

/** How far inside the area, in flow units, a focus larger than the area starts. */
const INSET = 8;

/**
 * The view at `zoom` (px per flow unit) that centres `focus` in an area of `area` px, without
 * showing past the diagram's padded edges; an axis on which the whole diagram fits is centred.
 */
export function followViewport(
  focus: Box,
  bounds: Box,
  area: { readonly width: number; readonly height: number },
  zoom: number,
): { x: number; y: number; zoom: number } {
  const place = (f0: number, fSize: number, b0: number, bSize: number, room: number) => {
    const pad = FIT_PADDING * bSize;
    const lo = b0 - pad;
    const size = bSize + 2 * pad;
    if (size * zoom <= room) return (room - size * zoom) / 2 - lo * zoom;
    // Centred; one larger than the area shows its start (a box's title), a little inside.
    const wanted = fSize * zoom <= room ? room / 2 - (f0 + fSize / 2) * zoom : -(f0 - INSET) * zoom;
    return Math.min(-lo * zoom, Math.max(room - (lo + size) * zoom, wanted));
  };
  return {
    x: place(focus.x, focus.width, bounds.x, bounds.width, area.width),
    y: place(focus.y, focus.height, bounds.y, bounds.height, area.height),
    zoom,
  };
}

/**
 * The function and the boxes whose arrows lead into it: what a scenario is about, shown first.
 */
export function startIds(
  nodes: readonly { readonly id: string; readonly kind: string }[],
  edges: readonly { readonly source: string; readonly target: string }[],
): string[] {
  const fn = nodes.find((n) => n.kind === 'function');
  if (fn === undefined) return nodes.slice(0, 1).map((n) => n.id);
  return [fn.id, ...edges.filter((e) => e.target === fn.id).map((e) => e.source)];
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function upperBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
