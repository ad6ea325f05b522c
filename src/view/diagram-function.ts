import type { Scenario } from '../scenario';

/**
 * The function's versions and aliases in a line each, read from the scenario: which versions are
 * published, and where each alias sends its traffic ("live → 1 (90 %) · 2 (10 %)"). A function
 * with no published version and no alias has nothing to say here: only $LATEST exists.
 */
export function versionLines(s: Scenario): string[] {
  const fn = s.function;
  if (fn.versions.length === 0 && fn.aliases.length === 0) return [];
  const lines = [['$LATEST', ...fn.versions.map((v) => `v${v.version}`)].join(' · ')];
  const shown = fn.aliases.slice(0, MAX_ALIASES);
  for (const a of shown) {
    const r = a.routing;
    lines.push(
      r === undefined || r.weight === 0
        ? `${a.name} → ${a.version}`
        : `${a.name} → ${a.version} (${percent(1 - r.weight)}) · ${r.version} (${percent(r.weight)})`,
    );
  }
  const more = fn.aliases.length - shown.length;
  if (more > 0) lines[lines.length - 1] += ` · +${more} more`;
  return lines;
}

/** Aliases drawn one to a line; the rest are counted on the last one. */
const MAX_ALIASES = 2;

/** A routing weight as a percentage, to a tenth where it needs one ("90 %", "2.5 %"). */
function percent(weight: number): string {
  return `${Math.round(weight * 1000) / 10} %`;
}
