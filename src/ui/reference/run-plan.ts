/**
 * What "Run it" would do for a service: open its scenario, or say exactly why it cannot. Pure, so
 * each outcome is tested without a browser; the button only renders the answer.
 *
 * The scenario is validated here, in the reference page's own chunk, so the validator (zod) is
 * fetched with this page and never with the simulator's first load.
 */
import type { ServiceRecord } from '../../catalog/services';
import { parseScenario, type ScenarioError } from '../../scenario/parse';
import type { Scenario } from '../../scenario/schema';
import { scenarioForService } from '../../scenario/service-scenarios';

export type RunPlan =
  | { readonly kind: 'ready'; readonly scenario: Scenario }
  /** No scenario is written for this service. */
  | { readonly kind: 'missing'; readonly reason: string }
  /** A scenario exists but does not validate (or could not even be built). */
  | {
      readonly kind: 'invalid';
      readonly reason: string;
      readonly errors: readonly ScenarioError[];
    };

export function planRun(service: ServiceRecord): RunPlan {
  let input: unknown;
  try {
    input = scenarioForService(service.id);
  } catch (e) {
    return {
      kind: 'invalid',
      reason: `The ${service.shortName} scenario could not be built, so it cannot run.`,
      errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }],
    };
  }
  if (input === undefined) {
    return {
      kind: 'missing',
      reason:
        service.invocation === 'special'
          ? `${service.shortName} never invokes a function, so there is no scenario to run.`
          : `There is no simulator scenario for ${service.shortName} yet.`,
    };
  }
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    return {
      kind: 'invalid',
      reason: `The ${service.shortName} scenario does not pass validation (${n} problem${n === 1 ? '' : 's'}), so it cannot run.`,
      errors: parsed.errors,
    };
  }
  return { kind: 'ready', scenario: parsed.scenario };
}
