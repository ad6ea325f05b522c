import { deflateSync, inflateSync, strFromU8 } from 'fflate';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeShareLink,
  encodeShareLink,
  formatErrors,
  parseScenario,
  presets,
  type Scenario,
  type ScenarioInput,
} from '../../src/scenario';
import { decodeBase64url, encodeBase64url } from '../../src/scenario/base64url';
import { packShareLink } from '../../src/scenario/share-link';
import { LINK_VERSION, migrateLink } from '../../src/scenario/share-link-migrations';

function parsed(doc: ScenarioInput): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.scenario;
}

/** The JSON a compressed link carries. */
function contents(link: string): unknown {
  const m = /^v1\.(.*)$/.exec(link);
  if (!m) throw new Error(`not a v1 link: ${link}`);
  const bytes = decodeBase64url(m[1]!);
  if (!bytes.ok) throw new Error(bytes.error);
  return JSON.parse(strFromU8(inflateSync(bytes.bytes)));
}

function errorOf(fragment: string): string {
  const r = decodeShareLink(fragment);
  if (r.ok) throw new Error(`expected ${fragment.slice(0, 60)} to be refused`);
  return r.error;
}

const pack = (payload: unknown) => packShareLink(JSON.stringify(payload));

const checkout: ScenarioInput = {
  version: 1,
  name: 'Checkout under load',
  seed: 42,
  durationMs: 120_000,
  function: {
    name: 'checkout',
    memoryMb: 512,
    timeoutSeconds: 6,
    reservedConcurrency: 5,
    behaviour: { duration: { kind: 'uniform', minMs: 200, maxMs: 900 }, errorRate: 0.1 },
  },
  workloads: [
    {
      id: 'api',
      label: 'Shoppers',
      arrivals: { kind: 'constant', ratePerSecond: 2, durationMs: 60_000 },
      callerRetry: { mode: 'sdk' },
    },
  ],
};

const asyncRetries = presets.find((p) => p.id === 'async-retries')!;

