import { useMemo, useState, type ReactNode } from 'react';
import { StageScenarioContext } from '../../store';
import { useCompareStore, useSideScenario, type Side } from '../../store/compare';
import { sideLabels } from '../../view/compare-labels';

/**
 * An embedded comparison: one design at a time in the small frame, switched with A / B, each
 * titled with what it is; both share the one playhead, as in the full view. Read-only: the
 * switch only changes which side is drawn, never which one is edited.
 */
export function EmbedCompare({ children }: { children: (switcher: ReactNode) => ReactNode }) {
  const [shown, setShown] = useState<Side>('a');
  const a = useSideScenario('a');
  const b = useSideScenario('b');
  const pairLabels = useCompareStore((c) => c.labels);
  const derived = useMemo(() => sideLabels(a, b), [a, b]);
  const labels = pairLabels ?? derived;
  const switcher = (
    <div className="embed-compare" role="group" aria-label="Show design">
      {(['a', 'b'] as const).map((side) => (
        <button
          key={side}
          type="button"
          className="embed-compare__button"
          aria-pressed={shown === side}
          onClick={() => setShown(side)}
        >
          {side.toUpperCase()}
        </button>
      ))}
      <span className="embed-compare__label">
        {shown.toUpperCase()}: {labels[shown]}
      </span>
    </div>
  );
  return (
    <StageScenarioContext.Provider value={shown === 'a' ? a : b}>
      {children(switcher)}
    </StageScenarioContext.Provider>
  );
}
