import { describe, expect, it } from 'vitest';
import { matchPattern, validatePattern } from '../../../src/engine/eventbridge/pattern';
import {
  parseWildcard,
  wildcardComplexity,
} from '../../../src/engine/eventbridge/pattern-wildcard';

function errorOf(pattern: unknown): string {
  const r = validatePattern(pattern);
  if (r.ok) throw new Error(`expected ${JSON.stringify(pattern)} to be invalid`);
  return r.error;
}

describe('validatePattern accepts the documented forms', () => {
  it.each([
    '{"source":["aws.ec2"]}',
    '{"detail":{"state":["a",1,true,null,""]}}',
    '{"v":[{"prefix":"us-"},{"prefix":{"equals-ignore-case":"US-"}},{"prefix":""}]}',
    '{"v":[{"suffix":".png"},{"suffix":{"equals-ignore-case":".PNG"}}]}',
    '{"v":[{"equals-ignore-case":"Terminated"}]}',
    '{"v":[{"anything-but":"x"},{"anything-but":["a","b"]},{"anything-but":5},{"anything-but":[1,2]}]}',
    '{"v":[{"anything-but":{"prefix":"init"}},{"anything-but":{"suffix":[".txt",".md"]}}]}',
    '{"v":[{"anything-but":{"equals-ignore-case":["a","B"]}},{"anything-but":{"wildcard":"*/lib/*"}}]}',
    '{"v":[{"numeric":["=",5]},{"numeric":[">",0,"<=",5]},{"numeric":[">=",-5e9,"<",5e9]}]}',
    '{"v":[{"numeric":["<",0.000001]}]}',
    '{"v":[{"exists":true}],"w":[{"exists":false}]}',
    '{"v":[{"wildcard":"dir/*.png"},{"wildcard":"a\\\\*b\\\\\\\\c"}]}',
    '{"v":[{"cidr":"10.0.0.0/24"},{"cidr":"2001:db8::/32"},{"cidr":"0.0.0.0/0"},{"cidr":"::1/127"}]}',
    '{"$or":[{"a":["x"]},{"b":["y"]}],"c":{"$or":[{"d":[1]},{"e":{"$or":[{"f":[2]},{"g":[3]}]}}]}}',
    '{"v":[123456789012]}',
  ])('%s', (pattern) => {
    expect(validatePattern(pattern)).toEqual({ ok: true });
    expect(validatePattern(JSON.parse(pattern))).toEqual({ ok: true });
  });
});

