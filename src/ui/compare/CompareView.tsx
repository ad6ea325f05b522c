import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { useScenarioStore } from '../../store';
import { useCompareStore, useSideScenario, type Side } from '../../store/compare';
import { editSide, exitCompare } from '../../store/compare-sides';
import { comparePresetById } from '../../scenario/presets/compare';
import { sideLabels, type SideLabels } from '../../view/compare-labels';
import { CompareStage } from './CompareStage';
import { CompareTable } from './CompareTable';
import './compare.css';

export interface CompareViewProps {
  /** The workbench's own parts, handed in rather than imported: this view loads on demand, and
   *  importing them here would split them out of the first page's scripts into chunks of their own. */
  readonly Diagram: ComponentType<{ className?: string }>;
  readonly playback: ReactNode;
  readonly panel: ReactNode;
  /** A phone: one stage at a time. */
  readonly phone: boolean;
}

/**
 * "What if…?": two designs on the same traffic. Two stages under one playhead, the summary of what
 * differs, and the inspector for the side chosen in "Edit A / B". On a phone one stage shows at a
 * time, switched with the same A / B control.
 */
export default function CompareView({ Diagram, playback, panel, phone }: CompareViewProps) {
  const { pairId, editing, shown } = useCompareStore();
  const labels = useLabels();
  const pair = pairId === null ? undefined : comparePresetById(pairId);
  const sides: Side[] = phone ? [shown] : ['a', 'b'];
  return (
    <main className="workspace compare-workspace">
      <section className="card compare-bar" aria-label="Compare two designs">
        <div className="compare-bar__heading">
          <h2 className="compare-bar__title">{pair ? pair.title : 'What if…?'}</h2>
          {pair && (
            <details className="compare-bar__about">
              <summary>What this shows</summary>
              <p>{pair.summary}</p>
            </details>
          )}
        </div>
        <SideSwitch
          editing={editing}
          shown={phone ? shown : editing}
          labels={labels}
          phone={phone}
        />
        <ExitCompare labels={labels} />
      </section>
      <div className={`compare-stages ${phone ? 'compare-stages--one' : ''}`}>
        {sides.map((side) => (
          <CompareStage
            key={side}
            side={side}
            label={labels[side]}
            editing={side === editing}
            Diagram={Diagram}
          />
        ))}
      </div>
      {playback}
      <div className="compare-lower">
        <CompareTable />
        {panel}
      </div>
    </main>
  );
}

/** A built-in pair's own titles while neither side is edited; otherwise what differs. */
function useLabels(): SideLabels {
  const a = useSideScenario('a');
  const b = useSideScenario('b');
  const { pairId, labels, other } = useCompareStore();
  const editedHere = useScenarioStore((s) => s.edited);
  const untouched = pairId !== null && labels !== null && !editedHere && !(other?.edited ?? false);
  const derived = useMemo(() => sideLabels(a, b), [a, b]);
  return untouched ? labels : derived;
}

function SideSwitch({
  editing,
  shown,
  labels,
  phone,
}: {
  editing: Side;
  shown: Side;
  labels: SideLabels;
  phone: boolean;
}) {
  return (
    <div className="compare-switch" role="group" aria-label={phone ? 'Show design' : 'Edit design'}>
      <span className="compare-switch__label" aria-hidden="true">
        {phone ? 'Show' : 'Edit'}
      </span>
      {(['a', 'b'] as const).map((side) => (
        <button
          key={side}
          type="button"
          className="compare-switch__button"
          aria-pressed={shown === side}
          title={`${side.toUpperCase()}: ${labels[side]}`}
          onClick={() => editSide(side)}
        >
          {side.toUpperCase()}
          {phone && editing === side && <span className="visually-hidden"> (editing)</span>}
        </button>
      ))}
    </div>
  );
}

/** "Exit compare" asks which design stays on screen. */
function ExitCompare({ labels }: { labels: SideLabels }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="compare-exit" onClick={() => setAsking(true)}>
        Exit compare
      </button>
    );
  return (
    <div className="compare-exit-ask" role="group" aria-label="Keep which design?">
      <span>Keep which design?</span>
      <button type="button" onClick={() => exitCompare('a')}>
        A: {labels.a}
      </button>
      <button type="button" onClick={() => exitCompare('b')}>
        B: {labels.b}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
