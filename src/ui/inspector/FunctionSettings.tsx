import { useMemo } from 'react';
import { selectNode, useScenarioStore } from '../../store';
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
      <p className="settings__edit">
        <button type="button" className="text-button" onClick={() => selectNode('function')}>
          Edit the function’s settings
        </button>{' '}
        <span className="settings__tip">(or click any box of the diagram)</span>
      </p>
    </div>
  );
}
