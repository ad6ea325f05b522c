import { describe, expect, it } from 'vitest';
import { compileFilters } from '../../src/engine/filters';

const record = (status: string) => ({ messageId: 'm1', body: { status, amount: 12 } });

describe('event filters', () => {
  it('lets every record through when there are no filters', () => {
    const f = compileFilters([]);
    expect(f.ok && f.passes(record('OK'))).toBe(true);
  });

  it('ORs filters and ANDs the fields inside one', () => {
    const f = compileFilters([
      { body: { status: ['ERROR'] } },
      { body: { status: ['OK'], amount: [{ numeric: ['>', 100] }] } },
    ]);
    if (!f.ok) throw new Error(f.error);
    expect(f.count).toBe(2);
    expect(f.passes(record('ERROR'))).toBe(true);
    expect(f.passes(record('OK'))).toBe(false);
    expect(f.passes({ body: { status: 'OK', amount: 101 } })).toBe(true);
  });

  it('rejects a sixth filter and names an invalid one with its reason', () => {
    const six = Array.from({ length: 6 }, () => ({ body: { a: [1] } }));
    expect(compileFilters(six)).toEqual({
      ok: false,
      index: 5,
      error: 'at most 5 filters per event source mapping (got 6)',
    });
    expect(compileFilters(six, 10).ok).toBe(true);
    const bad = compileFilters([{ body: { a: [1] } }, { body: { status: 'ERROR' } }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.index).toBe(1);
      expect(bad.error).toMatch(/array/);
    }
  });
});
