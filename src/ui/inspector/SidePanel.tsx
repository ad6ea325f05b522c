import { Counters } from './Counters';
import { FunctionSettings } from './FunctionSettings';
import { ScenarioSummary } from './ScenarioSummary';
import { SelectedMessage } from './SelectedMessage';
import './inspector.css';

export function SidePanel({ className = '' }: { className?: string }) {
  return (
    <aside className={`card side-panel ${className}`} aria-label="Scenario details">
      <ScenarioSummary />
      <Counters />
      <SelectedMessage />
      <FunctionSettings />
    </aside>
  );
}
