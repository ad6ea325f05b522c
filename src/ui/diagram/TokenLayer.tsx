import { useEffect, useMemo, useRef } from 'react';
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { selectMessage, usePlaybackStore, useRun, useSelectionStore } from '../../store';
import type { Diagram } from '../../view';
import { journeysOf } from '../../view/journeys';
import { placeResolver } from '../../view/token-places';
import type { Box, TokenGeometry } from '../../view/token-geometry';
import { drawTokens, TokenPool } from './token-pool';
import './tokens.css';

/**
 * Simulated ms a hop takes on screen: about half a second of wall time at any speed, within
 * bounds, so tokens neither crawl at 1/100× nor vanish at 100×.
 */
export function travelMsFor(speed: number): number {
  return Math.min(120_000, Math.max(120, 450 * speed));
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

/**
 * Messages moving through the diagram, drawn over it in flow coordinates. Positions come from
 * (run, t) alone; this layer draws them imperatively on every change of t, without a React
 * render per frame, so hundreds of tokens stay smooth.
 */
export function TokenLayer({ diagram }: { diagram: Diagram }) {
  const run = useRun();
  const speed = usePlaybackStore((s) => s.speed);
  const travelMs = travelMsFor(speed);
  const resolve = useMemo(() => placeResolver(new Set(diagram.nodes.map((n) => n.id))), [diagram]);
  const journeys = useMemo(() => journeysOf(run, resolve, { travelMs }), [run, resolve, travelMs]);
  const key = useStore(boxesKey);
  const geometry = useMemo<TokenGeometry>(
    () => ({ orientation: diagram.orientation, boxes: parseBoxes(key), edges: diagram.edges }),
    [key, diagram],
  );
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const g = root.current;
    if (g === null) return;
    const pool = new TokenPool(g);
    const draw = () =>
      drawTokens(
        pool,
        journeys,
        geometry,
        usePlaybackStore.getState().t,
        useSelectionStore.getState().message,
      );
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
      pool.clear();
    };
  }, [journeys, geometry]);

  const onClick = (e: React.MouseEvent) => {
    const token = (e.target as Element).closest('[data-msg]');
    if (token === null) return;
    e.stopPropagation();
    selectMessage(Number(token.getAttribute('data-msg')));
  };

  return (
    <ViewportPortal>
      {/* Decorative: the event log says in words what the tokens show. */}
      <div ref={root} className="token-layer" aria-hidden="true" onClick={onClick} />
    </ViewportPortal>
  );
}
