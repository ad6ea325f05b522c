import { presetInfo, useScenarioStore } from '../../store';

/** What this scenario shows, in the words of its preset. */
export function ScenarioSummary() {
  const presetId = useScenarioStore((s) => s.presetId);
  const scenario = useScenarioStore((s) => s.scenario);
  const preset = presetId === null ? undefined : presetInfo(presetId);
  return (
    <div className="panel-section">
      <p className="panel-kicker">Scenario</p>
      <h2 className="panel-title">{preset?.title ?? scenario.name}</h2>
      {(preset?.summary ?? scenario.description) && (
        <p className="panel-summary">{preset?.summary ?? scenario.description}</p>
      )}
    </div>
  );
}
