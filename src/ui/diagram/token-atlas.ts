import type { TokenTone } from '../../view/journeys';
import { HALF, type Sprite } from './token-sprites';
import { numberFont } from './token-numbers';

/** Just what the atlas draws with: a canvas 2D context, or a stand-in in tests. */
export type AtlasContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'arc'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
  | 'measureText'
  | 'setLineDash'
  | 'setTransform'
  | 'clearRect'
> & {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

/** The sheet the stamps are drawn on: a canvas outside the page (tests pass a stand-in). */
export interface AtlasSheet {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): AtlasContext | null;
}

/** Where a copy goes: the token layer's context, or a stand-in in tests. */
export interface StampTarget {
  drawImage(
    image: CanvasImageSource,
    sx: number,
    sy: number,
    sw: number,
    sh: number,
    dx: number,
    dy: number,
    dw: number,
    dh: number,
  ): void;
}

export interface AtlasColours {
  readonly tone: Record<TokenTone, string>;
  readonly surface: string;
  readonly text: string;
  readonly onFill: string;
  readonly muted: string;
  readonly font: string;
}

type Shape = 'event' | 'record' | 'batch';

/** A cell of the sheet, and where in it the point it is drawn around is, in device pixels. */
interface Stamp {
  readonly sx: number;
  readonly sy: number;
  readonly w: number;
  readonly h: number;
  /** The anchor: a shape's centre, a glyph's pen position on its middle line. */
  readonly ax: number;
  readonly ay: number;
  /** For a glyph: how far the next one starts, in device pixels. */
  readonly advance: number;
}

/** Room around a shape for its outline, in flow units. */
const PAD = 3;
/** The sheet's side, in device pixels: room for every look, digit and many labels at any zoom. */
export const SHEET_PX = 1024;

/**
 * Tokens as stamps: each look (shape and tone), each digit and each label under a token is drawn
 * once, on one sheet off screen, at the size it has on screen; every token after that is copied
 * from that sheet. Drawing hundreds of outlined shapes and numbers as paths and text on every
 * frame was the largest cost of playback; copying from one image is a fraction of it, and the
 * picture is the same.
 *
 * One atlas serves one scale (zoom × device pixels) and one set of colours; the token layer makes
 * a new one when either changes. When the sheet is full it is wiped and filled again with what
 * is drawn from then on, so it never grows.
 */
export class TokenAtlas {
  private readonly stamps = new Map<string, Stamp | null>();
  private readonly ctx: AtlasContext | null;
  private x = 0;
  private y = 0;
  private rowHeight = 0;
  /** How many times the sheet was wiped for room (tests). */
  wipes = 0;

  constructor(
    private readonly colours: AtlasColours,
    /** Device pixels per flow unit. */
    readonly scale: number,
    private readonly sheet: AtlasSheet | null,
  ) {
    this.ctx = sheet?.getContext('2d') ?? null;
  }

  /** How many stamps the sheet holds. */
  get size(): number {
    return this.stamps.size;
  }

  /**
   * Draw on the sheet whatever a sprite needs that it does not hold yet: its look, the digits of
   * its number, its countdown at label size `font`. All of a frame's sprites are prepared before
   * any is copied: drawing on the sheet after copying from it would make the browser copy the
   * whole sheet again. False when the atlas cannot draw it (the caller draws it as paths).
   */
  prepare(s: Sprite, font: number): boolean {
    if (this.ctx === null) return false;
    if (s.shape === 'overflow') return this.text(s.label, font, this.colours.muted, false) !== null;
    if (this.body(s.shape, s.tone) === null) return false;
    const inside = s.labelAt === 'inside' ? s.label : s.number;
    const size = numberFont(s.shape, inside.length);
    const colour = this.numberColour(s);
    for (const ch of inside) if (this.text(ch, size, colour, false) === null) return false;
    if (s.labelAt !== 'inside' && s.label !== '')
      return this.text(s.label, font, this.colours.text, true) !== null;
    return true;
  }

  /**
   * Copy a prepared token, centred on (x, y) in device pixels, onto `target` (whose transform is
   * the identity): its body, its number or a batch's size, and its countdown below it, whose
   * middle is at `labelY`; or a "+N" after a waiting row. False, with nothing copied, when the sheet does not hold all of it.
   */
  stamp(target: StampTarget, s: Sprite, x: number, y: number, font: number, labelY: number) {
    if (this.ctx === null) return false;
    if (s.shape === 'overflow') {
      // "+N", centred one label size after the last waiting token.
      const more = this.stamps.get(textKey(s.label, font, this.colours.muted, false));
      if (more == null) return false;
      this.copy(target, more, x + font * this.scale - more.advance / 2, y);
      return true;
    }
    const body = this.stamps.get(`${s.shape}|${s.tone}`);
    if (body == null) return false;
    const inside = s.labelAt === 'inside' ? s.label : s.number;
    const size = numberFont(s.shape, inside.length);
    const colour = this.numberColour(s);
    const glyphs: Stamp[] = [];
    let width = 0;
    for (const ch of inside) {
      const g = this.stamps.get(textKey(ch, size, colour, false));
      if (g == null) return false;
      glyphs.push(g);
      width += g.advance;
    }
    const hasLabel = s.labelAt !== 'inside' && s.label !== '';
    const label = hasLabel
      ? this.stamps.get(textKey(s.label, font, this.colours.text, true))
      : null;
    if (hasLabel && label == null) return false;
    this.copy(target, body, x, y);
    let pen = x - width / 2;
    for (const g of glyphs) {
      this.copy(target, g, pen, y + 0.5 * this.scale);
      pen += g.advance;
    }
    if (label != null) this.copy(target, label, x - label.advance / 2, labelY);
    return true;
  }

