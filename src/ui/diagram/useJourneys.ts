import { useMemo } from 'react';
import { usePlaybackStore, useRun } from '../../store';
import type { Diagram } from '../../view';
import { journeysOf, type Journeys } from '../../view/journeys';
import { placeResolver } from '../../view/token-places';

/**
 * Simulated ms a hop takes on screen: about half a second of wall time at any speed, within
 * bounds, so tokens neither crawl at 1/100× nor vanish at 100×.
 */
export function travelMsFor(speed: number): number {
  return Math.min(120_000, Math.max(120, 450 * speed));
}

/**
 * Every message's journey over this diagram, read from the run once: the tokens are drawn from
 * it, and the view follows it.
 */
export function useJourneys(diagram: Diagram): { journeys: Journeys; travelMs: number } {
  const run = useRun();
  const speed = usePlaybackStore((s) => s.speed);
  const travelMs = travelMsFor(speed);
  const resolve = useMemo(
    () => placeResolver(new Set(diagram.nodes.map((n) => n.id)), diagram.aliases),
    [diagram],
  );
  const journeys = useMemo(() => journeysOf(run, resolve, { travelMs }), [run, resolve, travelMs]);
  return { journeys, travelMs };
}
