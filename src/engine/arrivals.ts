import type { Workload } from '../scenario/schema';
import { Rng } from './rng';

/**
 * Yields a workload's arrival times in order, one at a time (lazily: bursts can be huge).
 * Simulated time has a resolution of 1 ms: whole numbers keep the trace compact and exact.
 */
export interface ArrivalStream {
  next(): number | undefined;
}

/**
 * Each workload draws from its own random stream, derived from the seed and its id, so editing
 * the function (or another workload) never moves these arrivals.
 */
export function arrivalStream(
  w: { readonly id: string; readonly arrivals: Workload['arrivals'] },
  seed: number,
): ArrivalStream {
  const a = w.arrivals;
  switch (a.kind) {
    case 'single': {
      const times = [...a.atMs].sort((x, y) => x - y);
      let i = 0;
      return { next: () => times[i++] };
    }
    case 'burst': {
      let left = a.count;
      return { next: () => (left-- > 0 ? a.atMs : undefined) };
    }
    case 'constant': {
      const gap = 1000 / a.ratePerSecond;
      const end = a.startMs + a.durationMs;
      let i = 0;
      return {
        next: () => {
          const t = Math.round(a.startMs + i++ * gap);
          return t < end ? t : undefined;
        },
      };
    }
    case 'poisson': {
      const rng = new Rng((seed ^ hash(w.id)) >>> 0);
      const perMs = a.ratePerSecond / 1000;
      const end = a.startMs + a.durationMs;
      let t = a.startMs;
      return {
        next: () => {
          t += rng.exponential(perMs);
          const at = Math.round(t);
          return at < end ? at : undefined;
        },
      };
    }
  }
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
