import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeShareLink,
  encodeShareLink,
  formatErrors,
  parseScenario,
  presets,
  type Scenario,
} from '../../src/scenario';
import { Rng } from '../../src/engine/rng';
import { encodeBase64url } from '../../src/scenario/base64url';
import { packShareLink, type SharedState } from '../../src/scenario/share-link';
import { stripDefaults } from '../../src/scenario/share-link-defaults';
import { PUSH_SCENARIOS } from '../../src/scenario/service-scenarios/push';
import { QUEUE_SCENARIOS } from '../../src/scenario/service-scenarios/queues';
import { STREAM_SCENARIOS } from '../../src/scenario/service-scenarios/streams';
import { scenarioArb } from '../engine/arbitraries';

/**
 * 100,000 hostile links: random text, and valid links damaged at three depths (the link's
 * characters, the JSON text inside, and the JSON values). Decoding must never throw, and every
 * link it accepts must hold a valid scenario that encodes and decodes to itself.
 */

function parsed(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.scenario;
}

const scenarios: Scenario[] = [
  ...presets.map((p) => parsed(p.scenario)),
  ...Object.values({ ...PUSH_SCENARIOS, ...QUEUE_SCENARIOS, ...STREAM_SCENARIOS })
    .slice(0, 12)
    .map((make) => parsed(make())),
  ...fc.sample(scenarioArb, { numRuns: 8, seed: 99 }).map(parsed),
];
const payloads: Array<Record<string, unknown>> = scenarios.map((s, i) => ({
  scenario: stripDefaults(s),
  ...(i % 2 === 0 && { t: Math.floor(s.durationMs / 2) }),
  ...(i % 3 === 0 && { selection: i }),
  ...(i % 4 === 0 && { view: { speed: 4 } }),
}));
const links = [
  ...payloads.map((p) => packShareLink(JSON.stringify(p))),
  ...presets.map((p, i) => `p=${p.id}&t=${i * 1_000}&sel=${i}&speed=2`),
];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const JSON_CHARS = '{}[]":,0123456789.-+eE truefalsnul<>/_\\';
const ODD = '#=&%.!~ \u0000\u00e9\u2028\ud800\ud83d\ude00<>"\'';
const ODD_VALUES: unknown[] = [
  -1,
  0,
  1e308,
  -1e308,
  0.5,
  4_294_967_296,
  '',
  'x',
  '<script>alert(1)</script>',
  null,
  true,
  [],
  {},
  [[[]]],
  { __proto__x: 1 },
  '$LATEST',
  'constructor',
];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'extra', 'version', 'name', 'label'];

function pick<T>(rng: Rng, xs: readonly T[] | string): T {
  return xs[Math.floor(rng.next() * xs.length)] as T;
}

function mutateText(rng: Rng, s: string, alphabet: string): string {
  const n = 1 + Math.floor(rng.next() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rng.next() * (s.length + 1));
    const op = rng.next();
    const c = rng.next() < 0.8 ? pick<string>(rng, alphabet) : pick<string>(rng, ODD);
    if (op < 0.35)
      s = s.slice(0, i) + c + s.slice(i + 1); // flip
    else if (op < 0.6)
      s = s.slice(0, i) + c + s.slice(i); // insert
    else if (op < 0.85)
      s = s.slice(0, i) + s.slice(i + 1); // delete
    else s = s.slice(0, i); // truncate
  }
  return s;
}

/** Replace, add or delete one value somewhere in a JSON tree. */
function mutateValue(rng: Rng, root: unknown): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string, unknown>;
  for (;;) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = pick(rng, keys);
    const child = node[key];
    if (typeof child === 'object' && child !== null && rng.next() < 0.7) {
      node = child as Record<string, unknown>;
      continue;
    }
    const op = rng.next();
    if (op < 0.6) node[key] = pick(rng, ODD_VALUES);
    else if (op < 0.8) delete node[key];
    else
      Object.defineProperty(node, pick(rng, ODD_KEYS), {
        value: pick(rng, ODD_VALUES),
        enumerable: true,
      });
    break;
  }
  return copy;
}

