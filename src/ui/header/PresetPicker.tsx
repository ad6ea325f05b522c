import { useId } from 'react';
import { loadPreset, PRESETS, useScenarioStore, requestBuild } from '../../store';

const SCRATCH = '(scratch)';
const DUPLICATE = '(duplicate)';

/** A preset, or a design of one's own (the Build palette opens and makes it). */
function choose(value: string): void {
  if (value === SCRATCH) requestBuild('scratch');
  else if (value === DUPLICATE) requestBuild('duplicate');
  else void loadPreset(value);
}

/** Choose a built-in scenario, start a design from scratch, or copy the current one. */
export function PresetPicker() {
  const id = useId();
  const presetId = useScenarioStore((s) => s.presetId);
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={presetId ?? ''} onChange={(e) => choose(e.target.value)}>
        {presetId === null && <option value="">Custom scenario</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
        <optgroup label="Your own design">
          <option value={SCRATCH}>Start from scratch</option>
          <option value={DUPLICATE}>
            {presetId !== null ? 'Duplicate this preset' : 'Duplicate this design'}
          </option>
        </optgroup>
      </select>
    </div>
  );
}
