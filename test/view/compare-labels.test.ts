import { describe, expect, it } from 'vitest';
import { sideLabels } from '../../src/view/compare-labels';

describe('titles of a fork’s two sides', () => {
  it('names the changed field with each side’s value', () => {
    const a = { name: 'x', function: { reservedConcurrency: 1, memoryMb: 128 } };
    const b = { name: 'y', function: { reservedConcurrency: 3, memoryMb: 128 } };
    expect(sideLabels(a, b)).toEqual({ a: 'reservedConcurrency 1', b: 'reservedConcurrency 3' });
  });

  it('says unset, none, and counts changes past two', () => {
    expect(sideLabels({ q: { types: [] } }, { q: { types: ['ReportBatchItemFailures'] } })).toEqual(
      { a: 'types none', b: 'types ReportBatchItemFailures' },
    );
    expect(sideLabels({ f: {} }, { f: { reservedConcurrency: 0 } })).toEqual({
      a: 'reservedConcurrency unset',
      b: 'reservedConcurrency 0',
    });
    expect(sideLabels({ a: 1, b: 2, c: 3 }, { a: 2, b: 3, c: 4 })).toEqual({
      a: 'a 1, b 2 and 1 more',
      b: 'a 2, b 3 and 1 more',
    });
  });

  it('a copy not yet edited', () => {
    expect(sideLabels({ seed: 1 }, { seed: 1 })).toEqual({
      a: 'as it is',
      b: 'the same, until you edit it',
    });
  });
});
