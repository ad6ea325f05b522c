import type { Journey, Journeys, TokenShape, TokenTone } from './journeys';

/** A token on screen at one moment: resting at a box, or part-way along a hop between two. */
export interface Token {
  readonly msg: number;
  readonly shape: TokenShape;
  readonly tone: TokenTone;
  readonly count: number;
  readonly from: string;
  readonly to: string;
  /** 0 at `from`, 1 at `to`; 0 while resting. */
  readonly progress: number;
  /** While resting: its place in the row of tokens waiting at that box (0, 1, …). */
  readonly slot: number;
  /** Milliseconds until a waiting token retries, or NaN. */
  readonly countdownMs: number;
}

export interface TokenFrame {
  readonly tokens: readonly Token[];
  /** Tokens resting at a box beyond the ones drawn there, per box: "+12". */
  readonly overflow: ReadonlyMap<string, number>;
}

/** How many resting tokens a box shows before it says "+N". */
export const MAX_RESTING = 6;

/**
 * The tokens at time t. Journeys are sorted by birth, so only those born by t are looked at; each
 * finds its segment by binary search. Cheap enough for every animation frame with thousands of
 * journeys.
 */
export function tokensAt(journeys: Journeys, t: number): TokenFrame {
  const tokens: Token[] = [];
  const resting = new Map<string, number>();
  const overflow = new Map<string, number>();
  const born = upperBound(journeys.births, t);
  const list = journeys.byBirth;
  for (let i = 0; i < born; i++) {
    const j = list[i]!;
    if (j.death <= t) continue;
    const seg = segmentAt(j, t);
    if (seg === undefined) continue;
    if (seg.from === seg.to) {
      const slot = resting.get(seg.from) ?? 0;
      resting.set(seg.from, slot + 1);
      if (slot >= MAX_RESTING) {
        overflow.set(seg.from, slot + 1 - MAX_RESTING);
        continue;
      }
      tokens.push({
        msg: j.msg,
        shape: j.shape,
        tone: seg.tone,
        count: j.count,
        from: seg.from,
        to: seg.to,
        progress: 0,
        slot,
        countdownMs: Number.isNaN(seg.until) ? NaN : Math.max(0, seg.until - t),
      });
    } else {
      tokens.push({
        msg: j.msg,
        shape: j.shape,
        tone: seg.tone,
        count: j.count,
        from: seg.from,
        to: seg.to,
        progress: (t - seg.s) / (seg.e - seg.s),
        slot: -1,
        countdownMs: NaN,
      });
    }
  }
  return { tokens, overflow };
}

/** The segment holding t (s <= t < e), or undefined while the token is out of sight. */
function segmentAt(j: Journey, t: number) {
  const segs = j.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid]!.s <= t) lo = mid + 1;
    else hi = mid;
  }
  const seg = segs[lo - 1];
  return seg !== undefined && t < seg.e ? seg : undefined;
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
