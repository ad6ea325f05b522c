import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  explainMatch,
  matchPattern,
  validatePattern,
} from '../../../src/engine/eventbridge/pattern';

/** Parses JSON text, so keys like "__proto__" stay ordinary own keys as in real patterns. */
const j = (text: string): unknown => JSON.parse(text);

const EVENT = j(
  '{"source":"aws.ec2","resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-1"],"detail":{"state":"terminated","count":3,"ip":"10.0.0.7"}}',
);

/** Matches a single-field event {"v": value} against a single-leaf pattern {"v": leaf}. */
function leaf(leafJson: string, value: unknown): boolean {
  return matchPattern(j(`{"v": ${leafJson}}`), { v: value });
}

describe('worked examples on the EC2 event', () => {
  it.each([
    ['{"source":["aws.ec2"],"detail":{"state":["terminated","stopped"]}}', true],
    ['{"detail":{"state":["Terminated"]}}', false],
    ['{"detail":{"state":[{"equals-ignore-case":"Terminated"}]}}', true],
    ['{"detail":{"count":[{"numeric":[">",2]}],"ip":[{"cidr":"10.0.0.0/24"}]}}', true],
    ['{"detail":{"owner":[{"exists":false}]}}', true],
    ['{"detail":{"owner":[null]}}', false],
    ['{"resources":["arn:…/i-9","arn:aws:ec2:us-east-1:123456789012:instance/i-1"]}', true],
    ['{"detail":{"$or":[{"state":["running"]},{"count":[{"numeric":["<",5]}]}]}}', true],
    ['{"detail":{"state":[{"anything-but":["terminated"]}]}}', false],
  ])('%s → %s', (pattern, expected) => {
    expect(validatePattern(pattern)).toEqual({ ok: true });
    expect(matchPattern(pattern, EVENT)).toBe(expected);
    expect(matchPattern(j(pattern), EVENT)).toBe(expected);
  });
});

