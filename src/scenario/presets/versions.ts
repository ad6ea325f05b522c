import type { ScenarioInput } from '../schema';
import type { Preset } from './types';

/** Versions and aliases: a weighted alias (canary) and a roll-back to the previous version. */

type Behaviour = NonNullable<NonNullable<ScenarioInput['function']>['behaviour']>;

/** A published version: its settings are frozen, so each one carries them all. */
function version(n: number, behaviour: Behaviour, description: string) {
  return {
    version: n,
    runtime: 'nodejs' as const,
    packageType: 'zip' as const,
    memoryMb: 256,
    timeoutSeconds: 5,
    behaviour,
    description,
  };
}

const GOOD: Behaviour = { duration: { kind: 'fixed', ms: 200 } };
/** Version 2's bug: every request it handles throws. */
const BROKEN: Behaviour = { duration: { kind: 'fixed', ms: 200 }, errorRate: 1 };

export const aliasCanary: Preset = {
  id: 'alias-canary',
  title: 'Alias canary: 90 % version 1, 10 % version 2',
  summary:
    'A shopper calls the alias live once a second for 20 s. The alias points to version 1 and sends a weight of 10 % to version 2, a new release with a bug. Lambda draws the version for each request: with this seed the requests at 1 s and 14 s run version 2 and fail (the first of them pays a cold start: version 2 has environments of its own), while the other 18 run version 1. The weight is a probability, not a quota: another seed gives a different split.',
  scenario: {
    version: 1,
    name: 'Alias canary: 90 % version 1, 10 % version 2',
    seed: 24,
    durationMs: 30_000,
    function: {
      name: 'checkout',
      versions: [version(1, GOOD, 'stable'), version(2, BROKEN, 'new release')],
      aliases: [{ name: 'live', version: 1, routing: { version: 2, weight: 0.1 } }],
    },
    workloads: [
      {
        id: 'shoppers',
        label: 'Shoppers (alias live)',
        qualifier: 'live',
        arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 20_000 },
      },
    ],
  },
};

export const versionRollback: Preset = {
  id: 'version-rollback',
  title: 'Roll-back: the alias goes back to version 1',
  summary:
    'Version 2 of the checkout function has a bug. For the first 10 s the alias live points to it and every request fails. At 10 s the team points live back at version 1 (shown here as a second caller that calls version 1 from then on): every request succeeds again, after one cold start, as version 1 has no warm environment yet. Published versions never change, so rolling back is only a change of pointer: nothing is redeployed. Callers that use the alias never change their ARN.',
  scenario: {
    version: 1,
    name: 'Roll-back: the alias goes back to version 1',
    seed: 10,
    durationMs: 30_000,
    function: {
      name: 'checkout',
      versions: [version(1, GOOD, 'stable'), version(2, BROKEN, 'new release')],
    },
    workloads: [
      {
        id: 'before',
        label: 'live → version 2 (release)',
        qualifier: 2,
        arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 10_000 },
      },
      {
        id: 'after',
        label: 'live → version 1 (roll-back)',
        qualifier: 1,
        arrivals: { kind: 'constant', ratePerSecond: 1, startMs: 10_000, durationMs: 10_000 },
      },
    ],
  },
};
