import { presetInfo, presetSummary, useScenarioStore } from '../../store';

/** What this scenario shows, in the words of its preset. */
export function ScenarioSummary() {
  const presetId = useScenarioStore((s) => s.presetId);
  const scenario = useScenarioStore((s) => s.scenario);
  const preset = presetId === null ? undefined : presetInfo(presetId);
  const summary = (presetId === null ? undefined : presetSummary(presetId)) ?? scenario.description;
  return (
    <div className="panel-section">
      <p className="panel-kicker">Scenario</p>
      <h2 className="panel-title">{preset?.title ?? scenario.name}</h2>
      {summary && <p className="panel-summary">{summary}</p>}
    </div>
  );
}
