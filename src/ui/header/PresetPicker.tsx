import { useId } from 'react';
import { loadPreset, PRESETS, useScenarioStore } from '../../store';

const SCRATCH = '(scratch)';
const DUPLICATE = '(duplicate)';

/** A preset, or a design of one's own; the build actions load only when asked for. */
function choose(value: string): Promise<unknown> {
  if (value === SCRATCH)
    return import('../../store/build-actions').then((m) => m.startFromScratch());
  if (value === DUPLICATE)
    return import('../../store/build-actions').then((m) => m.duplicateCurrent());
  return loadPreset(value);
}

/** Choose a built-in scenario, start a design from scratch, or copy the current one. */
export function PresetPicker() {
  const id = useId();
  const presetId = useScenarioStore((s) => s.presetId);
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={presetId ?? ''} onChange={(e) => void choose(e.target.value)}>
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