describe('structure', () => {
  it('ignores event fields the pattern does not mention and ANDs the ones it does', () => {
    expect(matchPattern({ source: ['aws.ec2'] }, EVENT)).toBe(true);
    expect(matchPattern({ source: ['aws.ec2'], detail: { state: ['running'] } }, EVENT)).toBe(
      false,
    );
  });

  it('requires the same nesting as the event', () => {
    expect(matchPattern({ state: ['terminated'] }, EVENT)).toBe(false);
    expect(matchPattern({ detail: { state: ['terminated'] } }, EVENT)).toBe(true);
  });

  it('compares plain values by JSON type: "300" is not 300, 300 is 300.0', () => {
    expect(leaf('[300]', 300)).toBe(true);
    expect(leaf('[300.0]', 300)).toBe(true);
    expect(matchPattern('{"v":[300]}', '{"v":300.0}')).toBe(true);
    expect(leaf('["300"]', 300)).toBe(false);
    expect(leaf('[300]', '300')).toBe(false);
    expect(leaf('[true]', true)).toBe(true);
    expect(leaf('["true"]', true)).toBe(false);
    expect(leaf('[true]', 'true')).toBe(false);
    expect(leaf('[false]', 0)).toBe(false);
  });

  it('is case-sensitive for plain strings', () => {
    expect(leaf('["abc"]', 'ABC')).toBe(false);
    expect(leaf('["abc"]', 'abc')).toBe(true);
  });

  it('matches [null] only on a JSON null and [""] only on the empty string', () => {
    expect(leaf('[null]', null)).toBe(true);
    expect(matchPattern({ v: [null] }, {})).toBe(false);
    expect(leaf('[null]', '')).toBe(false);
    expect(leaf('[""]', '')).toBe(true);
    expect(leaf('[""]', null)).toBe(false);
    expect(matchPattern({ v: [''] }, {})).toBe(false);
  });

  it('matches an event array when any element matches', () => {
    expect(leaf('["b","z"]', ['a', 'b'])).toBe(true);
    expect(leaf('["c"]', ['a', 'b'])).toBe(false);
    expect(leaf('["c"]', [['a'], ['b', ['c']]])).toBe(true); // nested arrays are flattened
    expect(leaf('["a"]', [])).toBe(false);
  });

  it('matches a nested pattern against any object element of an event array, as a whole', () => {
    const event = j(
      '{"employees":[{"firstName":"John","lastName":"Doe"},{"firstName":"Anna","lastName":"Smith"},{"firstName":"Peter","lastName":"Jones"}]}',
    );
    expect(matchPattern('{"employees":{"firstName":["Anna"]}}', event)).toBe(true);
    expect(matchPattern('{"employees":{"firstName":["Anna"],"lastName":["Smith"]}}', event)).toBe(
      true,
    );
    // fields of one pattern object may not be satisfied by different elements
    expect(matchPattern('{"employees":{"firstName":["Anna"],"lastName":["Jones"]}}', event)).toBe(
      false,
    );
  });

  it('treats "__proto__" and "constructor" as ordinary keys', () => {
    const pattern = '{"__proto__":["x"],"constructor":{"name":["y"]}}';
    expect(validatePattern(pattern)).toEqual({ ok: true });
    expect(matchPattern(pattern, '{"__proto__":"x","constructor":{"name":"y"}}')).toBe(true);
    expect(matchPattern(pattern, { a: 1 })).toBe(false);
    expect(matchPattern('{"constructor":[{"exists":true}]}', {})).toBe(false);
    expect(matchPattern('{"toString":[{"exists":false}]}', {})).toBe(true);
    expect(matchPattern('{"hasOwnProperty":[{"exists":true}]}', {})).toBe(false);
    // nothing leaks onto Object.prototype
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('lets the last of duplicate keys in JSON text win', () => {
    expect(matchPattern('{"source":["a"],"source":["aws.ec2"]}', EVENT)).toBe(true);
    expect(matchPattern('{"source":["aws.ec2"],"source":["a"]}', EVENT)).toBe(false);
  });

  it('accepts events as JSON text and only matches JSON objects', () => {
    expect(matchPattern({ source: ['aws.ec2'] }, JSON.stringify(EVENT))).toBe(true);
    expect(matchPattern({ v: [{ exists: false }] }, '{not json')).toBe(false);
    expect(matchPattern({ v: [{ exists: false }] }, [])).toBe(false);
    expect(matchPattern({ v: [{ exists: false }] }, 5)).toBe(false);
    expect(matchPattern({ v: [{ exists: false }] }, null)).toBe(false);
    expect(matchPattern({ v: [{ exists: false }] }, {})).toBe(true);
  });

  it('returns false rather than throwing on an invalid pattern or a hostile event', () => {
    expect(matchPattern({ source: 'aws.ec2' }, EVENT)).toBe(false);
    expect(matchPattern('{oops', EVENT)).toBe(false);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(matchPattern({ v: ['x'] }, hostile)).toBe(false);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic, 'x');
    expect(leaf('["x"]', cyclic)).toBe(true);
    expect(leaf('["y"]', cyclic)).toBe(false);
  });

  it('handles very long strings and deeply nested event arrays', () => {
    const long = 'a'.repeat(1_000_000);
    expect(leaf(`[{"prefix":"aaa"}]`, long)).toBe(true);
    expect(leaf(`[{"wildcard":"*a*b"}]`, long)).toBe(false);
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(leaf('["x"]', deep)).toBe(true);
  });
});

describe('prefix and suffix', () => {
  it('matches string prefixes and suffixes, case-sensitively', () => {
    expect(leaf('[{"prefix":"us-"}]', 'us-east-1')).toBe(true);
    expect(leaf('[{"prefix":"us-"}]', 'US-east-1')).toBe(false);
    expect(leaf('[{"prefix":"us-"}]', 'eu-west-1')).toBe(false);
    expect(leaf('[{"suffix":".png"}]', 'cat.png')).toBe(true);
    expect(leaf('[{"suffix":".png"}]', 'cat.PNG')).toBe(false);
    expect(leaf('[{"suffix":".png"}]', '.png')).toBe(true);
  });

  it('supports equals-ignore-case inside prefix and suffix', () => {
    expect(leaf('[{"prefix":{"equals-ignore-case":"US-"}}]', 'us-east-1')).toBe(true);
    expect(leaf('[{"prefix":{"equals-ignore-case":"EventB"}}]', 'EVENTBRIDGE')).toBe(true);
    expect(leaf('[{"prefix":{"equals-ignore-case":"US-"}}]', 'eu-west-1')).toBe(false);
    expect(leaf('[{"suffix":{"equals-ignore-case":".PNG"}}]', 'cat.png')).toBe(true);
    expect(leaf('[{"suffix":{"equals-ignore-case":".PNG"}}]', 'cat.jpg')).toBe(false);
  });

  it('only matches strings', () => {
    expect(leaf('[{"prefix":"1"}]', 12)).toBe(false);
    expect(leaf('[{"suffix":"e"}]', true)).toBe(false);
    expect(leaf('[{"prefix":"n"}]', null)).toBe(false);
    expect(leaf('[{"prefix":""}]', '')).toBe(true);
  });

  it('matches when any array element has the prefix', () => {
    expect(leaf('[{"prefix":"b"}]', ['abc', 'bcd'])).toBe(true);
  });
});

describe('equals-ignore-case', () => {
  it('compares strings regardless of case, and nothing else', () => {
    expect(leaf('[{"equals-ignore-case":"Terminated"}]', 'TERMINATED')).toBe(true);
    expect(leaf('[{"equals-ignore-case":"Straße"}]', 'STRASSE'.toLowerCase())).toBe(false);
    expect(leaf('[{"equals-ignore-case":"Ärger"}]', 'äRGER')).toBe(true);
    expect(leaf('[{"equals-ignore-case":"terminated"}]', 'terminate')).toBe(false);
    expect(leaf('[{"equals-ignore-case":"1"}]', 1)).toBe(false);
  });
});

describe('anything-but', () => {
  it('excludes single strings and numbers', () => {
    expect(leaf('[{"anything-but":"initializing"}]', 'running')).toBe(true);
    expect(leaf('[{"anything-but":"initializing"}]', 'initializing')).toBe(false);
    expect(leaf('[{"anything-but":123}]', 124)).toBe(true);
    expect(leaf('[{"anything-but":123}]', 123)).toBe(false);
    expect(leaf('[{"anything-but":123}]', 123.0)).toBe(false);
  });

  it('excludes lists of strings or of numbers', () => {
    expect(leaf('[{"anything-but":["stopped","overloaded"]}]', 'running')).toBe(true);
    expect(leaf('[{"anything-but":["stopped","overloaded"]}]', 'stopped')).toBe(false);
    expect(leaf('[{"anything-but":[100,200,300]}]', 150)).toBe(true);
    expect(leaf('[{"anything-but":[100,200,300]}]', 200)).toBe(false);
  });

  it('matches present values of another type (a string list never excludes a number)', () => {
    expect(leaf('[{"anything-but":["5"]}]', 5)).toBe(true);
    expect(leaf('[{"anything-but":[5]}]', '5')).toBe(true);
    expect(leaf('[{"anything-but":"x"}]', null)).toBe(true);
    expect(leaf('[{"anything-but":"x"}]', false)).toBe(true);
  });

  it('does not match a missing field, an object or an empty array', () => {
    expect(matchPattern({ v: [{ 'anything-but': 'x' }] }, {})).toBe(false);
    expect(leaf('[{"anything-but":"x"}]', { a: 1 })).toBe(false);
    expect(leaf('[{"anything-but":"x"}]', [])).toBe(false);
  });

  it('follows the any-element rule for event arrays', () => {
    expect(leaf('[{"anything-but":["a","b"]}]', ['a', 'b'])).toBe(false);
    expect(leaf('[{"anything-but":["a","b"]}]', ['a', 'c'])).toBe(true);
    expect(leaf('[{"anything-but":{"prefix":"init"}}]', ['init-1', 'init-2'])).toBe(false);
    expect(leaf('[{"anything-but":{"prefix":"init"}}]', ['init-1', 'running'])).toBe(true);
  });

  it('supports prefix and suffix forms, single or as lists', () => {
    expect(leaf('[{"anything-but":{"prefix":"init"}}]', 'initializing')).toBe(false);
    expect(leaf('[{"anything-but":{"prefix":"init"}}]', 'running')).toBe(true);
    expect(leaf('[{"anything-but":{"prefix":["us-","eu-"]}}]', 'eu-west-1')).toBe(false);
    expect(leaf('[{"anything-but":{"prefix":["us-","eu-"]}}]', 'ap-south-1')).toBe(true);
    expect(leaf('[{"anything-but":{"suffix":".txt"}}]', 'notes.txt')).toBe(false);
    expect(leaf('[{"anything-but":{"suffix":".txt"}}]', 'notes.md')).toBe(true);
    expect(leaf('[{"anything-but":{"suffix":[".txt",".md"]}}]', 'notes.md')).toBe(false);
    expect(leaf('[{"anything-but":{"suffix":[".txt",".md"]}}]', 'notes.rst')).toBe(true);
  });

  it('supports equals-ignore-case, single or as a list', () => {
    expect(leaf('[{"anything-but":{"equals-ignore-case":"initializing"}}]', 'INITIALIZING')).toBe(
      false,
    );
    expect(leaf('[{"anything-but":{"equals-ignore-case":["a","B"]}}]', 'b')).toBe(false);
    expect(leaf('[{"anything-but":{"equals-ignore-case":["a","B"]}}]', 'A')).toBe(false);
    expect(leaf('[{"anything-but":{"equals-ignore-case":["a","B"]}}]', 'c')).toBe(true);
  });

  it('supports wildcard, single or as a list', () => {
    expect(leaf('[{"anything-but":{"wildcard":"*/lib/*"}}]', 'src/lib/x.js')).toBe(false);
    expect(leaf('[{"anything-but":{"wildcard":"*/lib/*"}}]', 'src/app/x.js')).toBe(true);
    expect(leaf('[{"anything-but":{"wildcard":["*.txt","tmp/*"]}}]', 'tmp/a')).toBe(false);
    expect(leaf('[{"anything-but":{"wildcard":["*.txt","tmp/*"]}}]', 'src/a.js')).toBe(true);
  });
});

describe('numeric', () => {
  it('supports each comparison operator at its boundary', () => {
    expect(leaf('[{"numeric":["=",5]}]', 5)).toBe(true);
    expect(leaf('[{"numeric":["=",5]}]', 5.000001)).toBe(false);
    expect(leaf('[{"numeric":["=",3.018e2]}]', 301.8)).toBe(true);
    expect(leaf('[{"numeric":["<",5]}]', 5)).toBe(false);
    expect(leaf('[{"numeric":["<",5]}]', 4.999999)).toBe(true);
    expect(leaf('[{"numeric":["<=",5]}]', 5)).toBe(true);
    expect(leaf('[{"numeric":["<=",5]}]', 5.000001)).toBe(false);
    expect(leaf('[{"numeric":[">",5]}]', 5)).toBe(false);
    expect(leaf('[{"numeric":[">",5]}]', 5.000001)).toBe(true);
    expect(leaf('[{"numeric":[">=",5]}]', 5)).toBe(true);
    expect(leaf('[{"numeric":[">=",5]}]', 4.999999)).toBe(false);
  });

  it('supports ranges with open and closed ends', () => {
    const range = '[{"numeric":[">",0,"<=",5]}]';
    expect(leaf(range, 0)).toBe(false);
    expect(leaf(range, 0.000001)).toBe(true);
    expect(leaf(range, 5)).toBe(true);
    expect(leaf(range, 5.000001)).toBe(false);
    const closedOpen = '[{"numeric":[">=",-1,"<",1]}]';
    expect(leaf(closedOpen, -1)).toBe(true);
    expect(leaf(closedOpen, 1)).toBe(false);
    expect(leaf(closedOpen, -1.5)).toBe(false);
  });

  it('only matches JSON numbers, within ±5e9', () => {
    expect(leaf('[{"numeric":[">",0]}]', '5')).toBe(false);
    expect(leaf('[{"numeric":[">",0]}]', true)).toBe(false);
    expect(leaf('[{"numeric":[">",0]}]', null)).toBe(false);
    expect(leaf('[{"numeric":[">",0]}]', 5e9)).toBe(true);
    expect(leaf('[{"numeric":[">",0]}]', 5e9 + 1)).toBe(false);
    expect(leaf('[{"numeric":["<",0]}]', -5e9)).toBe(true);
    expect(leaf('[{"numeric":["<",0]}]', -5e9 - 1)).toBe(false);
  });

  it('matches when any array element is in range', () => {
    expect(leaf('[{"numeric":[">",10]}]', [1, 2, 30])).toBe(true);
    expect(leaf('[{"numeric":[">",10]}]', [1, '30'])).toBe(false);
  });
});

describe('exists', () => {
  it('exists:true matches any present leaf value, null included', () => {
    expect(leaf('[{"exists":true}]', 'x')).toBe(true);
    expect(leaf('[{"exists":true}]', 0)).toBe(true);
    expect(leaf('[{"exists":true}]', false)).toBe(true);
    expect(leaf('[{"exists":true}]', null)).toBe(true);
    expect(leaf('[{"exists":true}]', [null])).toBe(true);
    expect(matchPattern({ v: [{ exists: true }] }, {})).toBe(false);
  });

  it('exists:false matches only when no leaf value is there', () => {
    expect(matchPattern({ v: [{ exists: false }] }, {})).toBe(true);
    expect(leaf('[{"exists":false}]', null)).toBe(false);
    expect(leaf('[{"exists":false}]', '')).toBe(false);
    expect(leaf('[{"exists":false}]', [])).toBe(true);
  });

  it('only works on leaf nodes: an object is not a present value', () => {
    expect(leaf('[{"exists":false}]', { c1: 100 })).toBe(true);
    expect(leaf('[{"exists":true}]', { c1: 100 })).toBe(false);
    expect(leaf('[{"exists":false}]', [{ c1: 100 }])).toBe(true);
  });

  it('exists:false holds when a parent object is missing too', () => {
    expect(matchPattern(j('{"detail":{"owner":[{"exists":false}]}}'), { source: 'x' })).toBe(true);
    expect(matchPattern(j('{"detail":{"owner":[{"exists":false}]}}'), { detail: 'flat' })).toBe(
      true,
    );
  });

  it('ORs with other alternatives', () => {
    expect(matchPattern(j('{"v":["a",{"exists":false}]}'), {})).toBe(true);
    expect(leaf('["a",{"exists":false}]', 'a')).toBe(true);
    expect(leaf('["a",{"exists":false}]', 'b')).toBe(false);
  });
});

describe('wildcard', () => {
  it('matches runs of any characters over the whole string', () => {
    expect(leaf('[{"wildcard":"dir/*.png"}]', 'dir/cat.png')).toBe(true);
    expect(leaf('[{"wildcard":"dir/*.png"}]', 'dir/.png')).toBe(true);
    expect(leaf('[{"wildcard":"dir/*.png"}]', 'dir/a/b.png')).toBe(true);
    expect(leaf('[{"wildcard":"dir/*.png"}]', 'dir/cat.png.bak')).toBe(false);
    expect(leaf('[{"wildcard":"dir/*.png"}]', 'xdir/cat.png')).toBe(false);
    expect(leaf('[{"wildcard":"dir/*.png"}]', 'Dir/cat.png')).toBe(false);
    expect(leaf('[{"wildcard":"*"}]', '')).toBe(true);
    expect(leaf('[{"wildcard":"a*b*c"}]', 'abc')).toBe(true);
    expect(leaf('[{"wildcard":"a*b*c"}]', 'axxbyyc')).toBe(true);
    expect(leaf('[{"wildcard":"a*b*c"}]', 'acb')).toBe(false);
    expect(leaf('[{"wildcard":"*ab*ab"}]', 'abab')).toBe(true);
    expect(leaf('[{"wildcard":"ab*ba"}]', 'aba')).toBe(false);
    expect(leaf('[{"wildcard":"plain"}]', 'plain')).toBe(true);
    expect(leaf('[{"wildcard":"*"}]', 5)).toBe(false);
  });

  it('treats \\* as a literal star and \\\\ as a literal backslash', () => {
    // JSON "\\*" is the two characters \*
    expect(leaf('[{"wildcard":"a\\\\*b"}]', 'a*b')).toBe(true);
    expect(leaf('[{"wildcard":"a\\\\*b"}]', 'axb')).toBe(false);
    expect(leaf('[{"wildcard":"a\\\\\\\\b"}]', 'a\\b')).toBe(true);
    expect(leaf('[{"wildcard":"a\\\\\\\\*"}]', 'a\\anything')).toBe(true);
    expect(leaf('[{"wildcard":"\\\\**"}]', '*tail')).toBe(true);
    expect(leaf('[{"wildcard":"\\\\**"}]', 'tail')).toBe(false);
  });
});

describe('cidr', () => {
  it('matches IPv4 addresses in the block', () => {
    const p = '[{"cidr":"10.0.0.0/24"}]';
    expect(leaf(p, '10.0.0.0')).toBe(true);
    expect(leaf(p, '10.0.0.255')).toBe(true);
    expect(leaf(p, '10.0.1.0')).toBe(false);
    expect(leaf(p, '9.255.255.255')).toBe(false);
    expect(leaf('[{"cidr":"10.0.0.6/31"}]', '10.0.0.7')).toBe(true);
    expect(leaf('[{"cidr":"10.0.0.6/31"}]', '10.0.0.8')).toBe(false);
    expect(leaf('[{"cidr":"0.0.0.0/0"}]', '203.0.113.9')).toBe(true);
    expect(leaf('[{"cidr":"10.0.0.7/24"}]', '10.0.0.1')).toBe(true); // host bits are cleared
    expect(leaf('[{"cidr":"172.16.0.0/12"}]', '172.31.255.255')).toBe(true);
    expect(leaf('[{"cidr":"172.16.0.0/12"}]', '172.32.0.0')).toBe(false);
  });

  it('matches IPv6 addresses, with :: compression and IPv4 tails', () => {
    const p = '[{"cidr":"2001:db8::/32"}]';
    expect(leaf(p, '2001:db8:0:0:1::1')).toBe(true);
    expect(leaf(p, '2001:DB8::1')).toBe(true);
    expect(leaf(p, '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff')).toBe(true);
    expect(leaf(p, '2001:db9::')).toBe(false);
    expect(leaf('[{"cidr":"::/0"}]', '::')).toBe(true);
    expect(leaf('[{"cidr":"fe80::/10"}]', 'febf::1')).toBe(true);
    expect(leaf('[{"cidr":"fe80::/10"}]', 'fec0::1')).toBe(false);
    expect(leaf('[{"cidr":"64:ff9b::/96"}]', '64:ff9b::192.0.2.33')).toBe(true);
    expect(leaf('[{"cidr":"2001:db8::/127"}]', '2001:0db8:0000:0000:0000:0000:0000:0001')).toBe(
      true,
    );
    expect(leaf('[{"cidr":"2001:db8::/127"}]', '2001:db8::2')).toBe(false);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(leaf('[{"cidr":"10.0.0.0/24"}]', '::ffff:10.0.0.7')).toBe(true);
    // Written the mapped way, the block is an IPv4 block: its prefix counts IPv4 bits (0–31).
    expect(leaf('[{"cidr":"::ffff:10.0.0.0/24"}]', '10.0.0.7')).toBe(true);
    expect(leaf('[{"cidr":"::ffff:10.0.0.0/24"}]', '10.0.1.7')).toBe(false);
    expect(leaf('[{"cidr":"::ffff:a00:0/8"}]', '::ffff:10.9.8.7')).toBe(true);
    expect(validatePattern('{"v":[{"cidr":"::ffff:10.0.0.0/120"}]}')).toEqual({
      ok: false,
      error:
        'v: "cidr" "::ffff:10.0.0.0/120": prefix length must be a whole number from 0 to 31 for IPv4, got "120"',
    });
  });

  it('refuses a /32 or /128 block, as EventBridge’s matcher does', () => {
    expect(validatePattern('{"v":[{"cidr":"10.0.0.7/32"}]}')).toEqual({
      ok: false,
      error:
        'v: "cidr" "10.0.0.7/32": prefix length must be a whole number from 0 to 31 for IPv4, got "32"; a single address is matched with its plain value',
    });
    expect(validatePattern('{"v":[{"cidr":"2001:db8::1/128"}]}')).toEqual({
      ok: false,
      error:
        'v: "cidr" "2001:db8::1/128": prefix length must be a whole number from 0 to 127 for IPv6, got "128"; a single address is matched with its plain value',
    });
    expect(validatePattern('{"v":[{"cidr":"0.0.0.0/0"}]}')).toEqual({ ok: true });
  });

  it('only matches strings that are IP addresses', () => {
    const p = '[{"cidr":"10.0.0.0/8"}]';
    expect(leaf(p, 'not an ip')).toBe(false);
    expect(leaf(p, '10.0.0')).toBe(false);
    expect(leaf(p, '10.0.0.256')).toBe(false);
    expect(leaf(p, '010.0.0.1')).toBe(false);
    expect(leaf(p, '10.0.0.1/32')).toBe(false);
    expect(leaf(p, 10)).toBe(false);
    expect(leaf('[{"cidr":"::/0"}]', '1::2::3')).toBe(false);
    expect(leaf('[{"cidr":"::/0"}]', '1:2:3:4:5:6:7:8:9')).toBe(false);
    expect(leaf('[{"cidr":"::/0"}]', '1:2:3:4:5:6:7:8::')).toBe(false);
    expect(leaf('[{"cidr":"::/0"}]', '12345::')).toBe(false);
    expect(leaf('[{"cidr":"::/0"}]', 'fe80::1%eth0')).toBe(false);
  });
});

describe('$or', () => {
  const event = { source: 'aws.cloudwatch', metricName: 'Other', namespace: 'AWS/EC2' };

  it('matches when any branch matches, ANDed with sibling fields', () => {
    const p = j(
      '{"source":["aws.cloudwatch"],"$or":[{"metricName":["CPUUtilization"]},{"namespace":["AWS/EC2"]}]}',
    );
    expect(matchPattern(p, event)).toBe(true);
    expect(matchPattern(p, { ...event, source: 'x' })).toBe(false);
    expect(matchPattern(p, { ...event, namespace: 'AWS/ES' })).toBe(false);
  });

  it('supports parallel and nested $or', () => {
    const p = j(
      '{"$or":[{"a":[1]},{"b":[2]}],"detail":{"$or":[{"c":[3]},{"d":[4],"$or":[{"e":[5]},{"f":[6]}]}]}}',
    );
    expect(matchPattern(p, { b: 2, detail: { d: 4, f: 6 } })).toBe(true);
    expect(matchPattern(p, { b: 2, detail: { d: 4, g: 6 } })).toBe(false);
    expect(matchPattern(p, { a: 1, detail: { c: 3 } })).toBe(true);
    expect(matchPattern(p, { detail: { c: 3 } })).toBe(false);
  });
});

describe('explainMatch', () => {
  it('reports nothing when the event matches', () => {
    expect(explainMatch('{"source":["aws.ec2"]}', EVENT)).toEqual({ matched: true, failures: [] });
  });

  it('names the field and operator that failed', () => {
    expect(explainMatch('{"detail":{"state":[{"anything-but":["terminated"]}]}}', EVENT)).toEqual({
      matched: false,
      failures: [
        {
          path: 'detail.state',
          operator: 'anything-but',
          reason: 'value "terminated" is excluded',
        },
      ],
    });
  });

  it('reports every failing field and every alternative of a failing leaf, in pattern order', () => {
    const p =
      '{"source":["aws.s3","aws.lambda"],"detail":{"state":[{"prefix":"run"},{"suffix":{"equals-ignore-case":"ING"}}],"count":[{"numeric":[">",0,"<=",2]}],"ip":[{"cidr":"10.1.0.0/16"}]}}';
    expect(explainMatch(p, EVENT).failures).toEqual([
      {
        path: 'source',
        operator: 'equals',
        reason: 'value "aws.ec2" is not any of "aws.s3", "aws.lambda"',
      },
      {
        path: 'detail.state',
        operator: 'prefix',
        reason: 'value "terminated" does not start with "run"',
      },
      {
        path: 'detail.state',
        operator: 'suffix',
        reason: 'value "terminated" does not end with "ING" (ignoring case)',
      },
      {
        path: 'detail.count',
        operator: 'numeric',
        reason: 'value 3 does not satisfy > 0 and <= 2',
      },
      { path: 'detail.ip', operator: 'cidr', reason: 'value "10.0.0.7" is not in 10.1.0.0/16' },
    ]);
  });

  it('reports the failures of each $or branch', () => {
    const p = '{"detail":{"$or":[{"state":["running"]},{"count":[{"numeric":[">",5]}]}]}}';
    expect(explainMatch(p, EVENT)).toEqual({
      matched: false,
      failures: [
        {
          path: 'detail.$or[0].state',
          operator: 'equals',
          reason: 'value "terminated" is not "running"',
        },
        {
          path: 'detail.$or[1].count',
          operator: 'numeric',
          reason: 'value 3 does not satisfy > 5',
        },
      ],
    });
  });

  it('explains missing fields, objects, wrong types and exists', () => {
    const failures = (p: string, e: unknown) => explainMatch(p, e).failures;
    expect(failures('{"detail":{"owner":[null]}}', EVENT)).toEqual([
      { path: 'detail.owner', operator: 'equals', reason: 'field is missing' },
    ]);
    expect(failures('{"detail":[{"exists":true}]}', EVENT)).toEqual([
      { path: 'detail', operator: 'exists', reason: 'field is an object, not a value' },
    ]);
    expect(failures('{"detail":{"state":[{"exists":false}]}}', EVENT)).toEqual([
      { path: 'detail.state', operator: 'exists', reason: 'field exists with value "terminated"' },
    ]);
    expect(failures('{"detail":{"count":[{"prefix":"3"}]}}', EVENT)).toEqual([
      { path: 'detail.count', operator: 'prefix', reason: 'value 3 is not a string' },
    ]);
    expect(failures('{"detail":{"state":[{"numeric":[">",1]}]}}', EVENT)).toEqual([
      { path: 'detail.state', operator: 'numeric', reason: 'value "terminated" is not a number' },
    ]);
    expect(failures('{"detail":{"state":[{"cidr":"10.0.0.0/8"}]}}', EVENT)).toEqual([
      { path: 'detail.state', operator: 'cidr', reason: 'value "terminated" is not an IP address' },
    ]);
    expect(failures('{"v":[{"numeric":[">",1]}]}', { v: 6e9 })).toEqual([
      {
        path: 'v',
        operator: 'numeric',
        reason: 'value 6000000000 is outside -5e9 to 5e9, the range numeric matching supports',
      },
    ]);
    expect(failures('{"v":[{"anything-but":{"prefix":"init"}}]}', { v: 'init-1' })).toEqual([
      {
        path: 'v',
        operator: 'anything-but',
        reason: 'value "init-1" is excluded (it starts with "init")',
      },
    ]);
    expect(failures('{"v":[{"anything-but":"x"}]}', { v: ['x', 'x'] })).toEqual([
      { path: 'v', operator: 'anything-but', reason: 'values "x", "x" are all excluded' },
    ]);
    expect(failures('{"v":[{"wildcard":"*.png"}]}', { v: ['a.jpg', 'b.gif'] })).toEqual([
      {
        path: 'v',
        operator: 'wildcard',
        reason: 'values "a.jpg", "b.gif" do not match wildcard "*.png"',
      },
    ]);
    expect(failures('{"v":[{"equals-ignore-case":"x"}]}', { v: [] })).toEqual([
      {
        path: 'v',
        operator: 'equals-ignore-case',
        reason: 'field is an array with no values (empty, or only objects)',
      },
    ]);
  });

  it('reports the closest element of an event array of objects', () => {
    const event = j('{"items":[{"a":1,"b":1},{"a":2,"b":2}]}');
    expect(explainMatch('{"items":{"a":[2],"b":[3]}}', event).failures).toEqual([
      { path: 'items.b', operator: 'equals', reason: 'value 2 is not 3' },
    ]);
  });

  it('quotes unusual keys in paths', () => {
    // "a.b" is the nested path a → b (EventBridge reads dotted names as paths); "" is quoted.
    expect(explainMatch('{"a.b":{"":["x"]}}', {}).failures).toEqual([
      { path: 'a.b[""]', operator: 'equals', reason: 'field is missing' },
    ]);
    expect(explainMatch('{"a..b":["x"]}', {}).failures).toEqual([
      { path: '["a..b"]', operator: 'equals', reason: 'field is missing' },
    ]);
  });

  it('reports an invalid pattern or event instead of throwing', () => {
    expect(explainMatch('{"source":"aws.ec2"}', EVENT)).toEqual({
      matched: false,
      failures: [
        {
          path: '',
          operator: 'pattern',
          reason:
            'source: must be an array of values to match (or an object of nested fields), got "aws.ec2"',
        },
      ],
    });
    expect(explainMatch('{"source":["aws.ec2"]}', [EVENT])).toEqual({
      matched: false,
      failures: [
        { path: '', operator: 'event', reason: 'event must be a JSON object, got an array' },
      ],
    });
  });
});

describe('compilePattern', () => {
  it('compiles once and matches many events', () => {
    const compiled = compilePattern('{"detail":{"count":[{"numeric":[">=",10]}]}}');
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const results = [5, 10, 15].map((count) => compiled.match({ detail: { count } }));
    expect(results).toEqual([false, true, true]);
    expect(compiled.explain({ detail: { count: 5 } }).matched).toBe(false);
  });

  it('returns the validation error for an invalid pattern', () => {
    expect(compilePattern({ source: [] })).toEqual({
      ok: false,
      error: 'source: must not be an empty array (it could never match)',
    });
  });

  // How fast it does this is a budget of `npm run bench`, not a test.
  it('matches thousands of events, each operator applied to every one', () => {
    const compiled = compilePattern(
      j(
        '{"source":[{"prefix":"aws."}],"detail":{"state":[{"anything-but":["stopped"]}],"count":[{"numeric":[">",0,"<=",1000]}],"ip":[{"cidr":"10.0.0.0/8"}],"$or":[{"kind":["a"]},{"kind":["b"]}]}}',
      ),
    );
    if (!compiled.ok) throw new Error(compiled.error);
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      source: 'aws.ec2',
      detail: {
        state: i % 3 ? 'running' : 'stopped',
        count: i % 2000,
        ip: `10.0.${i % 256}.1`,
        kind: 'b',
      },
    }));
    let matched = 0;
    for (const e of events) if (compiled.match(e)) matched++;
    // Not "stopped" (i % 3 ≠ 0) and a count in 1..1000 (i % 2000): 6,667 of the 20,000.
    expect(matched).toBe(6_667);
  });
});
