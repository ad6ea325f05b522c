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
  for (const seg of j.segments) {
    if (seg.s > t) break;
    if (stops.length === 0 || stops[stops.length - 1] !== seg.from) stops.push(seg.from);
    if (seg.to !== seg.from) stops.push(seg.to);
    if (t < seg.e) {
      now = seg.to === seg.from ? 'resting' : 'moving';
      tone = seg.tone;
      until = seg.until;
    }
  }
  return { stops, now: t >= j.death ? 'gone' : now, tone, until };
}
