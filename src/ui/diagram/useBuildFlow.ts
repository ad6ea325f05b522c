import { useMemo, type DragEvent } from 'react';
import type { Connection, Edge, FinalConnectionState, ReactFlowProps } from '@xyflow/react';
import { buildNotice, PIECE_MIME, useBuildStore } from '../../store/build';

/** The box under a pointer position, by its diagram id. */
function boxAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y);
  return el?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
}

/**
 * While the Build palette is open, the diagram takes drawn arrows and dropped pieces. It asks the
 * palette (which lends its handlers to the build store) whether an arrow is allowed, so the build
 * model never loads with the first page. An arrow let go over a box's body (not just its handle)
 * counts too; a refused one says why in the palette's live region.
 */
export function useBuildFlow(): {
  building: boolean;
  flow: Partial<ReactFlowProps>;
  onDragOver?: (e: DragEvent) => void;
  onDrop?: (e: DragEvent) => void;
} {
  const handlers = useBuildStore((s) => s.handlers);
  return useMemo(() => {
    if (handlers === null) return { building: false, flow: {} };
    const attempt = (from: string, to: string) => {
      const v = handlers.canConnect(from, to);
      if (v.ok) handlers.connect(from, to);
      else buildNotice(v.reason);
    };
    const flow: Partial<ReactFlowProps> = {
      nodesConnectable: true,
      isValidConnection: (c: Edge | Connection) => handlers.canConnect(c.source, c.target).ok,
      onConnect: (c: Connection) => handlers.connect(c.source, c.target),
      onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
        const from = state.fromNode?.id;
        if (from === undefined || state.isValid === true) return;
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const to = state.toNode?.id ?? (point ? boxAt(point.clientX, point.clientY) : null);
        if (to !== null && to !== from) attempt(from, to);
      },
    };
    return {
      building: true,
      flow,
      onDragOver: (e: DragEvent) => {
        if (!e.dataTransfer.types.includes(PIECE_MIME)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDrop: (e: DragEvent) => {
        const piece = e.dataTransfer.getData(PIECE_MIME);
        if (piece === '') return;
        e.preventDefault();
        handlers.drop(piece, boxAt(e.clientX, e.clientY));
      },
    };
  }, [handlers]);
}