describe('encodeShareLink', () => {
  it('writes an unedited preset as short, readable parameters', () => {
    const scenario = parsed(asyncRetries.scenario);
    expect(encodeShareLink({ scenario, presetId: 'async-retries', t: 35_000 })).toBe(
      'p=async-retries&t=35000',
    );
    expect(encodeShareLink({ scenario, presetId: 'async-retries', t: 0 })).toBe('p=async-retries');
    expect(
      encodeShareLink({
        scenario,
        presetId: 'async-retries',
        t: 61_234.6,
        selection: 2,
        view: { speed: 0.25 },
      }),
    ).toBe('p=async-retries&t=61235&sel=2&speed=0.25');
  });

  it('compresses an edited preset, keeps the preset it came from, and leaves out defaults', () => {
    const scenario = { ...parsed(asyncRetries.scenario), seed: 8 };
    const link = encodeShareLink({ scenario, presetId: 'async-retries', t: 1_000 });
    expect(link.startsWith('v1.')).toBe(true);
    expect(contents(link)).toEqual({
      scenario: {
        version: 1,
        name: 'Async retries, then the DLQ',
        seed: 8,
        durationMs: 600_000,
        function: {
          name: 'resize-image',
          runtime: 'python',
          timeoutSeconds: 10,
          behaviour: { duration: { kind: 'fixed', ms: 800 }, errorRate: 1 },
          deadLetterQueue: { type: 'sqs', name: 'resize-dlq' },
        },
        workloads: [
          {
            id: 'uploads',
            label: 'S3 uploads',
            arrivals: { kind: 'single', atMs: [0, 5_000] },
            invocationType: 'Event',
            payload: { bucket: 'photos', key: 'cat.jpg' },
          },
        ],
      },
      preset: 'async-retries',
      t: 1_000,
    });
  });

  it('writes a custom scenario that decodes to the same document', () => {
    const scenario = parsed(checkout);
    const link = encodeShareLink({ scenario, t: 35_000, selection: 3, view: { speed: 2 } });
    expect(contents(link)).toEqual({
      scenario: {
        version: 1,
        name: 'Checkout under load',
        seed: 42,
        durationMs: 120_000,
        function: {
          name: 'checkout',
          memoryMb: 512,
          timeoutSeconds: 6,
          behaviour: { duration: { kind: 'uniform', minMs: 200, maxMs: 900 }, errorRate: 0.1 },
          reservedConcurrency: 5,
        },
        workloads: [
          {
            id: 'api',
            label: 'Shoppers',
            arrivals: { kind: 'constant', ratePerSecond: 2, durationMs: 60_000 },
            callerRetry: { mode: 'sdk' },
          },
        ],
      },
      t: 35_000,
      selection: 3,
      view: { speed: 2 },
    });
    expect(decodeShareLink(link)).toEqual({
      ok: true,
      state: { scenario, t: 35_000, selection: 3, view: { speed: 2 } },
    });
    expect(decodeShareLink(`#${link}`)).toEqual(decodeShareLink(link));
  });

  it('keeps provisioned pollers and a recursive loop’s settings through a link', () => {
    const loop = presets.find((p) => p.id === 'sqs-recursive-loop')!.scenario;
    const sale = presets.find((p) => p.id === 'sqs-provisioned-scaling')!.scenario;
    const edited = parsed({
      ...loop,
      function: { ...loop.function, recursiveLoop: 'Allow' },
      queues: [...loop.queues!, { ...sale.queues![0]!, name: 'sale' }],
    });
    const decoded = decodeShareLink(encodeShareLink({ scenario: edited, t: 16_250 }));
    expect(decoded).toMatchObject({ ok: true, state: { scenario: edited, t: 16_250 } });
    if (!decoded.ok) return;
    expect(decoded.state.scenario.function).toMatchObject({
      writesBackToSource: true,
      recursiveLoop: 'Allow',
    });
    expect(decoded.state.scenario.queues![1]!.mapping!.provisionedPollerConfig).toEqual({
      minimumPollers: 5,
      maximumPollers: 70,
    });
  });

  it('keeps t within the scenario and drops what a link cannot hold', () => {
    const scenario = parsed(checkout);
    expect(contents(encodeShareLink({ scenario, t: 999_999, selection: -1 }))).toMatchObject({
      t: 120_000,
    });
    expect(contents(encodeShareLink({ scenario, t: Number.NaN, view: { speed: 500 } }))).toEqual(
      expect.objectContaining({ view: { speed: 100 } }),
    );
    expect(
      Object.keys(contents(encodeShareLink({ scenario, t: -5, selection: 1.5 })) as object),
    ).toEqual(['scenario']);
    // An unknown preset id is not written: the link would not open.
    expect(contents(encodeShareLink({ scenario, presetId: 'gone', t: 0 }))).not.toHaveProperty(
      'preset',
    );
  });
});

