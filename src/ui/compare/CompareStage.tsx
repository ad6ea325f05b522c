import { StageScenarioContext, usePlaybackStore } from '../../store';
import { useSideScenario, type Side } from '../../store/compare';
import { editSide } from '../../store/compare-sides';
import { formatTime } from '../../view';
import type { ComponentType } from 'react';

/** One design's stage: its title (what differs), its clock, and its diagram at the shared moment. */
export function CompareStage({
  side,
  label,
  editing,
  Diagram,
}: {
  side: Side;
  label: string;
  editing: boolean;
  Diagram: ComponentType<{ className?: string }>;
}) {
  const scenario = useSideScenario(side);
  const t = usePlaybackStore((s) => s.t);
  const letter = side.toUpperCase();
  return (
    <section
      className={`compare-stage compare-stage--${side} ${editing ? 'compare-stage--editing' : ''}`}
      aria-label={`Design ${letter}`}
      data-side={side}
      // A box picked in this stage opens in the inspector: this side becomes the one edited.
      onClickCapture={editing ? undefined : () => editSide(side)}
    >
      <h2 className="compare-stage__title">
        <span className="compare-stage__letter">{letter}:</span>{' '}
        <span className="compare-stage__label">{label}</span>
        {editing && <span className="compare-stage__editing">editing</span>}
        <output className="compare-stage__clock" aria-label={`Time in ${letter}`} aria-live="off">
          {formatTime(t)}
        </output>
      </h2>
      <StageScenarioContext.Provider value={scenario}>
        <Diagram className="compare-stage__diagram" />
      </StageScenarioContext.Provider>
    </section>
  );
}
