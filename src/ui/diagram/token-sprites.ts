import type { Journeys } from '../../view/journeys';
import { REST_PITCH, restPoint, tokenPoint, type TokenGeometry } from '../../view/token-geometry';
import { MAX_RESTING, tokensAt, type Token } from '../../view/tokens';
import { formatCount } from '../../view/format';

/** One thing to paint, in flow coordinates: a token with its look and label, or a "+N". */
export interface Sprite {
  readonly msg: number;
  readonly shape: Token['shape'] | 'overflow';
  readonly tone: Token['tone'];
  readonly x: number;
  readonly y: number;
  /** A batch's size, a countdown ("32 s") or "+N"; '' for none. */
  readonly label: string;
  /** Where the label goes: inside (a batch, "+N"), above, or below (every other waiting token). */
  readonly labelAt: 'inside' | 'above' | 'below';
  readonly selected: boolean;
}

/** Half the size of each shape, for painting and for finding the token under a pointer. */
export const HALF = {
  event: { w: 8, h: 8 },
  record: { w: 6, h: 6 },
  batch: { w: 16, h: 10 },
  overflow: { w: 0, h: 0 },
} as const;

/**
 * What the token layer paints at time t, as plain data: a pure function of the journeys, the
 * boxes and t, so a frame is the same however playback got there.
 */
export function spritesAt(
  journeys: Journeys,
  geometry: TokenGeometry,
  t: number,
  selected: number | null,
): Sprite[] {
  const frame = tokensAt(journeys, t);
  const sprites: Sprite[] = [];
  // A row of tokens waiting out the same countdown shows it once, on the first of them.
  const lastLabel = new Map<string, string>();
  for (const token of frame.tokens) {
    const p = tokenPoint(geometry, token);
    if (p === null) continue;
    let label = labelOf(token);
    const isSelected = token.msg === selected;
    if (token.slot >= 0 && label !== '' && token.shape !== 'batch') {
      if (lastLabel.get(token.from) === label && !isSelected) label = '';
      else lastLabel.set(token.from, label);
    }
    sprites.push({
      msg: token.msg,
      shape: token.shape,
      tone: token.tone,
      x: p.x,
      y: p.y,
      label,
      // Countdowns of neighbours in a waiting row alternate above and below, never overlapping.
      labelAt: token.shape === 'batch' ? 'inside' : token.slot % 2 === 1 ? 'below' : 'above',
      selected: isSelected,
    });
  }
  for (const [node, count] of frame.overflow) {
    const p = restPoint(geometry, node, MAX_RESTING);
    if (p === null) continue;
    sprites.push({
      msg: -1,
      shape: 'overflow',
      tone: 'event',
      x: p.x - REST_PITCH / 2,
      y: p.y,
      label: `+${formatCount(count)}`,
      labelAt: 'inside',
      selected: false,
    });
  }
  return sprites;
}

/** A batch shows its size; a token waiting to retry, its countdown. */
function labelOf(token: Token): string {
  if (token.shape === 'batch') return String(token.count);
  if (!Number.isNaN(token.countdownMs)) return `${Math.ceil(token.countdownMs / 1000)} s`;
  return '';
}

/** The token under a point (flow coordinates), with a little slack for fingers; -1 for none. */
export function tokenUnder(sprites: readonly Sprite[], x: number, y: number, slack = 4): number {
  // Painted last is on top: search from the end.
  for (let i = sprites.length - 1; i >= 0; i--) {
    const s = sprites[i]!;
    if (s.shape === 'overflow') continue;
    const half = HALF[s.shape];
    if (Math.abs(x - s.x) <= half.w + slack && Math.abs(y - s.y) <= half.h + slack) return s.msg;
  }
  return -1;
}