describe('validatePattern errors name the key path and the reason', () => {
  it.each<[string, unknown, string]>([
    [
      'numeric without a number',
      '{"detail":{"count":[{"numeric":[">"]}]}}',
      'detail.count: "numeric" needs an operator followed by a number, got ">"',
    ],
    [
      'a leaf that is not an array',
      '{"source":"aws.ec2"}',
      'source: must be an array of values to match (or an object of nested fields), got "aws.ec2"',
    ],
    [
      'an empty leaf array',
      '{"detail":{"state":[]}}',
      'detail.state: must not be an empty array (it could never match)',
    ],
    ['an empty nested object', '{"detail":{}}', 'detail: must not be an empty object'],
    ['an empty pattern', '{}', 'pattern must not be an empty object'],
    [
      'a pattern that is an array',
      '[{"source":["x"]}]',
      'pattern must be a JSON object, got an array',
    ],
    [
      'a pattern that is a JSON string',
      '"aws.ec2"',
      'pattern must be a JSON object, got "aws.ec2"',
    ],
    ['a pattern that is null', null, 'pattern must be a JSON object, got null'],
    [
      'an unknown operator',
      '{"detail":{"state":[{"prefixx":"a"}]}}',
      'detail.state: unknown operator "prefixx" (did you mean "prefix"?)',
    ],
    [
      'an unknown operator with no near match',
      '{"v":[{"regex":"a+"}]}',
      'v: unknown operator "regex"',
    ],
    [
      'an operator object with two keys',
      '{"v":[{"prefix":"a","suffix":"b"}]}',
      'v: an operator object must have exactly one key, got 2 ("prefix", "suffix")',
    ],
    [
      'an empty operator object',
      '{"v":[{}]}',
      'v: an operator object must have exactly one key, got none',
    ],
    [
      'a nested array as a match value',
      '{"v":[["a"]]}',
      'v: match values must be strings, numbers, booleans, null or operator objects, got an array',
    ],
    [
      'prefix with a number',
      '{"v":[{"prefix":5}]}',
      'v: "prefix" needs a string or {"equals-ignore-case": "<text>"}, got 5',
    ],
    [
      'prefix with an unsupported object',
      '{"v":[{"prefix":{"wildcard":"a*"}}]}',
      'v: "prefix" needs a string or {"equals-ignore-case": "<text>"}, got {"wildcard": "a*"}',
    ],
    [
      'suffix with a list',
      '{"v":[{"suffix":[".png"]}]}',
      'v: "suffix" needs a string or {"equals-ignore-case": "<text>"}, got [".png"]',
    ],
    [
      'equals-ignore-case with a number',
      '{"v":[{"equals-ignore-case":1}]}',
      'v: "equals-ignore-case" needs a string, got 1',
    ],
    [
      'anything-but mixing strings and numbers',
      '{"detail":{"x":[{"anything-but":["a",1]}]}}',
      'detail.x: "anything-but" list must be all strings or all numbers, not a mix',
    ],
    [
      'anything-but with a boolean',
      '{"v":[{"anything-but":true}]}',
      'v: "anything-but" needs a string, a number, a list of them, or an object with "prefix", "suffix", "equals-ignore-case" or "wildcard", got true',
    ],
    [
      'anything-but with null in a list',
      '{"v":[{"anything-but":["a",null]}]}',
      'v: "anything-but" list values must be strings or numbers, got null',
    ],
    [
      'anything-but with an empty list',
      '{"v":[{"anything-but":[]}]}',
      'v: "anything-but" list must not be empty',
    ],
    [
      'anything-but with an unsupported form',
      '{"v":[{"anything-but":{"numeric":[">",1]}}]}',
      'v: "anything-but" object needs exactly one of "prefix", "suffix", "equals-ignore-case" or "wildcard", got {"numeric": [">", 1]}',
    ],
    [
      'anything-but prefix with an empty string',
      '{"v":[{"anything-but":{"prefix":""}}]}',
      'v: "anything-but"/"prefix" must not be an empty string (it would exclude every string)',
    ],
    [
      'anything-but suffix with a number in its list',
      '{"v":[{"anything-but":{"suffix":[".txt",1]}}]}',
      'v: "anything-but"/"suffix" needs a string or a list of strings, got [".txt", 1]',
    ],
    [
      'anything-but equals-ignore-case with an empty list',
      '{"v":[{"anything-but":{"equals-ignore-case":[]}}]}',
      'v: "anything-but"/"equals-ignore-case" list must not be empty',
    ],
    [
      'anything-but wildcard with consecutive stars',
      '{"v":[{"anything-but":{"wildcard":["ok*","a**b"]}}]}',
      'v: "anything-but"/"wildcard" "a**b": has consecutive "*" characters; use a single "*"',
    ],
    [
      'anything-but with a number out of range',
      '{"v":[{"anything-but":6e9}]}',
      'v: "anything-but" value 6000000000 is outside the supported range -5e9 to 5e9',
    ],
    [
      'numeric that is not an array',
      '{"v":[{"numeric":">"}]}',
      'v: "numeric" needs an array like [">", 0, "<=", 5], got ">"',
    ],
    [
      'numeric with an empty array',
      '{"v":[{"numeric":[]}]}',
      'v: "numeric" needs an operator followed by a number, got an empty array',
    ],
    [
      'numeric with a string number',
      '{"v":[{"numeric":[">","5"]}]}',
      'v: "numeric" needs an operator followed by a number, got ">", "5"',
    ],
    [
      'numeric with !=',
      '{"v":[{"numeric":["!=",5]}]}',
      'v: "numeric" has no "!=" operator; use {"anything-but": 5} instead',
    ],
    [
      'numeric with an unknown operator',
      '{"v":[{"numeric":["==",5]}]}',
      'v: "numeric" operator must be one of "=", "<", "<=", ">", ">=", got "=="',
    ],
    [
      'numeric range with the bounds reversed',
      '{"v":[{"numeric":["<",10,">",0]}]}',
      'v: "numeric" range must be a lower bound (> or >=) followed by an upper bound (< or <=), got "<" then ">"',
    ],
    [
      'numeric range that is empty',
      '{"v":[{"numeric":[">",5,"<",5]}]}',
      'v: "numeric" range is empty: lower bound 5 must be less than upper bound 5',
    ],
    [
      'numeric with too many terms',
      '{"v":[{"numeric":[">",0,"<",5,"<",6]}]}',
      'v: "numeric" takes one comparison or a range of two, got ">", 0, "<", 5, "<", 6',
    ],
    [
      'numeric above 5e9',
      '{"v":[{"numeric":["<",5000000001]}]}',
      'v: "numeric" value 5000000001 is outside the supported range -5e9 to 5e9',
    ],
    [
      'numeric with 7 decimals',
      '{"v":[{"numeric":[">",0.0000001]}]}',
      'v: "numeric" value 1e-7 has more than 6 digits after the decimal point',
    ],
    [
      'exists with a string',
      '{"v":[{"exists":"yes"}]}',
      'v: "exists" needs true or false, got "yes"',
    ],
    ['wildcard with a number', '{"v":[{"wildcard":5}]}', 'v: "wildcard" needs a string, got 5'],
    [
      'wildcard with consecutive stars',
      '{"v":[{"wildcard":"a**b"}]}',
      'v: "wildcard" "a**b": has consecutive "*" characters; use a single "*"',
    ],
    [
      'wildcard with six partial matches at once (a "*" after each ":")',
      '{"v":[{"wildcard":"*:*:*:*:*:event-bus/*"}]}',
      'v: "wildcard" "*:*:*:*:*:event-bus/*": is too complex: a value could keep 6 partial matches going at once (at most 5); use fewer "*" characters, or fewer repeated characters after a "*"',
    ],
    [
      'wildcard repeating "ab" after its stars',
      '{"v":[{"wildcard":"*ab*ab*ab*"}]}',
      'v: "wildcard" "*ab*ab*ab*": is too complex: a value could keep 6 partial matches going at once (at most 5); use fewer "*" characters, or fewer repeated characters after a "*"',
    ],
    [
      'anything-but wildcard that is too complex',
      '{"v":[{"anything-but":{"wildcard":"*a*b*c*d*e*"}}]}',
      'v: "anything-but"/"wildcard" "*a*b*c*d*e*": is too complex: a value could keep 6 partial matches going at once (at most 5); use fewer "*" characters, or fewer repeated characters after a "*"',
    ],
    [
      'wildcard with a bad escape',
      '{"v":[{"wildcard":"a\\\\b"}]}',
      'v: "wildcard" "a\\\\b": has "\\" before "b"; only "\\*" and "\\\\" are escapes',
    ],
    [
      'wildcard ending with a backslash',
      '{"v":[{"wildcard":"a\\\\"}]}',
      'v: "wildcard" "a\\\\": ends with a lone "\\"; write "\\\\" for a literal backslash',
    ],
    [
      'cidr without a prefix length',
      '{"v":[{"cidr":"10.0.0.0"}]}',
      'v: "cidr" "10.0.0.0": needs exactly one "/" between the address and the prefix length, like "10.0.0.0/24"',
    ],
    [
      'cidr with an IPv4 prefix above 31',
      '{"detail":{"ip":[{"cidr":"10.0.0.0/33"}]}}',
      'detail.ip: "cidr" "10.0.0.0/33": prefix length must be a whole number from 0 to 31 for IPv4, got "33"',
    ],
    [
      'cidr with an IPv6 prefix above 127',
      '{"v":[{"cidr":"2001:db8::/129"}]}',
      'v: "cidr" "2001:db8::/129": prefix length must be a whole number from 0 to 127 for IPv6, got "129"',
    ],
    [
      'cidr with a bad address',
      '{"v":[{"cidr":"10.0.0.256/24"}]}',
      'v: "cidr" "10.0.0.256/24": address "10.0.0.256" is not a valid IPv4 or IPv6 address',
    ],
    [
      'cidr with a bad IPv6 address',
      '{"v":[{"cidr":"2001:db8:::/32"}]}',
      'v: "cidr" "2001:db8:::/32": address "2001:db8:::" is not a valid IPv4 or IPv6 address',
    ],
    [
      'cidr with a number',
      '{"v":[{"cidr":10}]}',
      'v: "cidr" needs a string like "10.0.0.0/24", got 10',
    ],
    [
      '$or that is not an array',
      '{"detail":{"$or":{"a":["x"]}}}',
      'detail.$or: must be an array of at least 2 pattern objects, got {"a": ["x"]}',
    ],
    [
      '$or with one branch',
      '{"$or":[{"a":["x"]}]}',
      '$or: must be an array of at least 2 pattern objects, got 1 item',
    ],
    [
      '$or with a non-object branch',
      '{"$or":[{"a":["x"]},["b"]]}',
      '$or[1]: must be a pattern object, got an array',
    ],
    ['$or with an empty branch', '{"$or":[{"a":["x"]},{}]}', '$or[1]: must not be an empty object'],
    [
      '$or branch using an operator name as a field',
      '{"$or":[{"prefix":["a"]},{"suffix":["b"]}]}',
      '$or[0].prefix: "prefix" is an operator name and cannot be a field name inside $or',
    ],
    [
      'an error deep inside $or',
      '{"detail":{"$or":[{"a":["x"]},{"b":{"c":[{"numeric":[">"]}]}}]}}',
      'detail.$or[1].b.c: "numeric" needs an operator followed by a number, got ">"',
    ],
    ['a non-finite number', { v: [Number.NaN] }, 'v: numbers must be finite, got NaN'],
    [
      'an undefined field value',
      { v: undefined },
      'v: must be an array of values to match (or an object of nested fields), got undefined',
    ],
    [
      'an unusual key',
      '{"detail":{"a..b":"x"}}',
      'detail["a..b"]: must be an array of values to match (or an object of nested fields), got "x"',
    ],
    [
      'a dotted key, read as the nested path it spells',
      '{"detail":{"a.b":"x"}}',
      'detail.a.b: must be an array of values to match (or an object of nested fields), got "x"',
    ],
  ])('%s', (_name, pattern, error) => {
    expect(errorOf(pattern)).toBe(error);
    expect(matchPattern(pattern, {})).toBe(false);
  });

  it('reports invalid JSON text', () => {
    expect(errorOf('{"source": [')).toMatch(/^pattern is not valid JSON: /);
    expect(errorOf('')).toMatch(/^pattern is not valid JSON: /);
  });

  it('rejects patterns with more than 1000 $or combinations', () => {
    const branches = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ [`${prefix}${i}`]: [i] }));
    // 10 × 10 × 10 = 1000 is allowed …
    const ok = {
      $or: branches('a', 10),
      b: { $or: branches('b', 10) },
      c: { $or: branches('c', 10) },
    };
    expect(validatePattern(ok)).toEqual({ ok: true });
    // … 10 × 10 × 11 = 1100 is not
    const tooMany = { ...ok, c: { $or: branches('c', 11) } };
    expect(errorOf(tooMany)).toBe(
      'pattern expands to 1100 combinations of $or branches; EventBridge allows at most 1000',
    );
    // a nested $or multiplies within its branch only: (1 + 1 + 3 × 4) × 100 = 1400
    const nested = {
      $or: [
        { a: [1] },
        { b: [1] },
        { c: [1], $or: branches('d', 3), e: { $or: branches('e', 4) } },
      ],
    };
    expect(validatePattern(nested)).toEqual({ ok: true });
    expect(errorOf({ ...nested, f: { $or: branches('f', 100) } })).toBe(
      'pattern expands to 1400 combinations of $or branches; EventBridge allows at most 1000',
    );
  });

  it('rejects nesting deeper than 100 levels without overflowing the stack', () => {
    const nest = (levels: number) =>
      '{"a":'.repeat(levels - 1) + '{"a":["x"]}' + '}'.repeat(levels - 1);
    expect(validatePattern(nest(100))).toEqual({ ok: true });
    expect(errorOf(nest(101))).toBe('pattern is nested more than 100 levels deep');
    expect(errorOf(nest(100_000))).toBe('pattern is nested more than 100 levels deep');
    const deepOr = '{"$or":[{"x":[1]},'.repeat(60) + '{"a":[1]}' + ']}'.repeat(60);
    expect(errorOf(deepOr)).toBe('pattern is nested more than 100 levels deep');
    expect(errorOf('['.repeat(100_000) + ']'.repeat(100_000))).toBe(
      'pattern must be a JSON object, got an array',
    );
  });

  it('accepts very long strings', () => {
    const long = 'x'.repeat(1_000_000);
    expect(validatePattern({ v: [long, { prefix: long }, { wildcard: `${long}*` }] })).toEqual({
      ok: true,
    });
    expect(errorOf({ v: [{ wildcard: `${long}**` }] })).toMatch(
      /^v: "wildcard" "x+…": has consecutive "\*" characters; use a single "\*"$/,
    );
  });
});

describe('wildcard complexity', () => {
  const complexity = (text: string) => {
    const w = parseWildcard(text);
    return typeof w === 'string' ? w : wildcardComplexity(w.parts);
  };

  it('counts the partial matches a value can keep going at once', () => {
    expect(complexity('plain')).toBe(1);
    expect(complexity('dir/*.png')).toBe(2);
    expect(complexity('*Title*')).toBe(3); // the leading *, the end *, and one "T" just read
    expect(complexity('*a*b*c*d*')).toBe(5);
    expect(complexity('arn:aws:events:us-east-1:*:event-bus/*')).toBe(3);
    expect(complexity('*ab*ab*')).toBe(5); // "ababa": every position at once
  });

  it('accepts the narrower form of a refused pattern', () => {
    expect(
      validatePattern({ v: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] }).ok,
    ).toBe(true);
  });
});
