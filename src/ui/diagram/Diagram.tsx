import { StageCaption } from '../present/StageCaption';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { ReactFlow, type NodeChange, type NodeMouseHandler, type OnMove } from '@xyflow/react';
import type { Scenario } from '../../scenario';
import {
  moveNode,
  selectNode,
  useLayoutStore,
  usePlaybackStore,
  usePresentationStore,
  useRun,
  useSelectionStore,
  useStageScenario,
  useBuildStore,
} from '../../store';
import { diagramOf, FIT_PADDING, legibleZoom, type Box, type Venue } from '../../view';
import { concealOutcomes } from '../../view/conceal';
import { startIds, type LessonFocus } from '../../view/follow';
import { placeResolver } from '../../view/token-places';
import { useLessonSession } from '../lessons/session-store';
import { useMediaQuery } from '../useMediaQuery';
import { FollowView } from './FollowView';
import { toFlow } from './flow';
import { LabNode } from './LabNode';
import { MessageWay } from '../stage/closed-panels';
import { TokenLayer } from './TokenLayer';
import { useAreaSize } from './useAreaSize';
import { useJourneys } from './useJourneys';
import './diagram.css';

const nodeTypes = { lab: LabNode };

/** How long the "view follows the action" hint stays up, in wall-clock ms. */
const HINT_MS = 4000;

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
  const scenario = useStageScenario();
  const narrow = useMediaQuery(NARROW);
  const presenting = usePresentationStore((s) => s.presenting);
  const venue: Venue = embedded ? 'embed' : presenting ? 'present' : narrow ? 'phone' : 'desk';
  // Larger than its box at a legible size: the view follows the action, or is dragged.
  const [pans, setPans] = useState(false);
  const [following, setFollowing] = useState(true);
  // Playing again follows again, after a look around.
  useEffect(
    () =>
      usePlaybackStore.subscribe((s, prev) => {
        if (s.playing && !prev.playing) setFollowing(true);
      }),
    [],
  );
  // A drag of the background (an event; the view's own moves have none) stops following.
  const onMove = useCallback<OnMove>((event) => {
    if (event != null) setFollowing(false);
  }, []);
  // Arranging boxes by hand: the view stays where the person is working.
  const stopFollowing = useCallback(() => setFollowing(false), []);
  const orientation = fixed ?? (narrow ? 'vertical' : 'horizontal');
  // The run marks what it refused (a mapping, a denied service); the run changes with the scenario.
  const run = useRun();
  // Left to right, a chain too long for the area at the venue's readable size wraps onto rows.
  const section = useRef<HTMLElement>(null);
  const measured = useAreaSize(section);
  const areaWidth = orientation === 'horizontal' ? (measured?.width ?? 0) : 0;
  const areaHeight = orientation === 'horizontal' ? (measured?.height ?? 0) : 0;
  const diagram = useMemo(
    () =>
      diagramOf(
        scenario,
        orientation,
        run,
        areaWidth > 0 && areaHeight > 0
          ? { width: areaWidth, height: areaHeight, zoom: legibleZoom(venue) }
          : undefined,
      ),
    [scenario, orientation, run, areaWidth, areaHeight, venue],
  );
  const moved = useLayoutStore((s) => s.moved[orientation]);
  const selected = useSelectionStore((s) => s.node);
  // A picked message's line takes a strip at the stage's foot (see TokenJourney).
  const messagePicked = useSelectionStore((s) => s.message !== null);
  // Boxes can be dragged with a mouse; on a phone a finger on a box must still scroll the page.
  const draggable = !narrow;
  // A lesson question waiting for its answer: the diagram does not print it (view/conceal).
  const asking = useLessonSession((st) => {
    const s = st.session;
    return (
      s !== null &&
      !s.travelling &&
      s.steps[s.step]?.step.predict !== undefined &&
      s.answers[s.step] === undefined
    );
  });
  const { nodes, edges } = useMemo(
    () => toFlow(asking ? concealOutcomes(diagram) : diagram, { moved, selected, draggable }),
    [diagram, asking, moved, selected, draggable],
  );
  // Where the boxes are (dragged ones where they were put), for fitting and following the view.
  // Picking a box redraws the nodes but moves none: the same key, so the view stays put.
  const boxesKey = nodes
    .map((n) => {
      const { width, height } = n.data.node.size ?? n.data.size;
      return `${n.id}\u0000${n.position.x}\u0000${n.position.y}\u0000${width}\u0000${height}`;
    })
    .join('\u0001');
  const { boxes, bounds } = useMemo(() => boxesOf(boxesKey), [boxesKey]);
  const start = useMemo(() => startIds(diagram.nodes, diagram.edges), [diagram]);
  // A lesson's step shows, at its moment, the boxes of the event it asks about.
  const stepEvent = useLessonSession((st) =>
    st.session === null || st.session.travelling
      ? null
      : (st.session.steps[st.session.step]?.event ?? null),
  );
  const stepT = useLessonSession((st) =>
    st.session === null ? null : (st.session.steps[st.session.step]?.t ?? null),
  );
  const stepFocus = useLessonSession((st) =>
    st.session === null ? null : (st.session.steps[st.session.step]?.step.focus ?? null),
  );
  const lessonFocus = useMemo<LessonFocus | null>(() => {
    if (stepEvent === null || stepT === null) return null;
    // A grouped producer is framed by its group's box.
    if (stepFocus !== null)
      return { t: stepT, ids: stepFocus.map((id) => diagram.aliases.get(id) ?? id), only: true };
    const resolve = placeResolver(new Set(diagram.nodes.map((n) => n.id)), diagram.aliases);
    const ids = [resolve(stepEvent.to, stepEvent), resolve(stepEvent.from, stepEvent)].filter(
      (id): id is string => id !== null,
    );
    return ids.length === 0 ? null : { t: stepT, ids };
  }, [stepEvent, stepT, stepFocus, diagram]);
  const { journeys, travelMs } = useJourneys(diagram);
  // The Build palette, while open, lets arrows be drawn and pieces dropped here.
  const build = useBuildStore((st) => st.handlers);
  // A box picked while building (a piece just added, off screen) is brought into view, even
  // after a look around: the next drop or arrow needs it.
  const pickedBox = build ? selected : null;
  const [lastPicked, setLastPicked] = useState(pickedBox);
  if (pickedBox !== lastPicked) {
    setLastPicked(pickedBox);
    if (pickedBox !== null) setFollowing(true);
  }
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
      ref={section}
      className={`card diagram diagram--${orientation} ${pans ? 'diagram--pans' : ''} ${build ? 'diagram--building' : ''} ${messagePicked ? 'diagram--journey' : ''} ${className}`}
      aria-label="Diagram"
      style={shape as CSSProperties}
      onDragOver={build?.onDragOver}
      onDrop={build?.onDrop}
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
        onMove={onMove}
        onNodeDragStart={stopFollowing}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        deleteKeyCode={null}
        panActivationKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        disableKeyboardA11y
        {...build?.flow}
      >
        <FollowView
          bounds={bounds}
          boxes={boxes}
          start={start}
          lessonFocus={lessonFocus}
          journeys={journeys}
          travelMs={travelMs}
          venue={venue}
          following={following}
          picked={pickedBox}
          onPans={setPans}
        />
        <TokenLayer diagram={diagram} journeys={journeys} />
      </ReactFlow>
      {pans &&
        (following ? (
          <PanHint />
        ) : (
          <button
            type="button"
            className="diagram__pan-hint diagram__follow"
            onClick={() => setFollowing(true)}
          >
            Follow the action
          </button>
        ))}
      {/* Only for a picked message: its code loads then (or once the page is idle). */}
      {messagePicked && <MessageWay.Panel diagram={diagram} journeys={journeys} />}
      <StageCaption />
    </section>
  );
}

/**
 * "The view follows the action": said for a few seconds, then gone, so it never sits on a box's
 * title for long (on a phone it would cover the top box). Mounted afresh whenever the view
 * starts following again, so it says it again then.
 */
function PanHint() {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(false), HINT_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return shown ? (
    <p className="diagram__pan-hint">The view follows the action · drag to look around</p>
  ) : null;
}

/** The boxes by id, and the area they cover, from the key Diagram builds of them. */
function boxesOf(key: string): { boxes: Map<string, Box>; bounds: Box } {
  const boxes = new Map<string, Box>();
  for (const row of key.split('\u0001')) {
    const [id, x, y, width, height] = row.split('\u0000');
    if (id === undefined || id === '') continue;
    boxes.set(id, { x: Number(x), y: Number(y), width: Number(width), height: Number(height) });
  }
  const all = [...boxes.values()];
  const x = Math.min(...all.map((b) => b.x));
  const y = Math.min(...all.map((b) => b.y));
  const bounds = {
    x,
    y,
    width: Math.max(...all.map((b) => b.x + b.width)) - x,
    height: Math.max(...all.map((b) => b.y + b.height)) - y,
  };
  return { boxes, bounds };
}
