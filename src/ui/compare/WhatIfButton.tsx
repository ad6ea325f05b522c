import { startWhatIf, useCompareStore } from '../../store/compare';
import './what-if.css';

/** Fork the scenario on screen into A (as it is) and B (to edit), on the same traffic. */
export function WhatIfButton() {
  return (
    <button
      type="button"
      className="what-if-button"
      title="Compare this scenario with a changed copy of it, on the same traffic"
      onClick={startWhatIf}
    >
      What if…?
    </button>
  );
}

/** The button, while one scenario is on screen (the compare view has its own way out). */
export function WhatIfSlot() {
  const comparing = useCompareStore((s) => s.open);
  return comparing ? null : <WhatIfButton />;
}
