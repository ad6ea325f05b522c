import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { selectMessage, usePlaybackStore, useSelectionStore } from '../../store';
import { labelledEdges, type Diagram } from '../../view';
import type { Journeys } from '../../view/journeys';
import type { Box, TokenGeometry } from '../../view/token-geometry';
import { labelFont, paintTokens, readPalette, type Palette } from './token-paint';
import { HALF, spritesAt, tokenUnder, type Sprite } from './token-sprites';
import type { AtlasSheet, TokenAtlas } from './token-atlas';
import './tokens.css';

/**
 * The token canvas, as tests and tools see it: how many tokens it shows (`data-tokens`), the
 * message numbers painted on them (`data-numbers`), an event token's width and a countdown's
 * text size on screen (`data-token-px`, `data-countdown-px`), and where on the page a message's
 * token is, if it is on screen.
 */
export interface TokenCanvas extends HTMLCanvasElement {
  tokenPoint?: (msg: number) => { x: number; y: number } | null;
}

/**
 * Every box as drawn (dragged, measured), as one string: React Flow updates its node lookup in
 * place, so a selector returning the lookup itself would never see a box move.
 */
const boxesKey = (s: ReactFlowState) => {
  let key = '';
  for (const [id, n] of s.nodeLookup) {
    const p = n.internals.positionAbsolute;
    key += `${id}\u0000${p.x}\u0000${p.y}\u0000${n.measured.width ?? 0}\u0000${n.measured.height ?? 0}\u0001`;
  }
  return key;
};

function parseBoxes(key: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const row of key.split('\u0001')) {
    if (row === '') continue;
    const [id, x, y, width, height] = row.split('\u0000');
    boxes.set(id!, { x: Number(x), y: Number(y), width: Number(width), height: Number(height) });
  }
  return boxes;
}

const viewportOf = (s: ReactFlowState) => s.transform;

/**
 * Messages moving through the diagram, painted on one canvas over it. Positions come from
 * (run, t) alone; the canvas is repainted on every change of t without any React render, and
 * with no element per token the browser has nothing to restyle or lay out, so playback stays
 * smooth with hundreds of tokens. A click on a token picks its message.
 */
