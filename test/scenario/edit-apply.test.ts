import { describe, expect, it } from 'vitest';
import { presets } from '../../src/scenario';
import { applyEdit, placeErrors } from '../../src/scenario/edit-apply';
import { getAt, setAt } from '../../src/scenario/edit-path';
import { schemaAt, switchVariant, unwrap } from '../../src/scenario/edit-schema';

const doc = presets.find((p) => p.id === 'async-retries')!.scenario;

describe('editing a scenario document', () => {
  it('copies along the path and leaves the original alone', () => {
    const next = setAt(doc, ['function', 'timeoutSeconds'], 20) as typeof doc;
    expect(getAt(next, ['function', 'timeoutSeconds'])).toBe(20);
    expect(doc.function?.timeoutSeconds).toBe(10);
    expect(next.workloads).toBe(doc.workloads);
    expect(
      getAt(setAt(next, ['function', 'timeoutSeconds'], undefined), ['function']),
    ).not.toHaveProperty('timeoutSeconds');
  });

  it('refuses what a link or a file would refuse, so every scenario can be shared', () => {
    const bad = applyEdit(doc, ['workloads', 0, 'label'], 'Orders <script>');
    expect(bad.result.ok).toBe(false);
    expect(!bad.result.ok && bad.result.errors.map((e) => e.path)).toEqual(['workloads.0.label']);
    expect(!bad.result.ok && bad.result.errors[0]!.message).toMatch(/markup/);
    expect(applyEdit(doc, ['workloads', 0, 'label'], 'Orders (EU)').result.ok).toBe(true);
  });

  it('parses every edit with the scenario parser', () => {
    const ok = applyEdit(doc, ['function', 'asyncConfig', 'maximumRetryAttempts'], 0);
    expect(ok.result.ok && ok.result.scenario.function.asyncConfig.maximumRetryAttempts).toBe(0);
    const bad = applyEdit(doc, ['function', 'asyncConfig', 'maximumRetryAttempts'], 3);
    expect(bad.result).toEqual({
      ok: false,
      errors: [
        {
          path: 'function.asyncConfig.maximumRetryAttempts',
          message: 'must be a whole number from 0 to 2',
        },
      ],
    });
  });

  it('puts each error at its field, else the nearest shown parent, else elsewhere', () => {
    const placed = placeErrors(
      [
        { path: 'function.timeoutSeconds', message: 'a' },
        { path: 'function.behaviour.duration.ms', message: 'b' },
        { path: 'workloads.0.qualifier', message: 'c' },
      ],
      new Set(['function.timeoutSeconds', 'function.behaviour.duration']),
    );
    expect([...placed.at]).toEqual([
      ['function.timeoutSeconds', ['a']],
      ['function.behaviour.duration', ['b']],
    ]);
    expect(placed.elsewhere).toEqual([{ path: 'workloads.0.qualifier', message: 'c' }]);
  });

  it('switching a union’s kind keeps shared fields that fit and fills in the rest', () => {
    const arrivals = unwrap(schemaAt(['workloads', 0, 'arrivals'], doc)!).schema;
    expect(switchVariant(arrivals, { kind: 'burst', atMs: 500, count: 3 }, 'constant')).toEqual({
      kind: 'constant',
      ratePerSecond: 0.001,
      startMs: 0,
      durationMs: 1,
    });
    expect(switchVariant(arrivals, { kind: 'burst', atMs: 500, count: 3 }, 'single')).toEqual({
      kind: 'single',
      atMs: [0],
    });
  });
});
