import type { Journey, TokenTone } from './journeys';

/** Where one message has been up to t, as the token showed it: nothing after t. */
export interface JourneyStops {
  /** The boxes it reached, in order (a box it returned to appears again). */
  readonly stops: readonly string[];
  /** Where it is at t: resting at the last stop, on its way to the last stop, or gone. */
  readonly now: 'resting' | 'moving' | 'gone';
  readonly tone: TokenTone | null;
  /** While waiting to retry: when it leaves (ms), else NaN. */
  readonly until: number;
}

export function journeyStops(j: Journey, t: number): JourneyStops {
  const stops: string[] = [];
  let now: JourneyStops['now'] = 'gone';
  let tone: TokenTone | null = null;
  let until = NaN;
  // Words follow the trace, not the drawing: a hop the trace has already completed (its token
  // still gliding, or not yet set off, after an instant chain of hops) counts as arrived, so
  // the line never says "on its way" while the box it went to shows it.
  let arrived = false;
  for (const seg of j.segments) {
    const hop = seg.to !== seg.from;
    const done = hop && (seg.due ?? seg.e) <= t;
    if (seg.s > t && !done) {
      // The rest after an arrived hop: how it waits there (a retry's countdown).
      if (arrived && !hop) {
        tone = seg.tone;
        until = seg.until;
      }
      break;
    }
    if (stops.length === 0 || stops[stops.length - 1] !== seg.from) stops.push(seg.from);
    if (hop) stops.push(seg.to);
    arrived = done;
    if (t < seg.e) {
      now = !hop || done ? 'resting' : 'moving';
      tone = seg.tone;
      until = seg.until;
    }
  }
  return { stops, now: t >= j.death ? 'gone' : now, tone, until };
}