export function TokenLayer({ diagram, journeys }: { diagram: Diagram; journeys: Journeys }) {
  const key = useStore(boxesKey);
  const geometry = useMemo<TokenGeometry>(
    () => ({
      orientation: diagram.orientation,
      boxes: parseBoxes(key),
      edges: diagram.edges,
      // Waiting tokens keep off the arrows' labels.
      labelled: labelledEdges(diagram.nodes, diagram.edges, diagram.orientation),
    }),
    [key, diagram],
  );
  const [vx, vy, zoom] = useStore(viewportOf);
  const canvas = useRef<TokenCanvas>(null);
  const sprites = useRef<Sprite[]>([]);
  const [palette, setPalette] = useState<Palette | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0, dpr: 1 });

  // The theme's colours, and again whenever the theme changes.
  useEffect(() => {
    const el = canvas.current;
    if (el === null) return;
    setPalette(readPalette(el));
    const observer = new MutationObserver(() => setPalette(readPalette(el)));
    observer.observe(document.documentElement, { attributes: true });
    return () => observer.disconnect();
  }, []);

  // A backing store as big as the canvas on screen, in device pixels: sharp at any zoom.
  useEffect(() => {
    const el = canvas.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const dpr = window.devicePixelRatio || 1;
      const width = Math.round(el.clientWidth * dpr);
      const height = Math.round(el.clientHeight * dpr);
      if (el.width !== width) el.width = width;
      if (el.height !== height) el.height = height;
      setSize({ width, height, dpr });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The tokens' stamps, drawn again only when the scale or the colours change. The atlas's
  // code comes after the first page; until then tokens are drawn as paths.
  const [atlasModule, setAtlasModule] = useState<AtlasModule | null>(null);
  useEffect(() => {
    let live = true;
    void import('./token-atlas').then(
      (m) => live && setAtlasModule(m),
      () => {}, // offline before it was cached: paths it is
    );
    return () => {
      live = false;
    };
  }, []);
  const atlas = useMemo<TokenAtlas | null>(
    () =>
      palette === null || atlasModule === null
        ? null
        : new atlasModule.TokenAtlas(palette, size.dpr * zoom, atlasSheet(atlasModule.SHEET_PX)),
    [palette, size.dpr, zoom, atlasModule],
  );

  useEffect(() => {
    const el = canvas.current;
    if (el === null) return;
    const ctx = el.getContext('2d');
    const view = { x: vx, y: vy, zoom, dpr: size.dpr };
    // On-screen sizes, in CSS px: an event token's width and a countdown's text.
    el.dataset.tokenPx = (2 * HALF.event.w * zoom).toFixed(1);
    el.dataset.countdownPx = (labelFont(zoom) * zoom).toFixed(1);
    const draw = () => {
      const list = spritesAt(
        journeys,
        geometry,
        usePlaybackStore.getState().t,
        useSelectionStore.getState().message,
      );
      sprites.current = list;
      let tokens = 0;
      let numbers = '';
      for (const s of list)
        if (s.shape !== 'overflow') {
          tokens++;
          if (s.number !== '') numbers += numbers === '' ? s.number : ` ${s.number}`;
        }
      const count = String(tokens);
      if (el.dataset.tokens !== count) el.dataset.tokens = count;
      // The numbers painted on the tokens, for tests and tools (the canvas has no text nodes).
      if (el.dataset.numbers !== numbers) el.dataset.numbers = numbers;
      if (ctx !== null && palette !== null && size.width > 0)
        paintTokens(ctx, list, palette, view, atlas);
    };
    el.tokenPoint = (msg) => {
      const s = sprites.current.find((x) => x.msg === msg);
      if (s === undefined) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + vx + s.x * zoom, y: r.top + vy + s.y * zoom };
    };
    draw();
    const offT = usePlaybackStore.subscribe((s, prev) => {
      if (s.t !== prev.t) draw();
    });
    const offSel = useSelectionStore.subscribe((s, prev) => {
      if (s.message !== prev.message) draw();
    });
    return () => {
      offT();
      offSel();
    };
  }, [journeys, geometry, vx, vy, zoom, palette, size, atlas]);

  // The canvas lets pointers through to the boxes; its container asks it first.
  useEffect(() => {
    const el = canvas.current;
    const host = el?.parentElement;
    if (el == null || host == null) return;
    const hit = (e: MouseEvent) => {
      const r = el.getBoundingClientRect();
      return tokenUnder(
        sprites.current,
        (e.clientX - r.left - vx) / zoom,
        (e.clientY - r.top - vy) / zoom,
      );
    };
    const onClick = (e: MouseEvent) => {
      const msg = hit(e);
      if (msg < 0) return;
      e.stopPropagation();
      e.preventDefault();
      selectMessage(msg);
    };
    const onMove = (e: MouseEvent) => {
      const cursor = hit(e) >= 0 ? 'pointer' : '';
      if (host.style.cursor !== cursor) host.style.cursor = cursor;
    };
    host.addEventListener('click', onClick, true);
    host.addEventListener('pointermove', onMove, true);
    return () => {
      host.removeEventListener('click', onClick, true);
      host.removeEventListener('pointermove', onMove, true);
    };
  }, [vx, vy, zoom]);

  // Decorative: the event log says in words what the tokens show.
  return <canvas ref={canvas} className="token-canvas" aria-hidden="true" />;
}

/** A canvas outside the page for the atlas's stamps. */
function atlasSheet(side: number): AtlasSheet {
  const c = document.createElement('canvas');
  c.width = side;
  c.height = side;
  return c;
}

type AtlasModule = typeof import('./token-atlas');
