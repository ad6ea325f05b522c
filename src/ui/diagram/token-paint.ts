import type { TokenTone } from '../../view/journeys';
import { HALF, type Sprite } from './token-sprites';

/** The theme's colours, read once from CSS variables (and again when the theme changes). */
export interface Palette {
  readonly tone: Record<TokenTone, string>;
  readonly surface: string;
  readonly text: string;
  readonly onFill: string;
  readonly muted: string;
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
    font: v('--font-sans', 'system-ui, sans-serif'),
  };
}

/**
 * Paint the sprites with the viewport's pan and zoom. Everything is drawn in one pass on one
 * canvas: no element per token, so the browser has nothing to lay out or restyle per frame.
 */
export function paintTokens(
  ctx: CanvasRenderingContext2D,
  sprites: readonly Sprite[],
  palette: Palette,
  view: { readonly x: number; readonly y: number; readonly zoom: number; readonly dpr: number },
): void {
  const { x, y, zoom, dpr } = view;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * x, dpr * y);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const s of sprites) {
    if (s.shape === 'overflow') {
      ctx.font = `700 12px ${palette.font}`;
      ctx.fillStyle = palette.muted;
      ctx.fillText(s.label, s.x + 8, s.y);
      continue;
    }
    const colour = palette.tone[s.tone];
    const half = HALF[s.shape];
    ctx.beginPath();
    if (s.shape === 'event') ctx.arc(s.x, s.y, half.w, 0, Math.PI * 2);
    else
      ctx.roundRect(
        s.x - half.w,
        s.y - half.h,
        half.w * 2,
        half.h * 2,
        s.shape === 'batch' ? 5 : 2,
      );
    const waiting = s.tone === 'retry';
    ctx.fillStyle = waiting ? palette.surface : colour;
    ctx.fill();
    ctx.setLineDash(waiting ? [3, 2] : []);
    ctx.lineWidth = s.tone === 'failure' ? 3 : 2;
    ctx.strokeStyle = waiting || s.tone === 'failure' ? colour : palette.surface;
    ctx.stroke();
    if (s.selected) {
      ctx.setLineDash([]);
      ctx.lineWidth = 3;
      ctx.strokeStyle = palette.text;
      ctx.beginPath();
      if (s.shape === 'event') ctx.arc(s.x, s.y, half.w + 4, 0, Math.PI * 2);
      else ctx.roundRect(s.x - half.w - 4, s.y - half.h - 4, half.w * 2 + 8, half.h * 2 + 8, 6);
      ctx.stroke();
    }
    if (s.label !== '') paintLabel(ctx, s, palette, half.h);
  }
  ctx.setLineDash([]);
}

function paintLabel(ctx: CanvasRenderingContext2D, s: Sprite, palette: Palette, halfH: number) {
  ctx.font = `700 11px ${palette.font}`;
  if (s.labelAt === 'inside') {
    ctx.fillStyle = s.tone === 'retry' ? palette.text : palette.onFill;
    ctx.fillText(s.label, s.x, s.y + 0.5);
    return;
  }
  const ly = s.labelAt === 'above' ? s.y - halfH - 9 : s.y + halfH + 10;
  // A halo in the surface colour keeps the label readable over arrows and boxes.
  ctx.lineWidth = 3;
  ctx.strokeStyle = palette.surface;
  ctx.strokeText(s.label, s.x, ly);
  ctx.fillStyle = palette.text;
  ctx.fillText(s.label, s.x, ly);
}
