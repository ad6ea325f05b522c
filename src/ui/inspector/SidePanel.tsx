import { Counters } from './Counters';
import { FunctionSettings } from './FunctionSettings';
import { ScenarioSummary } from './ScenarioSummary';
import { SelectedMessage } from './SelectedMessage';
import './inspector.css';

export function SidePanel({ className = '' }: { className?: string }) {
  return (
    // Focusable because it scrolls on its own: keyboard users must be able to scroll it too.
    <aside className={`card side-panel ${className}`} aria-label="Scenario details" tabIndex={0}>
      <ScenarioSummary />
      <Counters />
      <SelectedMessage />
      <FunctionSettings />
    </aside>
  );
}
