import { useEffect, useMemo } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { usePlaybackStore } from '../../store';
import { fitViewport, type Box, type Venue } from '../../view';
import { focusBox, focusIds, followViewport, hopIndex, type LessonFocus } from '../../view/follow';
import type { Journeys } from '../../view/journeys';

/** Wall-clock ms the view takes to glide to where the tokens go next. */
const GLIDE_MS = 650;

/**
 * Sets the diagram's view. A diagram that fits its area at a readable size is fitted to it (as
 * large as fits, never below the venue's legible zoom: see view/legibility), again whenever the
 * area or the diagram changes. One that does not fit pans: while `following`, the view shows
 * the boxes where tokens are moving at t (view/follow), gliding there during playback and
 * jumping there when paused, stepped or scrubbed — so a moment always has the same view. While
 * building, the box just picked (a piece just added) is kept whole in view before all else.
 */
export function FollowView({
  bounds,
  boxes,
  start,
  lessonFocus,
  journeys,
  travelMs,
  venue,
  following,
  picked = null,
  onPans,
}: {
  bounds: Box;
  boxes: ReadonlyMap<string, Box>;
  /** What to show before anything moves: the function and its nearest sources. */
  start: readonly string[];
  /** A lesson step's boxes, shown first at its moment. */
  lessonFocus: LessonFocus | null;
  journeys: Journeys;
  travelMs: number;
  venue: Venue;
  following: boolean;
  /** A box picked while building (a new piece, a new arrow's mapping): kept in view first. */
  picked?: string | null;
  onPans: (pans: boolean) => void;
}) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { setViewport } = useReactFlow();
  const index = useMemo(() => hopIndex(journeys), [journeys]);
  const fit = useMemo(
    () =>
      width <= 0 || height <= 0 || bounds.width <= 0
        ? null
        : fitViewport(bounds, { width, height }, venue),
    [bounds, width, height, venue],
  );

  useEffect(() => {
    if (fit !== null) onPans(fit.pans);
  }, [fit, onPans]);

  useEffect(() => {
    if (fit === null) return;
    const { pans, ...fitted } = fit;
    if (!pans) {
      void setViewport(fitted);
      return;
    }
    if (!following) return;
    const area = { width, height };
    const room = { width: width / fitted.zoom, height: height / fitted.zoom };
    let last = '';
    const go = (glide: boolean) => {
      const { t, playing } = usePlaybackStore.getState();
      const ids = focusIds(index, t, travelMs, start);
      const pick = picked !== null && boxes.has(picked) ? [picked] : [];
      const wanted =
        lessonFocus === null || lessonFocus.t !== t
          ? [...pick, ...ids]
          : lessonFocus.only === true
            ? lessonFocus.ids
            : [...pick, ...lessonFocus.ids, ...ids];
      const focus = focusBox(wanted, boxes, room);
      const view = focus === null ? fitted : followViewport(focus, bounds, area, fitted.zoom);
      const key = `${Math.round(view.x)} ${Math.round(view.y)} ${view.zoom}`;
      if (key === last) return;
      last = key;
      void setViewport(view, glide && playing ? { duration: GLIDE_MS } : undefined);
    };
    go(false);
    return usePlaybackStore.subscribe((s, prev) => {
      if (s.t !== prev.t) go(s.playing);
    });
  }, [
    fit,
    following,
    index,
    travelMs,
    start,
    lessonFocus,
    picked,
    boxes,
    bounds,
    width,
    height,
    setViewport,
  ]);
  return null;
}
