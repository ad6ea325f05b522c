import { useMemo, type CSSProperties } from 'react';
import { ReactFlow } from '@xyflow/react';
import type { Scenario } from '../../scenario';
import { useRun, useScenarioStore } from '../../store';
import { diagramOf } from '../../view';
import { useMediaQuery } from '../useMediaQuery';
import { FIT_OPTIONS, FitOnResize } from './FitOnResize';
import { toFlow } from './flow';
import { LabNode } from './LabNode';
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
export function Diagram({ className = '' }: { className?: string }) {
  const scenario = useScenarioStore((s) => s.scenario);
  const narrow = useMediaQuery(NARROW);
  const orientation = narrow ? 'vertical' : 'horizontal';
  // The run marks what it refused (a mapping, a denied service); the run changes with the scenario.
  const run = useRun();
  const diagram = useMemo(
    () => diagramOf(scenario, orientation, run),
    [scenario, orientation, run],
  );
  const { nodes, edges } = useMemo(() => toFlow(diagram), [diagram]);
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
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.2}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
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
      </ReactFlow>
    </section>
  );
}
