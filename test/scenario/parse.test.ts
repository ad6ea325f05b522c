import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, presets, type ScenarioError } from '../../src/scenario';
import { migrate } from '../../src/scenario/migrations';

function errorsOf(doc: unknown): ScenarioError[] {
  const r = parseScenario(doc);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

describe('parseScenario', () => {
  it('fills every default of a minimal document', () => {
    const r = parseScenario({ version: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.function).toMatchObject({
      name: 'my-function',
      runtime: 'nodejs',
      memoryMb: 128,
      timeoutSeconds: 3,
      asyncConfig: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21_600 },
    });
    expect(r.scenario.account).toEqual({
      concurrencyLimit: 1_000,
      scalingModel: 'current',
      legacyBurstLimit: 3000,
    });
    expect(r.scenario.environment).toEqual({
      idleTimeoutMinutes: 10,
      maxLifetimeMinutes: 120,
      provisionedRecycleHours: 4,
    });
    expect(r.scenario.async).toEqual({ queueDelayMs: 100, duplicateRate: 0 });
  });

  it('accepts every preset', () => {
    for (const p of presets) expect(parseScenario(p.scenario).ok, p.id).toBe(true);
  });

  it('names the field and the allowed range for out-of-range values', () => {
    expect(errorsOf({ version: 1, function: { timeoutSeconds: 901 } })).toEqual([
      { path: 'function.timeoutSeconds', message: 'must be a whole number from 1 to 900 s' },
    ]);
    expect(errorsOf({ version: 1, function: { memoryMb: 64 } })).toEqual([
      { path: 'function.memoryMb', message: 'must be a whole number from 128 to 10,240 MB' },
    ]);
    expect(
      errorsOf({ version: 1, function: { asyncConfig: { maximumRetryAttempts: 3 } } }),
    ).toEqual([
      {
        path: 'function.asyncConfig.maximumRetryAttempts',
        message: 'must be a whole number from 0 to 2',
      },
    ]);
    expect(
      errorsOf({ version: 1, function: { asyncConfig: { maximumEventAgeInSeconds: 30 } } })[0],
    ).toEqual({
      path: 'function.asyncConfig.maximumEventAgeInSeconds',
      message: 'must be a whole number from 60 to 21,600 s',
    });
  });

  it('names the field for wrong types', () => {
    expect(errorsOf({ version: 1, function: { timeoutSeconds: '30' } })).toEqual([
      { path: 'function.timeoutSeconds', message: 'must be a whole number from 1 to 900 s' },
    ]);
    expect(errorsOf({ version: 1, workloads: [{ id: 'a', arrivals: { kind: 'often' } }] })).toEqual(
      [
        {
          path: 'workloads.0.arrivals.kind',
          message: 'kind must be one of "single", "constant", "burst", "poisson"',
        },
      ],
    );
    expect(
      errorsOf({ version: 1, workloads: [{ arrivals: { kind: 'burst', atMs: 0, count: 1 } }] }),
    ).toEqual([{ path: 'workloads.0.id', message: 'is required' }]);
  });

  it('rejects unknown fields by name', () => {
    expect(errorsOf({ version: 1, function: { timeout: 30 } })).toEqual([
      { path: 'function', message: 'unknown field "timeout"' },
    ]);
    expect(errorsOf({ version: 1, colour: 'red', size: 2 })).toEqual([
      { path: '', message: 'unknown fields "colour", "size"' },
    ]);
  });

  it('rejects a weighted alias that involves $LATEST or an unpublished version', () => {
    const v1 = {
      version: 1,
      runtime: 'nodejs',
      packageType: 'zip',
      memoryMb: 128,
      timeoutSeconds: 3,
      behaviour: {},
    };
    expect(
      errorsOf({
        version: 1,
        function: {
          versions: [v1],
          aliases: [{ name: 'prod', version: '$LATEST', routing: { version: 1, weight: 0.1 } }],
        },
      }),
    ).toEqual([
      {
        path: 'function.aliases.0.version',
        message: 'a weighted alias must point to published versions, not $LATEST',
      },
    ]);
    expect(
      errorsOf({
        version: 1,
        function: {
          versions: [v1],
          aliases: [{ name: 'prod', version: 1, routing: { version: 4, weight: 0.1 } }],
        },
      }),
    ).toEqual([
      {
        path: 'function.aliases.0.routing.version',
        message: 'version 4 is not published (published: 1)',
      },
    ]);
  });

  it('rejects provisioned concurrency on $LATEST or above reserved concurrency', () => {
    expect(
      errorsOf({
        version: 1,
        function: { provisionedConcurrency: [{ qualifier: '$LATEST', count: 1 }] },
      }),
    ).toEqual([
      {
        path: 'function.provisionedConcurrency.0.qualifier',
        message: 'provisioned concurrency needs a published version or an alias, never $LATEST',
      },
    ]);
    const v1 = {
      version: 1,
      runtime: 'nodejs',
      packageType: 'zip',
      memoryMb: 128,
      timeoutSeconds: 3,
      behaviour: {},
    };
    expect(
      errorsOf({
        version: 1,
        function: {
          reservedConcurrency: 2,
          versions: [v1],
          provisionedConcurrency: [{ qualifier: 1, count: 3 }],
        },
      }),
    ).toEqual([
      {
        path: 'function.provisionedConcurrency',
        message: 'provisioned concurrency (3) cannot exceed reserved concurrency (2)',
      },
    ]);
  });

  it('keeps 100 of the account limit unreserved', () => {
    expect(errorsOf({ version: 1, function: { reservedConcurrency: 950 } })).toEqual([
      {
        path: 'function.reservedConcurrency',
        message: 'must be from 0 to 900: 100 of the account limit (1000) must stay unreserved',
      },
    ]);
  });

  it('rejects a workload aimed at an unknown qualifier', () => {
    expect(
      errorsOf({
        version: 1,
        workloads: [{ id: 'a', qualifier: 'beta', arrivals: { kind: 'burst', atMs: 0, count: 1 } }],
      }),
    ).toEqual([
      {
        path: 'workloads.0.qualifier',
        message: '"beta" is not $LATEST, a published version or an alias',
      },
    ]);
  });

  it('explains a missing, future or malformed version', () => {
    expect(errorsOf({})).toEqual([{ path: 'version', message: 'is missing' }]);
    expect(errorsOf({ version: 9 })[0]?.message).toMatch(
      /newer release \(format 9; this one reads up to 1\)/,
    );
    expect(errorsOf('{"version": 1,')[0]?.message).toMatch(/^not valid JSON/);
    expect(errorsOf([1, 2])).toEqual([{ path: '', message: 'a scenario must be a JSON object' }]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.string()), (input) => {
        const r = parseScenario(input);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2_000, seed: 3 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('function', 'account', 'workloads', 'async', 'seed', '__proto__'),
          fc.jsonValue(),
        ),
        (extra) => {
          const r = parseScenario({ version: 1, ...extra });
          if (!r.ok) r.errors.forEach((e) => expect(typeof e.message).toBe('string'));
        },
      ),
      { numRuns: 2_000, seed: 4 },
    );
  });
});

describe('migrations', () => {
  it('runs numbered steps in order up to the current format', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, b: 'from 1' }),
      2: (d: Record<string, unknown>) => ({ ...d, c: `${String(d.b)} then 2` }),
    };
    expect(migrate({ version: 1, a: 0 }, steps, 3)).toEqual({
      ok: true,
      doc: { version: 3, a: 0, b: 'from 1', c: 'from 1 then 2' },
    });
    expect(migrate({ version: 2, b: 'x' }, steps, 3)).toEqual({
      ok: true,
      doc: { version: 3, b: 'x', c: 'x then 2' },
    });
  });

  it('reports a gap in the chain instead of guessing', () => {
    expect(migrate({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      error: 'version: no migration from format 1',
    });
  });
});
