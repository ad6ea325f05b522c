import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../../src/ui/tools/patterns/pretty-json';

describe('JSON laid out for the editors', () => {
  it('keeps short arrays and objects on one line, and breaks the outermost object', () => {
    expect(
      prettyJson({
        source: ['aws.ec2'],
        detail: { state: [{ 'anything-but': ['running', 'pending'] }] },
      }),
    ).toBe(
      [
        '{',
        '  "source": ["aws.ec2"],',
        '  "detail": { "state": [{ "anything-but": ["running", "pending"] }] }',
        '}',
      ].join('\n'),
    );
  });

  it('breaks what does not fit in 72 characters', () => {
    const arn = `arn:aws:ec2:us-east-1:123456789012:instance/i-${'0'.repeat(17)}`;
    expect(prettyJson({ resources: [arn, arn] })).toBe(
      `{\n  "resources": [\n    "${arn}",\n    "${arn}"\n  ]\n}`,
    );
  });

  it('writes empty containers and scalars as JSON does', () => {
    expect(prettyJson({})).toBe('{}');
    expect(prettyJson([])).toBe('[]');
    expect(prettyJson({ a: {}, b: [], c: null, d: 'x"y' })).toBe(
      '{\n  "a": {},\n  "b": [],\n  "c": null,\n  "d": "x\\"y"\n}',
    );
    expect(prettyJson(5)).toBe('5');
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(prettyJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
