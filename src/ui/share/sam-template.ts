import type { Scenario, ScenarioError } from '../../scenario';
import { hostileContent } from '../../scenario/share-link-guards';
import type { Skipped } from '../../sam';
import { formatCount } from '../../view/format';

/**
 * The SAM side of sharing: the template code (and the yaml parser it needs) loads only when
 * someone exports or imports one, so it stays out of the first page.
 */

/** Larger than any exported template (which carries its scenario); refused before parsing. */
export const MAX_TEMPLATE_BYTES = 2_097_152;

export type TemplateRead =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly skipped: readonly Skipped[];
      readonly restored: boolean;
      readonly keptSimulation: boolean;
    }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

export const TEMPLATE_TOO_LARGE = `the template is too large (over ${formatCount(MAX_TEMPLATE_BYTES)} bytes)`;

export async function samTemplateText(scenario: Scenario): Promise<string> {
  const sam = await import('../../sam');
  return sam.scenarioToSamYaml(scenario);
}

/** A template (YAML or JSON) as a scenario, checked as a link or scenario file is. */
export async function readSamTemplate(text: string): Promise<TemplateRead> {
  if (text.length > MAX_TEMPLATE_BYTES)
    return { ok: false, errors: [{ path: '', message: TEMPLATE_TOO_LARGE }] };
  const sam = await import('../../sam');
  const result = sam.importTemplate(text);
  if (!result.ok) return result;
  const hostile = hostileContent(result.scenario);
  if (hostile !== null) {
    const [path, ...rest] = hostile.replace(/\ba link\b/g, 'a scenario').split(': ');
    return {
      ok: false,
      errors: [
        rest.length > 0
          ? { path: path!, message: rest.join(': ') }
          : { path: '', message: hostile },
      ],
    };
  }
  return result;
}
