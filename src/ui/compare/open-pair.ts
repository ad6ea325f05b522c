import { formatErrors, parseScenario, type Scenario } from '../../scenario';
import { comparePresetById, type CompareSide } from '../../scenario/presets/compare';
import { openComparison } from '../../store/compare-sides';

/** A side's scenario, validated like any scenario document. */
export function sideScenario(
  side: CompareSide,
): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const parsed = parseScenario(side.scenario);
  return parsed.ok ? parsed : { ok: false, error: formatErrors(parsed.errors) };
}

/** Open a built-in comparison at 0:00, editing A. Resolves false when it could not be opened. */
export async function openPair(id: string): Promise<boolean> {
  const pair = comparePresetById(id);
  if (pair === undefined) return false;
  const a = sideScenario(pair.a);
  const b = sideScenario(pair.b);
  if (!a.ok || !b.ok) return false;
  return openComparison(a.scenario, b.scenario, {
    pairId: pair.id,
    labels: { a: pair.a.label, b: pair.b.label },
  });
}
