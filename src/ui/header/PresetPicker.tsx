import { useId } from 'react';
import { loadPreset, PRESETS, useScenarioStore, requestBuild } from '../../store';
import { useCompareStore } from '../../store/compare';
import { COMPARE_OPTION_PREFIX, COMPARE_PAIRS, openComparePair } from '../compare/compare-index';

const SCRATCH = '(scratch)';
const DUPLICATE = '(duplicate)';

/** A preset, a comparison, or a design of one's own (the Build palette opens and makes it). */
function choose(value: string): void {
  if (value === SCRATCH) requestBuild('scratch');
  else if (value === DUPLICATE) requestBuild('duplicate');
  else if (value.startsWith(COMPARE_OPTION_PREFIX))
    void openComparePair(value.slice(COMPARE_OPTION_PREFIX.length));
  else void loadPreset(value);
}

/** Choose a built-in scenario or comparison, start a design from scratch, or copy the current one. */
export function PresetPicker() {
  const id = useId();
  const presetId = useScenarioStore((s) => s.presetId);
  const pairId = useCompareStore((s) => (s.open ? s.pairId : null));
  const value = pairId !== null ? COMPARE_OPTION_PREFIX + pairId : (presetId ?? '');
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={value} onChange={(e) => choose(e.target.value)}>
        {value === '' && <option value="">Custom scenario</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
        <optgroup label="Compare two designs">
          {COMPARE_PAIRS.map((p) => (
            <option key={p.id} value={COMPARE_OPTION_PREFIX + p.id}>
              {p.title}
            </option>
          ))}
        </optgroup>
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