function randomString(rng: Rng): string {
  const len = Math.floor(rng.next() * 120);
  const alphabet = rng.next() < 0.5 ? B64 : B64 + ODD + JSON_CHARS;
  let s = rng.next() < 0.5 ? 'v1.' : rng.next() < 0.3 ? 'p=' : '';
  for (let i = 0; i < len; i++) s += pick<string>(rng, alphabet);
  return s;
}

const json = (v: unknown) => JSON.stringify(v);

/**
 * A valid link of the JSON text in stored (uncompressed) deflate blocks: any deflate stream must
 * open, and this one costs a tenth of compressing, which keeps 100,000 cases within seconds.
 */
function packStored(text: string): string {
  return `v1.${encodeBase64url(deflateSync(strToU8(text), { level: 0 }))}`;
}

/** An accepted link: valid throughout, and stable when encoded again. */
function checkAccepted(state: SharedState): string | null {
  const again = parseScenario(JSON.parse(json(state.scenario)));
  if (!again.ok) return `accepted an invalid scenario: ${formatErrors(again.errors)}`;
  if (json(again.scenario) !== json(state.scenario)) return 'scenario is not what parsing gives';
  const { t, selection, view } = state;
  if (!Number.isInteger(t) || t < 0 || t > state.scenario.durationMs) return `bad t ${t}`;
  if (selection !== undefined && !(Number.isInteger(selection) && selection >= 0))
    return 'bad selection';
  if (!(view.speed >= 0.01 && view.speed <= 100)) return `bad speed ${view.speed}`;
  const link = encodeShareLink(state);
  const back = decodeShareLink(link);
  if (!back.ok) return `its own link is refused: ${back.error}`;
  // Equal as JSON text (key order included), so encoding it again gives `link` once more.
  if (json(back.state) !== json(state)) return 'decoding its own link changes it';
  return null;
}

describe('decodeShareLink fuzz', () => {
  it('never throws and never accepts invalid data, over 30,000 links', () => {
    const rng = new Rng(20260101);
    const tally = { random: [0, 0], link: [0, 0], text: [0, 0], value: [0, 0] };
    const problems: string[] = [];
    const CASES = 30_000;
    for (let i = 0; i < CASES; i++) {
      const r = rng.next();
      let kind: keyof typeof tally;
      let fragment: string;
      if (r < 0.25) {
        kind = 'random';
        fragment = randomString(rng);
      } else if (r < 0.65) {
        kind = 'link';
        const link = pick(rng, links);
        fragment = mutateText(
          rng,
          link,
          link.startsWith('p=') ? 'abcdefghijklmnopqrstuvwxyz0123456789=&-.' : B64,
        );
      } else if (r < 0.8) {
        kind = 'text';
        fragment = packStored(mutateText(rng, json(pick(rng, payloads)), JSON_CHARS));
      } else {
        kind = 'value';
        fragment = packStored(json(mutateValue(rng, pick(rng, payloads))));
      }
      let result;
      try {
        result = decodeShareLink(fragment);
      } catch (e) {
        problems.push(`threw ${(e as Error).message} on ${fragment.slice(0, 80)}`);
        continue;
      }
      if (result.ok) {
        tally[kind][0]!++;
        const problem = checkAccepted(result.state);
        if (problem) problems.push(`${problem} on ${fragment.slice(0, 80)}`);
      } else {
        tally[kind][1]!++;
        if (!result.error || result.error.startsWith('internal error')) {
          problems.push(`${result.error || 'empty message'} on ${fragment.slice(0, 80)}`);
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    const total = Object.values(tally).reduce((n, [a, b]) => n + a! + b!, 0);
    expect(total).toBe(CASES);
    // Every depth sees links both accepted and refused, so both branches are exercised.
    for (const [kind, [accepted, refused]] of Object.entries(tally)) {
      if (kind === 'random') continue;
      expect(accepted, kind).toBeGreaterThan(100);
      expect(refused, kind).toBeGreaterThan(100);
    }
    // A few seconds on a quiet machine; the limit leaves room for a machine busy with other work.
  }, 180_000);
});
