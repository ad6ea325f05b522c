import { useEffect, useId, useMemo, type DragEvent } from 'react';
import { canConnect } from '../../scenario/build/connections';
import { piecesByGroup, type Piece } from '../../scenario/build/pieces';
import {
  useScenarioStore,
  useSelectionStore,
  PIECE_MIME,
  toggleBuild,
  useBuildStore,
} from '../../store';
import {
  addPieceTo,
  connectBoxes,
  duplicateCurrent,
  removeBox,
  startFromScratch,
} from '../../store/build-actions';
import type { Scenario } from '../../scenario';
import { diagramOf, type Diagram } from '../../view';
import { NodeIcon } from '../diagram/NodeIcon';
import { buildFlow } from './build-flow';
import './build.css';

const GROUPS = piecesByGroup();

/**
 * The Build palette, beside the diagram: pieces to add (Enter or a click adds one; drag one onto
 * the diagram or onto a box), the picked box's arrows ("Connect to…", refused ones disabled with
 * their reason) and its removal, and a polite live region that says what happened.
 */
export default function BuildPanel() {
  const scenario = useScenarioStore((s) => s.scenario);
  const presetId = useScenarioStore((s) => s.presetId);
  const picked = useSelectionStore((s) => s.node);
  const notice = useBuildStore((s) => s.notice);
  const headingId = useId();
  // While open, the diagram accepts drops and drawn arrows.
  useEffect(() => {
    useBuildStore.setState({ handlers: buildFlow });
    return () => useBuildStore.setState({ handlers: null });
  }, []);
  // "Start from scratch" or "Duplicate" chosen in the scenario picker.
  const request = useBuildStore((s) => s.request);
  useEffect(() => {
    if (request === null) return;
    useBuildStore.setState({ request: null });
    void (request === 'scratch' ? startFromScratch() : duplicateCurrent());
  }, [request]);
  const diagram = useMemo(() => diagramOf(scenario), [scenario]);
  const pickedNode = diagram.nodes.find((n) => n.id === picked);
  const pickedTarget = pickedNode !== undefined && picked !== null;
  return (
    <section className="card build-panel" aria-labelledby={headingId}>
      <div className="build-panel__head">
        <h2 id={headingId}>Build</h2>
        <button type="button" className="build-panel__close" onClick={() => toggleBuild(false)}>
          Close
        </button>
      </div>
      <div className="build-panel__start">
        <button type="button" onClick={() => void startFromScratch()}>
          Start from scratch
        </button>
        <button type="button" onClick={() => void duplicateCurrent()}>
          {presetId !== null ? 'Duplicate this preset' : 'Duplicate this design'}
        </button>
      </div>
      <p className="build-panel__notice" role="status" aria-live="polite">
        {notice}
      </p>
      {pickedTarget ? (
        <PickedBox
          id={picked}
          title={pickedNode.title}
          subtitle={pickedNode.subtitle}
          diagram={diagram}
          scenario={scenario}
        />
      ) : (
        <p className="build-panel__hint">
          Pick a box on the diagram (click it, or Tab to it and press Enter) to connect or remove
          it. A dead-letter queue or destination is added to the picked box.
        </p>
      )}
      {GROUPS.map((g) => (
        <details key={g.group} className="build-panel__group" open={g.group !== 'push'}>
          <summary>
            {g.label} ({g.pieces.length})
          </summary>
          <ul className="build-panel__pieces">
            {g.pieces.map((p) => (
              <li key={p.id}>
                <PieceButton piece={p} at={pickedTarget ? picked : null} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

function PickedBox({
  id,
  title,
  subtitle,
  diagram,
  scenario,
}: {
  id: string;
  title: string;
  subtitle: string;
  diagram: Diagram;
  scenario: Scenario;
}) {
  const targets = [
    ...(diagram.nodes.some((n) => n.id === 'function')
      ? []
      : [{ id: 'function', title: scenario.function.name, subtitle: 'Function' }]),
    ...diagram.nodes,
  ].filter((n) => n.id !== id);
  const verdicts = targets.map((n) => ({ node: n, verdict: canConnect(id, n.id, scenario) }));
  return (
    <div className="build-panel__picked">
      <p>
        Picked: <strong>{title}</strong> <span className="build-panel__muted">({subtitle})</span>
      </p>
      <h3>Connect to…</h3>
      <ul className="build-panel__targets" aria-label={`Connect ${title} to`}>
        {verdicts.map(({ node, verdict }) => (
          <li key={node.id}>
            <button
              type="button"
              disabled={!verdict.ok}
              aria-describedby={verdict.ok ? undefined : `why-${cssId(node.id)}`}
              onClick={() => void connectBoxes(id, node.id)}
            >
              {node.title} <span className="build-panel__muted">({node.subtitle})</span>
            </button>
            {!verdict.ok && (
              <span id={`why-${cssId(node.id)}`} className="build-panel__why">
                {verdict.reason}
              </span>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="build-panel__remove" onClick={() => void removeBox(id)}>
        Remove {title}
      </button>
    </div>
  );
}

function PieceButton({ piece, at }: { piece: Piece; at: string | null }) {
  const onDragStart = (e: DragEvent<HTMLButtonElement>) => {
    e.dataTransfer.setData(PIECE_MIME, piece.id);
    e.dataTransfer.setData('text/plain', piece.id);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const target = piece.spec.kind === 'target';
  return (
    <button
      type="button"
      className="build-piece"
      draggable
      onDragStart={onDragStart}
      data-piece={piece.id}
      title={piece.note}
      onClick={() => void addPieceTo(piece.id, target ? at : null)}
    >
      <NodeIcon kind={piece.icon} />
      <span className="build-piece__text">
        <span className="build-piece__label">{piece.label}</span>
        <span className="build-piece__note">{piece.note}</span>
      </span>
    </button>
  );
}

const cssId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');
