import { buildNotice, PIECE_MIME, type BuildHandlers } from '../../store';
import type { DragEvent } from 'react';
import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { buildHandlers, removeBox } from '../../store/build-actions';

/** The box under a pointer position, by its diagram id. */
function boxAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y);
  return el?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
}

function attempt(from: string, to: string): void {
  const v = buildHandlers.canConnect(from, to);
  if (v.ok) buildHandlers.connect(from, to);
  else buildNotice(v.reason);
}

/**
 * What the diagram does while the Build palette is open: arrows drawn from a box's handle (an
 * arrow let go over a box's body, not just its handle, counts too; a refused one says why in the
 * palette's live region), pieces dropped from the palette, and Delete on the picked box. Lent
 * through the build store, so none of it loads with the first page.
 */
export const buildFlow: BuildHandlers = {
  flow: {
    nodesConnectable: true,
    isValidConnection: (c: Edge | Connection) => buildHandlers.canConnect(c.source, c.target).ok,
    onConnect: (c: Connection) => buildHandlers.connect(c.source, c.target),
    onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const from = state.fromNode?.id;
      if (from === undefined || state.isValid === true) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const to = state.toNode?.id ?? (point ? boxAt(point.clientX, point.clientY) : null);
      if (to !== null && to !== from) attempt(from, to);
    },
  },
  onDragOver: (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PIECE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  },
  onDrop: (e: DragEvent) => {
    const piece = e.dataTransfer.getData(PIECE_MIME);
    if (piece === '') return;
    e.preventDefault();
    buildHandlers.drop(piece, boxAt(e.clientX, e.clientY));
  },
  remove: (nodeId: string) => void removeBox(nodeId),
};
