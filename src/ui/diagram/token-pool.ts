import type { Journeys } from '../../view/journeys';
import { REST_PITCH, restPoint, tokenPoint, type TokenGeometry } from '../../view/token-geometry';
import { MAX_RESTING, tokensAt, type Token } from '../../view/tokens';

const SVG = 'http://www.w3.org/2000/svg';

interface Sprite {
  readonly g: SVGGElement;
  readonly label: SVGTextElement;
  className: string;
  text: string;
  labelY: string;
  transform: string;
  seen: number;
}

/**
 * SVG elements for tokens, kept between frames and updated in place: a frame changes a few
 * attributes instead of building elements, so hundreds of tokens cost little per frame.
 */
export class TokenPool {
  private readonly sprites = new Map<number, Sprite>();
  private readonly extras = new Map<string, { text: SVGTextElement; seen: number }>();
  private frame = 0;

  constructor(private readonly root: SVGGElement) {}

  sprite(token: Token): Sprite {
    let s = this.sprites.get(token.msg);
    if (s === undefined) {
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('data-msg', String(token.msg));
      g.appendChild(shapeFor(token));
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('class', 'token__label');
      g.appendChild(label);
      this.root.appendChild(g);
      s = { g, label, className: '', text: '', labelY: '', transform: '', seen: 0 };
      this.sprites.set(token.msg, s);
    }
    s.seen = this.frame;
    return s;
  }

  /** "+12" after a row of waiting tokens that has no room for the rest. */
  overflow(node: string, count: number, geometry: TokenGeometry): void {
    let extra = this.extras.get(node);
    if (extra === undefined) {
      const created = document.createElementNS(SVG, 'text');
      created.setAttribute('class', 'token-overflow');
      this.root.appendChild(created);
      this.extras.set(node, (extra = { text: created, seen: 0 }));
    }
    extra.seen = this.frame;
    const text = extra.text;
    const p = restPoint(geometry, node, MAX_RESTING);
    if (p !== null) {
      text.setAttribute('x', String(p.x - REST_PITCH / 2 + 4));
      text.setAttribute('y', String(p.y + 4));
    }
    text.textContent = `+${count}`;
  }

  begin(): void {
    this.frame++;
  }

  /** Remove what this frame did not draw. */
  end(): void {
    for (const [msg, s] of this.sprites)
      if (s.seen !== this.frame) {
        s.g.remove();
        this.sprites.delete(msg);
      }
    for (const [node, extra] of this.extras)
      if (extra.seen !== this.frame) {
        extra.text.remove();
        this.extras.delete(node);
      }
  }

  clear(): void {
    for (const s of this.sprites.values()) s.g.remove();
    for (const e of this.extras.values()) e.text.remove();
    this.sprites.clear();
    this.extras.clear();
  }
}

function shapeFor(token: Token): SVGElement {
  if (token.shape === 'event') {
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('r', '8');
    c.setAttribute('class', 'token__body');
    return c;
  }
  const r = document.createElementNS(SVG, 'rect');
  const [w, h] = token.shape === 'batch' ? [32, 20] : [12, 12];
  r.setAttribute('x', String(-w / 2));
  r.setAttribute('y', String(-h / 2));
  r.setAttribute('width', String(w));
  r.setAttribute('height', String(h));
  r.setAttribute('rx', token.shape === 'batch' ? '5' : '2');
  r.setAttribute('class', 'token__body');
  return r;
}

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
    const transform = `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`;
    if (transform !== s.transform) s.g.setAttribute('transform', (s.transform = transform));
    const className = `token token--${token.shape} token--${token.tone}${
      token.msg === selected ? ' token--selected' : ''
    }`;
    if (className !== s.className) s.g.setAttribute('class', (s.className = className));
    let text = labelOf(token);
    if (token.slot >= 0 && text !== '') {
      if (lastLabel.get(token.from) === text && token.msg !== selected) text = '';
      else lastLabel.set(token.from, text);
    }
    if (text !== s.text) s.label.textContent = s.text = text;
    // Countdowns of neighbours in a waiting row alternate above and below, so they never overlap.
    const y = token.shape === 'batch' ? '4' : token.slot % 2 === 1 ? '21' : '-11';
    if (y !== s.labelY) s.label.setAttribute('y', (s.labelY = y));
  }
  for (const [node, count] of frame.overflow) pool.overflow(node, count, geometry);
  pool.end();
}

/** A batch shows its size; a token waiting to retry, its countdown. */
function labelOf(token: Token): string {
  if (token.shape === 'batch') return String(token.count);
  if (!Number.isNaN(token.countdownMs)) return `${Math.ceil(token.countdownMs / 1000)} s`;
  return '';
}
