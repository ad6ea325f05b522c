import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJson, explainJsonError, lineColumn } from '../../src/ui/tools/patterns/json-check';

function problem(text: string) {
  const r = checkJson(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
  return r.problem;
}

describe('checking JSON typed by a learner', () => {
  it('returns the value of valid JSON', () => {
    expect(checkJson('{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'A comma cannot come just before the closing }: remove it'],
    ['[1, 2,]', 1, 7, 'A comma cannot come just before the closing ]: remove it'],
    ["{'a': 1}", 1, 2, 'Field names need double quotes ("…"), not single quotes'],
    ['{a: 1}', 1, 2, 'Field names need double quotes: write "a"'],
    ['{"a": \'x\'}', 1, 7, 'Strings need double quotes ("…"), not single quotes'],
    ['{"a": 1\n "b": 2}', 2, 2, 'A comma is missing before this field'],
    ['{"a" 1}', 1, 6, 'Expected “:” after the field name, found “1”'],
    ['{"a": True}', 1, 7, 'Write true in lower case'],
    ['{"a": yes}', 1, 7, 'yes is not a JSON value: text needs double quotes, "yes"'],
    ['{"a": 01}', 1, 7, 'Numbers cannot have a leading zero'],
    ['{"a": .5}', 1, 7, 'Write a 0 before the decimal point, e.g. 0.5'],
    ['{"a": "x\n"}', 1, 7, 'This string is never closed: add the closing "'],
    ['{"a": "\\q"}', 1, 8, '“\\q” is not a JSON escape: write \\\\ for a backslash'],
    ['{\n  "a": [1, 2\n', 3, 1, 'The array opened on line 2 is never closed: add a ]'],
    ['{"a": 1', 1, 8, 'The object opened on line 1 is never closed: add a }'],
    [
      '{"a": 1}}',
      1,
      9,
      'Unexpected text after the end of the JSON: is there an extra } or ], or a missing comma?',
    ],
    ['{"a": }', 1, 7, 'Unexpected “}” where a value should be'],
  ])('%j → line %i, column %i', (text, line, column, message) => {
    expect(problem(text)).toMatchObject({ line, column, message });
  });

  it('says so when the editor is empty', () => {
    expect(problem('  \n').message).toMatch(/empty/);
    expect(problem('').line).toBeUndefined();
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('finds no problem in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(explainJsonError(text)).toBeNull();
      }),
    );
  });

  it('finds a problem wherever JSON.parse does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((t) => t.slice(0, -1)),
          fc.json().map((t) => `${t},`),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          if (valid || text.trim() === '') return;
          expect(explainJsonError(text)).not.toBeNull();
        },
      ),
    );
  });

  it('falls back to the parser for text too deep to scan', () => {
    const deep = '['.repeat(5000);
    const p = problem(deep);
    expect(p.message).not.toBe('');
  });
});
