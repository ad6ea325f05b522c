import type { TokenTone } from '../../view/journeys';
import { HALF, type Sprite } from './token-sprites';
import type { TokenAtlas } from './token-atlas';
import { numberFont } from './token-numbers';

/** The theme's colours, read once from CSS variables (and again when the theme changes). */
export interface Palette {
  readonly tone: Record<TokenTone, string>;
  readonly surface: string;
  readonly text: string;
  readonly onFill: string;
  readonly muted: string;
  readonly focus: string;
  readonly font: string;
}

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    tone: {
      sync: v('--sync', '#1f5fd1'),
      async: v('--async', '#6d3fc4'),
      event: v('--event', '#b0186e'),
      poll: v('--queue', '#6d3fc4'),
      retry: v('--token-retry', '#b25e00'),
      failure: v('--bad', '#b42318'),
      success: v('--ok', '#16723a'),
    },
    surface: v('--surface', '#ffffff'),
    text: v('--text', '#131820'),
    onFill: v('--on-fill', '#ffffff'),
    muted: v('--muted', '#59626f'),
    focus: v('--focus', '#1f5fd1'),
    font: v('--font-sans', 'system-ui, sans-serif'),
  };
}

/** The smallest countdown or "+N" on screen, in CSS px, whatever the zoom. */
export const LABEL_MIN_PX = 12;

/** A countdown's size in flow units: 13, or more when the diagram is drawn small. */
export function labelFont(zoom: number): number {
  return Math.max(13, LABEL_MIN_PX / zoom);
}

/**
 * Paint the sprites with the viewport's pan and zoom. Everything is drawn in one pass on one
 * canvas: no element per token, so the browser has nothing to lay out or restyle per frame.
 * Tokens are copied from the atlas's stamps where it has them (see token-atlas.ts); labels
 * under tokens, "+N" and the picked message are drawn as text and paths. While a message is
 * picked, the others fade and it is drawn last, ringed, on top.
 */
export function paintTokens(
  ctx: CanvasRenderingContext2D,
  all: readonly Sprite[],
  palette: Palette,
  view: { readonly x: number; readonly y: number; readonly zoom: number; readonly dpr: number },
  atlas: TokenAtlas | null = null,
): void {
  const { x, y, zoom, dpr } = view;
  const k = dpr * zoom;
  // A resized canvas starts from default state: the font is set afresh each frame.
  fonts.delete(ctx);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const picked = all.some((s) => s.selected);
  ctx.globalAlpha = picked ? 0.4 : 1;
  const font = labelFont(zoom);
  const sprites = showing(all, view, ctx.canvas, font, picked);
  // Tokens first, copied from the atlas's stamps in device pixels…
  const done = new Uint8Array(sprites.length);
  if (atlas !== null && atlas.scale === k) {
    // The sheet gets all it lacks before anything is copied from it. Were it wiped for room
    // part way, what was prepared before is gone: once more, and what still lacks is drawn below.
    const wipes = atlas.wipes;
    for (const s of sprites) if (!s.selected) atlas.prepare(s, font);
    if (atlas.wipes !== wipes) for (const s of sprites) if (!s.selected) atlas.prepare(s, font);
    for (let i = 0; i < sprites.length; i++) {
      const s = sprites[i]!;
      if (s.selected) continue;
      const ly = s.shape === 'overflow' ? 0 : k * countdownY(s, HALF[s.shape].h, font) + dpr * y;
      if (atlas.stamp(ctx, s, k * s.x + dpr * x, k * s.y + dpr * y, font, ly)) done[i] = 1;
    }
  }
  // …then, in flow units, whatever the atlas did not draw, and the picked token on top.
  ctx.setTransform(k, 0, 0, k, dpr * x, dpr * y);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (let i = 0; i < sprites.length; i++) {
    const s = sprites[i]!;
    if (!s.selected && done[i] === 0) paintSprite(ctx, s, palette, font);
  }
  ctx.globalAlpha = 1;
  for (const s of sprites) if (s.selected) paintSprite(ctx, s, palette, font);
  ctx.setLineDash([]);
}

/**
 * The sprites that can show, in painting order. Left out: those wholly off the canvas (a view
 * that follows the action is often a small part of the diagram, and a copy off the canvas costs
 * as much as one on it), and those under a later one of the same look and label at the same
 * point (a busy arrow stacks hundreds of tokens on a few points; the one on top hides
 * each one below, body, number and countdown). While a message is picked the others are
 * translucent, so stacks show through and every one is kept.
 */
