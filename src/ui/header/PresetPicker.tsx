import { useId } from 'react';
import { loadPreset, PRESETS, useScenarioStore } from '../../store';

/** Choose a built-in scenario. */
export function PresetPicker() {
  const id = useId();
  const presetId = useScenarioStore((s) => s.presetId);
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={presetId ?? ''} onChange={(e) => void loadPreset(e.target.value)}>
        {presetId === null && <option value="">Custom scenario</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </div>
  );
}
