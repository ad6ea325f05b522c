import type { Journeys } from '../../view/journeys';
import { REST_PITCH, restPoint, tokenPoint, type TokenGeometry } from '../../view/token-geometry';
import { MAX_RESTING, tokensAt, type Token } from '../../view/tokens';

interface Sprite {
  readonly g: HTMLElement;
  /** Made on first need: most tokens never show a label. */
  label: HTMLElement | null;
  className: string;
  text: string;
  labelY: string;
  transform: string;
  seen: number;
}

/**
 * Elements for tokens, kept between frames and updated in place. A frame changes a token's CSS
 * transform (which the browser moves without laying the page out again) and, rarely, its class
 * or label; an element whose token is gone is hidden and given to the next new token rather than
 * removed, so a busy diagram does not rebuild its elements every frame.
 */
export class TokenPool {
  private readonly sprites = new Map<number, Sprite>();
  private readonly spare: Sprite[] = [];
  private readonly extras = new Map<string, { text: HTMLElement; seen: number }>();
  private frame = 0;

  constructor(private readonly root: HTMLElement) {}

  sprite(token: Token): Sprite {
    let s = this.sprites.get(token.msg);
    if (s === undefined) {
      s = this.spare.pop();
      if (s === undefined) {
        const g = document.createElement('div');
        this.root.appendChild(g);
        s = { g, label: null, className: '', text: '', labelY: '', transform: '', seen: 0 };
      } else {
        s.g.hidden = false;
      }
      s.g.setAttribute('data-msg', String(token.msg));
      this.sprites.set(token.msg, s);
    }
    s.seen = this.frame;
    return s;
  }

  /** "+12" after a row of waiting tokens that has no room for the rest. */
  overflow(node: string, count: number, geometry: TokenGeometry): void {
    let extra = this.extras.get(node);
    if (extra === undefined) {
      const created = document.createElement('span');
      created.className = 'token-overflow';
      this.root.appendChild(created);
      this.extras.set(node, (extra = { text: created, seen: 0 }));
    }
    extra.seen = this.frame;
    const text = extra.text;
    const p = restPoint(geometry, node, MAX_RESTING);
    if (p !== null) text.style.transform = `translate(${p.x - REST_PITCH / 2}px,${p.y}px)`;
    text.textContent = `+${count}`;
  }

  begin(): void {
    this.frame++;
  }

  /** Remove what this frame did not draw. */
  end(): void {
    for (const [msg, s] of this.sprites)
      if (s.seen !== this.frame) {
        s.g.hidden = true;
        s.g.removeAttribute('data-msg');
        this.sprites.delete(msg);
        this.spare.push(s);
      }
    for (const [node, extra] of this.extras)
      if (extra.seen !== this.frame) {
        extra.text.remove();
        this.extras.delete(node);
      }
  }

  clear(): void {
    for (const s of [...this.sprites.values(), ...this.spare]) s.g.remove();
    this.spare.length = 0;
    for (const e of this.extras.values()) e.text.remove();
    this.sprites.clear();
    this.extras.clear();
  }
}

/** Shapes and tones get separate class names: an EventBridge event is a dot in the event tone. */
const SHAPE_CLASS: Record<Token['shape'], string> = {
  event: 'token--dot',
  record: 'token--record',
  batch: 'token--batch',
};

/** Draw the tokens of time t. */
export function drawTokens(
  pool: TokenPool,
  journeys: Journeys,
  geometry: TokenGeometry,
  t: number,
  selected: number | null,
): void {
  pool.begin();
  const frame = tokensAt(journeys, t);
  // A row of tokens waiting out the same countdown shows it once, on the first of them.
  const lastLabel = new Map<string, string>();
  for (const token of frame.tokens) {
    const p = tokenPoint(geometry, token);
    if (p === null) continue;
    const s = pool.sprite(token);
    const transform = `translate(${p.x.toFixed(1)}px,${p.y.toFixed(1)}px)`;
    if (transform !== s.transform) s.g.style.transform = s.transform = transform;
    const className = `token ${SHAPE_CLASS[token.shape]} token--${token.tone}${
      token.msg === selected ? ' token--selected' : ''
    }`;
    if (className !== s.className) s.g.className = s.className = className;
    let text = labelOf(token);
    if (token.slot >= 0 && text !== '') {
      if (lastLabel.get(token.from) === text && token.msg !== selected) text = '';
      else lastLabel.set(token.from, text);
    }
    if (text !== s.text) setLabel(s, text);
    // Countdowns of neighbours in a waiting row alternate above and below, so they never overlap.
    const place =
      token.shape !== 'batch' && token.slot % 2 === 1
        ? 'token__label token__label--below'
        : 'token__label';
    if (s.label !== null && place !== s.labelY) s.label.className = s.labelY = place;
  }
  for (const [node, count] of frame.overflow) pool.overflow(node, count, geometry);
  pool.end();
}

function setLabel(s: Sprite, text: string): void {
  s.text = text;
  if (s.label === null) {
    if (text === '') return;
    s.label = document.createElement('span');
    s.label.className = s.labelY = 'token__label';
    s.g.appendChild(s.label);
  }
  s.label.textContent = text;
}

/** A batch shows its size; a token waiting to retry, its countdown. */
function labelOf(token: Token): string {
  if (token.shape === 'batch') return String(token.count);
  if (!Number.isNaN(token.countdownMs)) return `${Math.ceil(token.countdownMs / 1000)} s`;
  return '';
}
