import { SkipMarker } from '../playback/SkipMarker';
import { StageCaption } from '../present/StageCaption';
import { useCallback, useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { ReactFlow, type NodeChange, type NodeMouseHandler } from '@xyflow/react';
import type { Scenario } from '../../scenario';
import {
  moveNode,
  selectNode,
  useLayoutStore,
  useRun,
  useScenarioStore,
  useSelectionStore,
} from '../../store';
import { diagramOf } from '../../view';
import { useMediaQuery } from '../useMediaQuery';
import { FIT_OPTIONS, FitOnResize } from './FitOnResize';
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
}: {
  className?: string;
  /** Set by a view that picks its own (the embedded one); otherwise the window's width decides. */
  orientation?: 'horizontal' | 'vertical';
}) {
  const scenario = useScenarioStore((s) => s.scenario);
  const narrow = useMediaQuery(NARROW);
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
  const pad = 1 + 2 * FIT_OPTIONS.padding;
  const shape = { '--diagram-aspect': `${diagram.width * pad} / ${diagram.height * pad}` };
  return (
    <section
      className={`card diagram diagram--${orientation} ${className}`}
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
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.2}
        maxZoom={2}
        nodesDraggable={draggable}
        nodesConnectable={false}
        nodesFocusable
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
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
        <FitOnResize />
        <TokenLayer diagram={diagram} />
      </ReactFlow>
      <SkipMarker />
      <StageCaption />
    </section>
  );
}
