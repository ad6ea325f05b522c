import { useId } from 'react';
import { loadPreset, PRESETS, useScenarioStore } from '../../store';
import { useCompareStore } from '../../store/compare';
import { COMPARE_OPTION_PREFIX, COMPARE_PAIRS, openComparePair } from '../compare/compare-index';

/** Choose a built-in scenario. */
export function PresetPicker() {
  const id = useId();
  const presetId = useScenarioStore((s) => s.presetId);
  const pairId = useCompareStore((s) => (s.open ? s.pairId : null));
  const value = pairId !== null ? COMPARE_OPTION_PREFIX + pairId : (presetId ?? '');
  const pick = (v: string) =>
    v.startsWith(COMPARE_OPTION_PREFIX)
      ? void openComparePair(v.slice(COMPARE_OPTION_PREFIX.length))
      : void loadPreset(v);
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={value} onChange={(e) => pick(e.target.value)}>
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
      </select>
    </div>
  );
}
