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
      error: 'at most 5 filters per event source mapping (got 6); a quota increase allows up to 10',
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

describe('operators Lambda event filters accept', () => {
  const one = (pattern: unknown) => compileFilters([pattern]);

  it('accepts every operator of Lambda’s table', () => {
    const accepted = [
      { body: { UserID: [null] } },
      { body: { LastName: [''] } },
      { body: { Name: ['Alice'] } },
      { body: { Location: ['New York'], Day: ['Monday'] } },
      { body: { PaymentType: ['Credit', 'Debit'] } },
      { $or: [{ body: { a: [1] } }, { body: { b: [2] } }] },
      { body: { Weather: [{ 'anything-but': ['Raining'] }] } },
      { body: { Weather: [{ 'anything-but': 'Raining' }] } },
      { body: { Price: [{ numeric: ['=', 100] }] } },
      { body: { Price: [{ numeric: ['>', 10, '<=', 20] }] } },
      { body: { ProductName: [{ exists: true }] } },
      { body: { ProductName: [{ exists: false }] } },
      { body: { Region: [{ prefix: 'us-' }] } },
    ];
    expect(accepted.map((p) => one(p).ok)).toEqual(accepted.map(() => true));
  });

  it.each([
    [{ body: { file: [{ suffix: '.png' }] } }, 'suffix', 'body.file'],
    [{ body: { file: [{ wildcard: '*.png' }] } }, 'wildcard', 'body.file'],
    [{ sourceIp: [{ cidr: '10.0.0.0/24' }] }, 'cidr', 'sourceIp'],
    [{ body: { s: [{ 'equals-ignore-case': 'ok' }] } }, 'equals-ignore-case', 'body.s'],
    [
      { body: { s: [{ prefix: { 'equals-ignore-case': 'ok' } }] } },
      'prefix / equals-ignore-case',
      'body.s',
    ],
    [{ body: { r: [{ 'anything-but': { prefix: 'us-' } }] } }, 'anything-but / prefix', 'body.r'],
    [{ body: { r: [{ 'anything-but': { suffix: '.png' } }] } }, 'anything-but / suffix', 'body.r'],
    [
      { body: { r: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
      'anything-but / wildcard',
      'body.r',
    ],
    [
      { $or: [{ body: { a: [1] } }, { data: { n: { m: ['x', { suffix: 'z' }] } } }] },
      'suffix',
      'data.n.m',
    ],
  ])('refuses %j, naming "%s" at %s', (pattern, operator, path) => {
    expect(one(pattern)).toEqual({
      ok: false,
      index: 0,
      error: `filter 1 uses "${operator}" at ${path}, which Lambda event filters do not support (they take null, empty (""), equals, and, or ($or), anything-but with values, numeric, exists and prefix)`,
    });
  });

  it('names the filter that uses it, also in JSON text', () => {
    const r = compileFilters([{ body: { a: [1] } }, '{"body": {"f": [{"suffix": ".png"}]}}']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.index).toBe(1);
      expect(r.error.startsWith('filter 2 uses "suffix" at body.f,')).toBe(true);
    }
  });

  it('allows 10 filters once the quota is raised, and says so at 6 without it', () => {
    const eleven = Array.from({ length: 11 }, () => ({ body: { a: [1] } }));
    expect(compileFilters(eleven.slice(0, 6))).toEqual({
      ok: false,
      index: 5,
      error: 'at most 5 filters per event source mapping (got 6); a quota increase allows up to 10',
    });
    expect(compileFilters(eleven.slice(0, 10), 10).ok).toBe(true);
    expect(compileFilters(eleven, 10)).toEqual({
      ok: false,
      index: 10,
      error: 'at most 10 filters per event source mapping (got 11)',
    });
  });
});