  private numberColour(s: Sprite): string {
    return s.tone === 'retry' ? this.colours.text : this.colours.onFill;
  }

  private copy(target: StampTarget, s: Stamp, x: number, y: number): void {
    target.drawImage(
      this.sheet as unknown as CanvasImageSource,
      s.sx,
      s.sy,
      s.w,
      s.h,
      Math.round(x - s.ax),
      Math.round(y - s.ay),
      s.w,
      s.h,
    );
  }

  /** A free cell of w × h device pixels, wiping the sheet when it is full; null if it never fits. */
  private cell(w: number, h: number): { sx: number; sy: number } | null {
    const ctx = this.ctx;
    if (ctx === null || w > SHEET_PX || h > SHEET_PX) return null;
    if (this.x + w > SHEET_PX) {
      this.x = 0;
      this.y += this.rowHeight;
      this.rowHeight = 0;
    }
    if (this.y + h > SHEET_PX) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, SHEET_PX, SHEET_PX);
      this.stamps.clear();
      this.x = 0;
      this.y = 0;
      this.rowHeight = 0;
      this.wipes++;
    }
    const at = { sx: this.x, sy: this.y };
    this.x += w;
    this.rowHeight = Math.max(this.rowHeight, h);
    return at;
  }

  private body(shape: Shape, tone: TokenTone): Stamp | null {
    const key = `${shape}|${tone}`;
    const known = this.stamps.get(key);
    if (known !== undefined) return known;
    const half = HALF[shape];
    const k = this.scale;
    const w = Math.ceil((half.w + PAD) * 2 * k);
    const h = Math.ceil((half.h + PAD) * 2 * k);
    const at = this.cell(w, h);
    const ctx = this.ctx;
    if (at === null || ctx === null) return null;
    ctx.setTransform(k, 0, 0, k, at.sx + w / 2, at.sy + h / 2);
    ctx.lineJoin = 'round';
    ctx.beginPath();
    if (shape === 'event') ctx.arc(0, 0, half.w, 0, Math.PI * 2);
    else ctx.roundRect(-half.w, -half.h, half.w * 2, half.h * 2, shape === 'batch' ? 6 : 3);
    const colour = this.colours.tone[tone];
    const waiting = tone === 'retry';
    ctx.fillStyle = waiting ? this.colours.surface : colour;
    ctx.fill();
    ctx.setLineDash(waiting ? [4, 3] : []);
    ctx.lineWidth = tone === 'failure' ? 3.5 : 2.5;
    ctx.strokeStyle = waiting || tone === 'failure' ? colour : this.colours.surface;
    ctx.stroke();
    ctx.setLineDash([]);
    const stamp = { ...at, w, h, ax: w / 2, ay: h / 2, advance: 0 };
    this.stamps.set(key, stamp);
    return stamp;
  }

  /** A glyph or a label in bold at `size` flow units, optionally with a halo in the surface colour. */
  private text(text: string, size: number, colour: string, halo: boolean): Stamp | null {
    const key = textKey(text, size, colour, halo);
    const known = this.stamps.get(key);
    if (known !== undefined) return known;
    const ctx = this.ctx;
    if (ctx === null) return null;
    const k = this.scale;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.font = `700 ${size}px ${this.colours.font}`;
    const advance = ctx.measureText(text).width * k;
    // Room on both sides: bold glyphs and the halo reach past the advance.
    const lead = Math.ceil(size * k * 0.3);
    const w = Math.ceil(advance) + 2 * lead;
    const h = Math.ceil(size * k * 1.6);
    const at = this.cell(w, h);
    if (at === null) return null;
    ctx.setTransform(k, 0, 0, k, at.sx + lead, at.sy + h / 2);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    if (halo) {
      ctx.lineJoin = 'round';
      ctx.lineWidth = 4;
      ctx.strokeStyle = this.colours.surface;
      ctx.strokeText(text, 0, 0);
    }
    ctx.fillStyle = colour;
    ctx.fillText(text, 0, 0);
    const stamp = { ...at, w, h, ax: lead, ay: h / 2, advance };
    this.stamps.set(key, stamp);
    return stamp;
  }
}

function textKey(text: string, size: number, colour: string, halo: boolean): string {
  return `${text}|${size}|${colour}|${halo ? 1 : 0}`;
}