export function showing(
  all: readonly Sprite[],
  view: { readonly x: number; readonly y: number; readonly zoom: number; readonly dpr: number },
  size: { readonly width: number; readonly height: number },
  font: number,
  picked: boolean,
): Sprite[] {
  const k = view.dpr * view.zoom;
  const covered = new Set<string>();
  const kept: Sprite[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const s = all[i]!;
    if (!s.selected && !onCanvas(s, view, size, font)) continue;
    if (!picked && !s.selected) {
      const px = Math.round(k * s.x + view.dpr * view.x);
      const py = Math.round(k * s.y + view.dpr * view.y);
      const key = `${px} ${py} ${s.shape} ${s.tone} ${s.labelAt} ${s.label}`;
      if (covered.has(key)) continue;
      covered.add(key);
    }
    kept.push(s);
  }
  return kept.reverse();
}

/**
 * Whether any of a sprite (its token, the countdown under it, a "+N" after it) can fall on a
 * canvas of `size` device pixels under `view`: its anchor within a reach of the edges that grows
 * with the label size `font`, in flow units.
 */
export function onCanvas(
  s: Pick<Sprite, 'x' | 'y'>,
  view: { readonly x: number; readonly y: number; readonly zoom: number; readonly dpr: number },
  size: { readonly width: number; readonly height: number },
  font: number,
): boolean {
  const k = view.dpr * view.zoom;
  const reach = (REACH + 4 * font) * k;
  const px = k * s.x + view.dpr * view.x;
  const py = k * s.y + view.dpr * view.y;
  return px > -reach && py > -reach && px < size.width + reach && py < size.height + reach;
}

/** A token's half size and the gaps around its labels, in flow units (see onCanvas). */
const REACH = 40;

function paintSprite(ctx: CanvasRenderingContext2D, s: Sprite, palette: Palette, font: number) {
  if (s.shape === 'overflow') {
    setFont(ctx, `700 ${font}px ${palette.font}`);
    ctx.fillStyle = palette.muted;
    ctx.fillText(s.label, s.x + font, s.y);
    return;
  }
  const colour = palette.tone[s.tone];
  const half = HALF[s.shape];
  const outline = (grow: number) => {
    ctx.beginPath();
    if (s.shape === 'event') ctx.arc(s.x, s.y, half.w + grow, 0, Math.PI * 2);
    else
      ctx.roundRect(
        s.x - half.w - grow,
        s.y - half.h - grow,
        (half.w + grow) * 2,
        (half.h + grow) * 2,
        s.shape === 'batch' ? 6 + grow : 3 + grow,
      );
  };
  if (s.selected) {
    // A wide ring in the focus colour: the picked message stands out from across the room.
    ctx.setLineDash([]);
    ctx.lineWidth = 5;
    ctx.strokeStyle = palette.focus;
    outline(6);
    ctx.stroke();
  }
  outline(0);
  const waiting = s.tone === 'retry';
  ctx.fillStyle = waiting ? palette.surface : colour;
  ctx.fill();
  ctx.setLineDash(waiting ? [4, 3] : []);
  ctx.lineWidth = s.tone === 'failure' ? 3.5 : 2.5;
  ctx.strokeStyle = waiting || s.tone === 'failure' ? colour : palette.surface;
  ctx.stroke();
  ctx.setLineDash([]);
  // Inside: a batch's size, or the message's number.
  const inside = s.labelAt === 'inside' ? s.label : s.number;
  if (inside !== '') {
    const size = numberFont(s.shape, inside.length);
    setFont(ctx, `700 ${size}px ${palette.font}`);
    ctx.fillStyle = waiting ? palette.text : palette.onFill;
    ctx.fillText(inside, s.x, s.y + 0.5);
  }
  if (s.labelAt !== 'inside' && s.label !== '') paintCountdown(ctx, s, palette, half.h, font);
}

/** The middle of a countdown's line under its token, in flow units. */
function countdownY(s: Sprite, halfH: number, font: number): number {
  const line = s.labelAt === 'below2' ? 1 : 0;
  return s.y + halfH + 4 + font / 2 + line * (font + 2);
}

/** A countdown under its token, on the first or second line, with a halo over arrows. */
function paintCountdown(
  ctx: CanvasRenderingContext2D,
  s: Sprite,
  palette: Palette,
  halfH: number,
  font: number,
) {
  setFont(ctx, `700 ${font}px ${palette.font}`);
  const ly = countdownY(s, halfH, font);
  ctx.lineWidth = 4;
  ctx.strokeStyle = palette.surface;
  ctx.strokeText(s.label, s.x, ly);
  ctx.fillStyle = palette.text;
  ctx.fillText(s.label, s.x, ly);
}

/**
 * Set the context's font only when it changes: the browser parses the font text on every
 * assignment, which with a label per token was a cost of its own.
 */
const fonts = new WeakMap<CanvasRenderingContext2D, string>();
function setFont(ctx: CanvasRenderingContext2D, font: string): void {
  if (fonts.get(ctx) === font) return;
  fonts.set(ctx, font);
  ctx.font = font;
}