describe('decodeShareLink', () => {
  it('opens a readable preset link as the preset, paused at t', () => {
    expect(decodeShareLink('#p=async-retries&t=35000&sel=1&speed=4')).toEqual({
      ok: true,
      state: {
        scenario: parsed(asyncRetries.scenario),
        presetId: 'async-retries',
        t: 35_000,
        selection: 1,
        view: { speed: 4 },
      },
    });
  });

  it('opens a format-1 link made by the first release (this exact text, forever)', () => {
    const link =
      'v1.VZBBb8IwDIX_CvI5mgoMpPXKGWmC47SDSYyImsaVk5Shqv99DusmrSfXjr_3_CZIliKKZ2gnGEmS5wjt2kDEnqCFw41sxyWvSnQkq8DowEAictC-bgy4Iph155h0a9PoZ-Baoq29ilwwdsHobk89y-N4gXa3VkD2PengTJajU8jewIVuOHouUgG_ArXufFRZKNFfWfrK8k9h1dUav2r91jSzARJhOWFW7eZlrQ2hRDKSO3C0RYSifagBHdxZunqVrn5M4CsfB6_sgBcK-ne-8TBoMNpCET9i0Kd_XtR1yhjrYeqT3kl-LlFT_8PZ12xUz2IIJCfKogYm6NnVfJLrYJ4_dZ6h3e6eMSYKtOS4NTB6uteFNDyz38zzNw';
    expect(decodeShareLink(link)).toEqual({
      ok: true,
      state: { scenario: parsed(checkout), t: 35_000, selection: 3, view: { speed: 2 } },
    });
  });

  it('fills in every default the link left out', () => {
    const r = decodeShareLink(pack({ scenario: { version: 1 } }));
    expect(r).toEqual({
      ok: true,
      state: { scenario: parsed({ version: 1 }), t: 0, view: { speed: 1 } },
    });
    if (r.ok) expect(r.state.scenario.function.asyncConfig.maximumRetryAttempts).toBe(2);
  });

  it('keeps an edited scenario whose preset a later release no longer has', () => {
    const r = decodeShareLink(pack({ scenario: { version: 1 }, preset: 'retired-preset' }));
    expect(r.ok && r.state).toEqual({ scenario: parsed({ version: 1 }), t: 0, view: { speed: 1 } });
  });

  it('gives each caller its own copy of a preset', () => {
    const a = decodeShareLink('p=async-retries');
    const b = decodeShareLink('p=async-retries');
    expect(a.ok && b.ok && a.state.scenario !== b.state.scenario).toBe(true);
  });

  describe('refuses, naming the problem', () => {
    const cases: Array<[string, string, string]> = [
      ['empty', '', 'the link is empty'],
      ['only the hash', '#', 'the link is empty'],
      [
        'oversized',
        `v1.${'A'.repeat(32_766)}`,
        'the link is too long (32,769 characters; at most 32,768)',
      ],
      ['not a link', 'hello', 'not a scenario link: it should start with "v1." or "p="'],
      ['no data', 'v1.', 'the link is damaged: it holds no data after the format tag'],
      [
        'bad base64',
        'v1.ab!cd',
        'the link is damaged: not valid base64url: character "!" at position 3',
      ],
      [
        'padding',
        'v1.abc=',
        'the link is damaged: not valid base64url: character "=" at position 4',
      ],
      [
        'cut at an impossible length',
        'v1.abcde',
        'the link is damaged: not valid base64url: the data is cut short',
      ],
      [
        'stray bits',
        'v1.AB',
        'the link is damaged: not valid base64url: the last character has stray bits',
      ],
      [
        'corrupt deflate',
        `v1.${encodeBase64url(new Uint8Array([0xff, 0xff, 0xff]))}`,
        'the link is damaged: its compressed data is corrupt or cut short',
      ],
      [
        'not UTF-8',
        `v1.${encodeBase64url(deflateSync(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])))}`,
        'the link is damaged: its contents are not UTF-8 text',
      ],
      ['a JSON array', pack([1, 2]), "the link's contents must be a JSON object"],
      ['JSON null', pack(null), "the link's contents must be a JSON object"],
      [
        'newer link format',
        'v2.AAAA',
        'this link was made by a newer release (link format 2; this one reads up to 1)',
      ],
      ['format 0', 'v0.AAAA', 'link format 0 does not exist (formats start at 1)'],
      ['leading zero', 'v01.AAAA', 'link format 01 does not exist (formats start at 1)'],
      [
        '__proto__ at the top',
        packShareLink('{"__proto__":{"polluted":true},"scenario":{"version":1}}'),
        'the key "__proto__" is not allowed in a link',
      ],
      [
        '__proto__ in a payload',
        packShareLink(
          '{"scenario":{"version":1,"workloads":[{"id":"a","arrivals":{"kind":"burst","atMs":0,"count":1},"payload":{"__proto__":{"isAdmin":true}}}]}}',
        ),
        'scenario.workloads.0.payload: the key "__proto__" is not allowed in a link',
      ],
      [
        'constructor',
        pack({ scenario: { version: 1, function: { constructor: { prototype: 1 } } } }),
        'scenario.function: the key "constructor" is not allowed in a link',
      ],
      [
        'prototype',
        pack({ scenario: { version: 1 }, view: { prototype: 1 } }),
        'view: the key "prototype" is not allowed in a link',
      ],
      [
        'a script in the name',
        pack({ scenario: { version: 1, name: 'Hi <script>alert(1)</script>' } }),
        'scenario.name: contains HTML markup ("<script>aler"), which a link may not carry',
      ],
      [
        'an element in a label',
        pack({
          scenario: {
            version: 1,
            workloads: [
              {
                id: 'a',
                label: '<img src=x onerror=alert(1)>',
                arrivals: { kind: 'burst', atMs: 0, count: 1 },
              },
            ],
          },
        }),
        'scenario.workloads.0.label: contains HTML markup ("<img src=x o"), which a link may not carry',
      ],
      [
        'a closing tag in the description',
        pack({ scenario: { version: 1, description: 'x</textarea>' } }),
        'scenario.description: contains HTML markup ("</textarea>"), which a link may not carry',
      ],
      [
        'unknown field',
        pack({ scenario: { version: 1 }, extra: 1 }),
        'unknown field "extra" in the link',
      ],
      ['nothing to open', pack({ t: 5 }), 'the link holds no scenario'],
      ['scenario as text', pack({ scenario: '{"version":1}' }), 'scenario: must be a JSON object'],
      [
        'out-of-range value',
        pack({ scenario: { version: 1, function: { memoryMb: 64 } } }),
        "the link's scenario is not valid:\nfunction.memoryMb: must be a whole number from 128 to 10,240 MB",
      ],
      [
        'two problems',
        pack({ scenario: { version: 1, seed: -1, bogus: true } }),
        'the link\'s scenario is not valid:\nseed: must be a whole number from 0 to 4,294,967,295\nunknown field "bogus"',
      ],
      [
        'newer scenario format',
        pack({ scenario: { version: 2 } }),
        "the link's scenario is not valid:\nversion: this scenario was made by a newer release (format 2; this one reads up to 1)",
      ],
      [
        't past the end',
        pack({ scenario: { version: 1, durationMs: 1_000 }, t: 1_001 }),
        "t: must be a whole number from 0 to 1,000 ms (the scenario's duration)",
      ],
      [
        't not whole',
        pack({ scenario: { version: 1, durationMs: 1_000 }, t: 0.5 }),
        "t: must be a whole number from 0 to 1,000 ms (the scenario's duration)",
      ],
      [
        't as text',
        pack({ scenario: { version: 1, durationMs: 1_000 }, t: '5' }),
        "t: must be a whole number from 0 to 1,000 ms (the scenario's duration)",
      ],
      [
        'negative selection',
        pack({ scenario: { version: 1 }, selection: -1 }),
        'selection: must be a whole number from 0 to 1,000,000,000',
      ],
      [
        'speed too high',
        pack({ scenario: { version: 1 }, view: { speed: 1_000 } }),
        'view.speed: must be a number from 0.01 to 100',
      ],
      [
        'view not an object',
        pack({ scenario: { version: 1 }, view: [] }),
        'view: must be a JSON object',
      ],
      [
        'unknown view field',
        pack({ scenario: { version: 1 }, view: { theme: 'dark' } }),
        'view: unknown field "theme"',
      ],
      [
        'malformed preset id',
        pack({ preset: '<b>x</b>' }),
        'preset: must be a preset id such as "async-retries"',
      ],
      [
        'unknown preset',
        'p=no-such-thing',
        'preset: there is no built-in scenario "no-such-thing"',
      ],
      ['readable form without a preset', 't=5', 'a readable link needs a preset: p=<preset id>'],
      ['unknown parameter', 'p=async-retries&x=1', 'unknown link parameter "x"'],
      ['__proto__ parameter', 'p=async-retries&__proto__=1', 'unknown link parameter "__proto__"'],
      ['repeated parameter', 'p=async-retries&t=1&t=2', 'the parameter "t" appears twice'],
      ['repeated speed', 'p=async-retries&speed=1&speed=2', 'the parameter "speed" appears twice'],
      [
        'readable t as words',
        'p=async-retries&t=soon',
        "t: must be a whole number from 0 to 600,000 ms (the scenario's duration)",
      ],
      [
        'readable t past the end',
        'p=async-retries&t=600001',
        "t: must be a whole number from 0 to 600,000 ms (the scenario's duration)",
      ],
      [
        'readable speed zero',
        'p=async-retries&speed=0',
        'view.speed: must be a number from 0.01 to 100',
      ],
      [
        'readable selection with a sign',
        'p=async-retries&sel=-1',
        'selection: must be a whole number from 0 to 1,000,000,000',
      ],
    ];
    it.each(cases)('%s', (_name, fragment, message) => {
      expect(errorOf(fragment)).toBe(message);
    });

    it('an oversized link by its length', () => {
      expect(errorOf('x'.repeat(40_000))).toBe(
        'the link is too long (40,000 characters; at most 32,768)',
      );
      expect(errorOf(`v1.${'A'.repeat(32_765)}`)).not.toContain('too long');
      // As read from an address: the "#" before the link is not counted.
      expect(errorOf(`#${'x'.repeat(40_000)}`)).toBe(
        'the link is too long (40,000 characters; at most 32,768)',
      );
      expect(errorOf(`#v1.${'A'.repeat(32_765)}`)).not.toContain('too long');
    });

    it('a zip bomb, without inflating it all', () => {
      // 16 MB of spaces deflate to about 16 KB: a link within the length cap.
      const bomb = `v1.${encodeBase64url(deflateSync(new Uint8Array(16_000_000).fill(32), { level: 9 }))}`;
      expect(bomb.length).toBeLessThan(32_768);
      expect(errorOf(bomb)).toBe('the link expands to more than 262,144 bytes');
      // Exactly at the cap is still read (and then refused for what it is, not for its size).
      expect(errorOf(pack(' '.repeat(262_140)))).toBe("the link's contents must be a JSON object");
      // Deflating 16 MB to build the bomb takes seconds on a busy machine.
    }, 30_000);

    it('a bomb whose last bytes come in an uncompressed block', () => {
      // 262,140 compressed bytes, left open by a sync flush, then a final stored block of 100.
      const head = deflateRawSync(Buffer.alloc(262_140, 32), {
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      });
      const tail = Buffer.concat([Buffer.from([1, 100, 0, 155, 255]), Buffer.alloc(100, 32)]);
      expect(errorOf(`v1.${encodeBase64url(Buffer.concat([head, tail]))}`)).toBe(
        'the link expands to more than 262,144 bytes',
      );
      // The same stream ending within the cap opens (and is then read as JSON).
      const small = deflateRawSync(Buffer.from('{"t":1'), {
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      });
      const end = Buffer.concat([Buffer.from([1, 1, 0, 254, 255]), Buffer.from('}')]);
      expect(errorOf(`v1.${encodeBase64url(Buffer.concat([small, end]))}`)).toBe(
        'the link holds no scenario',
      );
    });

    it('JSON it cannot parse, with the parser’s own reason', () => {
      let reason = '';
      try {
        JSON.parse('{"scenario":');
      } catch (e) {
        reason = (e as Error).message;
      }
      expect(errorOf(packShareLink('{"scenario":'))).toBe(
        `the link is damaged: its contents are not valid JSON (${reason})`,
      );
    });

    it('nesting deeper than any scenario', () => {
      let payload: unknown = 1;
      for (let i = 0; i < 40; i++) payload = { a: payload };
      const link = pack({
        scenario: {
          version: 1,
          workloads: [{ id: 'a', arrivals: { kind: 'burst', atMs: 0, count: 1 }, payload }],
        },
      });
      expect(errorOf(link)).toBe(
        `scenario.workloads.0.payload${'.a'.repeat(28)}: nested more than 32 levels deep`,
      );
      // 100,000 brackets: refused by the same rule, without exhausting the stack.
      expect(errorOf(packShareLink(`{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`))).toBe(
        `x${'.0'.repeat(31)}: nested more than 32 levels deep`,
      );
    });

    it('a truncated link', () => {
      const link = encodeShareLink({ scenario: parsed(checkout), t: 0 });
      // Cut at a whole base64 group, so the base64 itself is well formed.
      const cut = link.slice(0, 3 + Math.floor((link.length - 3) / 8) * 4);
      expect(errorOf(cut)).toBe('the link is damaged: its compressed data is corrupt or cut short');
    });

    it('anything that is not text', () => {
      expect(decodeShareLink(42 as unknown as string)).toEqual({
        ok: false,
        error: 'the link must be text',
      });
    });

    it('and never leaves a prototype polluted', () => {
      decodeShareLink(packShareLink('{"__proto__":{"polluted":true},"scenario":{"version":1}}'));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe('link format migrations', () => {
  // Pretend format 1 stored t in seconds and format 2 (the current one here) in ms.
  const toMs = { 1: (p: Record<string, unknown>) => ({ ...p, t: (p.t as number) * 1_000 }) };

  it('upgrade an old link one step at a time', () => {
    const r = decodeShareLink(pack({ scenario: { version: 1 }, t: 35 }), {
      migrations: toMs,
      linkVersion: 2,
    });
    expect(r.ok && r.state.t).toBe(35_000);
  });

  it('leave a current link alone', () => {
    const link = packShareLink(JSON.stringify({ scenario: { version: 1 }, t: 35 }), 2);
    const r = decodeShareLink(link, { migrations: toMs, linkVersion: 2 });
    expect(r.ok && r.state.t).toBe(35);
  });

  it('validate what a migration produces', () => {
    const r = decodeShareLink(pack({ scenario: { version: 1, durationMs: 10_000 }, t: 35 }), {
      migrations: toMs,
      linkVersion: 2,
    });
    expect(r).toEqual({
      ok: false,
      error: "t: must be a whole number from 0 to 10,000 ms (the scenario's duration)",
    });
  });

  it('report a missing step and a failing step', () => {
    expect(
      decodeShareLink(pack({ scenario: { version: 1 } }), { migrations: {}, linkVersion: 3 }),
    ).toEqual({ ok: false, error: 'no migration from link format 1' });
    const broken = {
      1: () => {
        throw new Error('t is missing');
      },
    };
    expect(
      decodeShareLink(pack({ scenario: { version: 1 } }), { migrations: broken, linkVersion: 2 }),
    ).toEqual({ ok: false, error: 'could not upgrade the link from format 1: t is missing' });
  });

  it('chain steps in order', () => {
    const steps = {
      1: (p: Record<string, unknown>) => ({ ...p, trail: [1] }),
      2: (p: Record<string, unknown>) => ({ ...p, trail: [...(p.trail as number[]), 2] }),
    };
    expect(migrateLink({}, 1, steps, 3)).toEqual({ ok: true, payload: { trail: [1, 2] } });
    expect(migrateLink({ trail: [] }, 2, steps, 3)).toEqual({ ok: true, payload: { trail: [2] } });
    expect(migrateLink({}, 4, steps, 3)).toEqual({
      ok: false,
      error: 'this link was made by a newer release (link format 4; this one reads up to 3)',
    });
  });

  it('start empty: format 1 is the first', () => {
    expect(LINK_VERSION).toBe(1);
    expect(migrateLink({ t: 1 }, 1)).toEqual({ ok: true, payload: { t: 1 } });
  });
});

describe('base64url', () => {
  it('matches RFC 4648 test vectors, without padding', () => {
    const enc = (s: string) => encodeBase64url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 256; n += 1) {
      const bytes = all.subarray(0, n);
      const back = decodeBase64url(encodeBase64url(bytes));
      expect(back.ok && [...back.bytes]).toEqual([...bytes]);
    }
  });
});
