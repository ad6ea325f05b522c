import { SkipMarker } from '../playback/SkipMarker';
import { StageCaption } from '../present/StageCaption';
import { useCallback, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { ReactFlow, type NodeChange, type NodeMouseHandler } from '@xyflow/react';
import type { Scenario } from '../../scenario';
import {
  moveNode,
  selectNode,
  useLayoutStore,
  usePresentationStore,
  useRun,
  useScenarioStore,
  useSelectionStore,
} from '../../store';
import { diagramOf, FIT_PADDING, type Venue } from '../../view';
import { useMediaQuery } from '../useMediaQuery';
import { FitOnResize } from './FitOnResize';
import { toFlow } from './flow';
import { LabNode } from './LabNode';
import { TokenLayer } from './TokenLayer';
import './diagram.css';

const nodeTypes = { lab: LabNode };

/**
 * Below the desktop layout a left→right row would be too small to read, so the diagram runs top
 * to bottom (the same breakpoint as layout.css).
 */
const NARROW = '(max-width: 1099px)';

/** A fresh React Flow per scenario document, so each one starts fitted to its own layout. */
const instanceKeys = new WeakMap<Scenario, number>();
let nextKey = 0;
function instanceKey(s: Scenario): number {
  let key = instanceKeys.get(s);
  if (key === undefined) instanceKeys.set(s, (key = nextKey++));
  return key;
}

/**
 * The scenario as boxes and arrows, left to right: callers, services, producers; buses, queues and
 * streams; rules and event source mappings; Lambda; its async queue; the function; sinks and
 * integrations.
 */
export function Diagram({
  className = '',
  orientation: fixed,
  embedded = false,
}: {
  className?: string;
  /** Set by a view that picks its own (the embedded one); otherwise the window's width decides. */
  orientation?: 'horizontal' | 'vertical';
  /** Shown in a frame on another page: its own text floor (see view/legibility). */
  embedded?: boolean;
}) {
  const scenario = useScenarioStore((s) => s.scenario);
  const narrow = useMediaQuery(NARROW);
  const presenting = usePresentationStore((s) => s.presenting);
  const venue: Venue = embedded ? 'embed' : presenting ? 'present' : narrow ? 'phone' : 'desk';
  // Larger than its box at a legible size: the view is dragged (or follows the action).
  const [pans, setPans] = useState(false);
  const orientation = fixed ?? (narrow ? 'vertical' : 'horizontal');
  // The run marks what it refused (a mapping, a denied service); the run changes with the scenario.
  const run = useRun();
  const diagram = useMemo(
    () => diagramOf(scenario, orientation, run),
    [scenario, orientation, run],
  );
  const moved = useLayoutStore((s) => s.moved[orientation]);
  const selected = useSelectionStore((s) => s.node);
  // Boxes can be dragged with a mouse; on a phone a finger on a box must still scroll the page.
  const draggable = !narrow;
  const { nodes, edges } = useMemo(
    () => toFlow(diagram, { moved, selected, draggable }),
    [diagram, moved, selected, draggable],
  );
  // Where the boxes are (dragged ones where they were put), for fitting the view.
  const measured = useMemo(() => {
    const boxes = nodes.map((n) => ({ ...n.position, ...(n.data.node.size ?? n.data.size) }));
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    return {
      x,
      y,
      width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
      height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
    };
  }, [nodes]);
  // Picking a box redraws the nodes but moves none: the view (and any panning) stays put.
  const { x: bx, y: by, width: bw, height: bh } = measured;
  const bounds = useMemo(() => ({ x: bx, y: by, width: bw, height: bh }), [bx, by, bw, bh]);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      for (const c of changes)
        if (c.type === 'position' && c.position !== undefined)
          moveNode(orientation, c.id, c.position);
    },
    [orientation],
  );
  const onNodeClick = useCallback<NodeMouseHandler>((_, node) => selectNode(node.id), []);
  // Enter on a focused box picks it for the inspector, as a click does.
  const onKeyDown = useCallback((e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    const id = (e.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id');
    if (id == null) return;
    e.preventDefault();
    selectNode(id);
  }, []);
  // Top to bottom, the box takes the diagram's own shape (see diagram.css).
  const pad = 1 + 2 * FIT_PADDING;
  const shape = { '--diagram-aspect': `${diagram.width * pad} / ${diagram.height * pad}` };
  return (
    <section
      className={`card diagram diagram--${orientation} ${pans ? 'diagram--pans' : ''} ${className}`}
      aria-label="Diagram"
      style={shape as CSSProperties}
    >
      <ReactFlow
        key={`${instanceKey(scenario)}-${orientation}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onKeyDown={onKeyDown}
        minZoom={0.2}
        maxZoom={3}
        nodesDraggable={draggable}
        nodesConnectable={false}
        nodesFocusable
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={pans}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        deleteKeyCode={null}
        panActivationKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        disableKeyboardA11y
      >
        <FitOnResize bounds={bounds} venue={venue} onPans={setPans} />
        <TokenLayer diagram={diagram} />
      </ReactFlow>
      {pans && (
        <p className="diagram__pan-hint">
          Larger than this view at a readable size: drag to see the rest
        </p>
      )}
      <SkipMarker />
      <StageCaption />
    </section>
  );
}
