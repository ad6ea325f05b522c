import { MarkerType, type Edge, type Node } from '@xyflow/react';
import {
  labelledEdges,
  type BoxStyle,
  type Diagram,
  type DiagramNode,
  type EdgeModel,
  type Orientation,
  type Size,
} from '../../view';

/** React Flow's shapes for the pure diagram model. */
export type LabFlowNode = Node<
  { node: DiagramNode; orientation: Orientation; box: BoxStyle; size: Size },
  'lab'
>;

export interface FlowView {
  /** Boxes the person dragged: their positions instead of the layout's. */
  readonly moved: Readonly<Record<string, { x: number; y: number }>>;
  /** The box the inspector shows, or null. */
  readonly selected: string | null;
  readonly draggable: boolean;
}

const NO_VIEW: FlowView = { moved: {}, selected: null, draggable: false };

export function toFlow(
  d: Diagram,
  view: FlowView = NO_VIEW,
): { nodes: LabFlowNode[]; edges: Edge[] } {
  const labelled = labelledEdges(d.nodes, d.edges, d.orientation);
  // A part drawn inside another box (a grouped producer) is shown selected as that box.
  const selected = view.selected === null ? null : (d.aliases.get(view.selected) ?? view.selected);
  return {
    nodes: d.nodes.map((n) => ({
      id: n.id,
      type: 'lab',
      position: view.moved[n.id] ?? { x: n.x, y: n.y },
      data: { node: n, orientation: d.orientation, box: d.box, size: d.node },
      className: [n.id === selected ? 'is-selected' : '', view.draggable ? 'is-draggable' : '']
        .filter((c) => c !== '')
        .join(' '),
      draggable: view.draggable,
      selectable: false,
      connectable: false,
      // Focusable, so a keyboard can pick a box for the inspector (Enter).
      focusable: true,
      ariaLabel: `${n.subtitle}: ${n.title}`,
    })),
    edges: d.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      label: labelled.has(e.id) ? e.label : undefined,
      // Down to the next row of a wrapped chain: out of the box's foot, into the next one's head.
      ...(e.wrap === true ? { sourceHandle: 'below', targetHandle: 'above' } : {}),
      className: `lab-edge lab-edge--${e.model}`,
      // Nothing moves along an arrow by itself: time is the playback's, not a CSS animation's.
      animated: false,
      markerEnd: {
        type: MarkerType.ArrowClosed,
        width: 18,
        height: 18,
        color: EDGE_COLOR[e.model],
      },
      labelBgPadding: [6, 3] as [number, number],
      labelBgBorderRadius: 4,
      focusable: false,
      selectable: false,
    })),
  };
}

/** Arrowheads take the colour of their edge (markers are styled inline, so CSS variables work). */
const EDGE_COLOR: Record<EdgeModel, string> = {
  sync: 'var(--sync)',
  async: 'var(--async)',
  dryrun: 'var(--muted)',
  internal: 'var(--border-strong)',
  success: 'var(--ok)',
  failure: 'var(--bad)',
  event: 'var(--event)',
  schedule: 'var(--event)',
  send: 'var(--muted)',
  poll: 'var(--queue)',
  integration: 'var(--muted)',
  broken: 'var(--bad)',
  unused: 'var(--border-strong)',
};
