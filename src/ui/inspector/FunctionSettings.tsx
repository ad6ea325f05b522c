import { useMemo } from 'react';
import { useScenarioStore } from '../../store';
import { functionSettings } from '../../view';

export function FunctionSettings() {
  const scenario = useScenarioStore((s) => s.scenario);
  const settings = useMemo(() => functionSettings(scenario), [scenario]);
  return (
    <div className="panel-section">
      <h3 className="panel-heading">Settings</h3>
      <dl className="settings">
        {settings.map((s) => (
          <div key={s.label} className="settings__row">
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
