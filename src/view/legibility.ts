/**
 * How big the diagram is drawn. Text in a box is set in flow units (CSS px at zoom 1); on screen
 * it is that size times React Flow's zoom. The fitted zoom never goes below the one that keeps
 * the smallest text at its floor for the place the diagram is shown: a diagram too large for
 * its area at that size is drawn larger than the area and pans, rather than shrinking past
 * reading.
 */

/** The smallest text in a box, in flow units: body (kickers, lines, figures) and titles. */
export const NODE_TEXT = { body: 12, title: 16 } as const;

/** Where the diagram is shown. */
export type Venue = 'desk' | 'present' | 'embed' | 'phone';

/**
 * Smallest on-screen sizes, in px: a laptop at arm's length; a projector read from the back of
 * a classroom; a small frame in another page; a phone in the hand.
 */
export const TEXT_FLOOR: Readonly<Record<Venue, { body: number; title: number }>> = {
  desk: { body: 14, title: 18 },
  present: { body: 20, title: 26 },
  embed: { body: 12, title: 14 },
  phone: { body: 9, title: 12 },
};

/** How far the fitted diagram may grow: a three-box scenario should not fill a wall. */
const MAX_ZOOM: Readonly<Record<Venue, number>> = {
  desk: 1.8,
  present: 2.6,
  embed: 1.6,
  phone: 1.4,
};

/** The margin around a fitted diagram, as a share of its size. */
export const FIT_PADDING = 0.04;

export function legibleZoom(v: Venue): number {
  const f = TEXT_FLOOR[v];
  return Math.max(f.body / NODE_TEXT.body, f.title / NODE_TEXT.title);
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  /** The diagram is larger than its area at this zoom: the view can be dragged. */
  readonly pans: boolean;
}

/**
 * The viewport that shows `bounds` (flow units) in an area of `width` × `height` px: as large as
 * fits both ways, never below the venue's legible zoom. A diagram that fits is centred; one that
 * does not starts at its first box (left or top), centred on the other axis where it fits.
 */
export function fitViewport(
  bounds: Box,
  area: { readonly width: number; readonly height: number },
  v: Venue,
): Viewport {
  const pw = bounds.width * (1 + 2 * FIT_PADDING);
  const ph = bounds.height * (1 + 2 * FIT_PADDING);
  const fit = Math.min(area.width / pw, area.height / ph, MAX_ZOOM[v]);
  const zoom = Math.max(fit, legibleZoom(v));
  const place = (start: number, size: number, room: number) => {
    const drawn = size * zoom;
    return drawn <= room
      ? (room - drawn) / 2 - start * zoom
      : FIT_PADDING * size * zoom - start * zoom;
  };
  const pans = pw * zoom > area.width + 0.5 || ph * zoom > area.height + 0.5;
  return {
    x: place(bounds.x, bounds.width, area.width),
    y: place(bounds.y, bounds.height, area.height),
    zoom,
    pans,
  };
}
