import { parseScenario } from '../parse';
import type { Scenario } from '../schema';

/**
 * "Start from scratch": one function with the AWS defaults (128 MB, 3 s timeout) and one
 * synchronous caller that invokes it three times, a second apart. It plays at once — a cold start,
 * then two warm ones — and gives every piece of the palette a function to connect to.
 */
export const SCRATCH_DOCUMENT = {
  version: 1,
  name: 'My design',
  description:
    'Built from scratch: add pieces from the Build palette and connect them to the function.',
  durationMs: 600_000,
  workloads: [
    {
      id: 'caller',
      label: 'Caller',
      invocationType: 'RequestResponse',
      arrivals: { kind: 'single', atMs: [0, 1_000, 2_000] },
    },
  ],
} as const;

export function scratchScenario(): Scenario {
  const parsed = parseScenario(SCRATCH_DOCUMENT);
  if (!parsed.ok) throw new Error('the scratch design must be valid');
  return parsed.scenario;
}

/** "Duplicate this preset": the same document under a new title, no longer a built-in preset. */
export function duplicateScenario(s: Scenario): Scenario {
  const name = `Copy of ${s.name}`.slice(0, 120);
  return { ...structuredClone(s), name };
}
