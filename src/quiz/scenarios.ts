import { parseScenario, presetById, type Scenario } from '../scenario';
import { PREDICT_CASES, predictScenario } from './predict';

/**
 * The scenarios a "show me" can name: the built-in presets and the quiz's own predict scenarios.
 * Both are parsed with the same code the simulator uses, so the run here is the run there.
 */
const cache = new Map<string, Scenario | null>();

export function isBuiltInPreset(id: string): boolean {
  return presetById(id) !== undefined;
}

/** The scenario's title as the simulator lists it (a preset) or as the quiz names it. */
export function scenarioTitle(id: string): string | undefined {
  return presetById(id)?.title ?? PREDICT_CASES.find((c) => c.id === id)?.title;
}

export function scenarioById(id: string): Scenario | undefined {
  if (!cache.has(id)) cache.set(id, load(id));
  return cache.get(id) ?? undefined;
}

function load(id: string): Scenario | null {
  const own = PREDICT_CASES.find((c) => c.id === id && c.scenario !== undefined);
  if (own) return predictScenario(own);
  const preset = presetById(id);
  if (preset === undefined) return null;
  const parsed = parseScenario(preset.scenario);
  return parsed.ok ? parsed.scenario : null;
}
