import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { decodeBase64url, encodeBase64url } from './base64url';
import { formatErrors, parseScenario } from './parse';
import { presetById } from './presets';
import type { Scenario } from './schema';
import { deepEqual, stripDefaults } from './share-link-defaults';
import { hostileContent } from './share-link-guards';
import {
  LINK_MIGRATIONS,
  LINK_VERSION,
  migrateLink,
  type LinkMigration,
} from './share-link-migrations';

/**
 * Share links: a scenario with its moment, selection and view, in the URL fragment.
 *
 * Two spellings (docs/scenario-format.md, "Share links"):
 * - `p=<preset id>&t=<ms>&sel=<message>&speed=<x>` for a built-in scenario left as it is;
 * - `v<format>.<base64url(deflate(JSON))>` for anything else, the JSON being
 *   `{ scenario, preset?, t?, selection?, view? }` with every default left out.
 *
 * Decoding never throws and never trusts the link: it caps the sizes, refuses prototype keys,
 * deep nesting and markup, upgrades old formats, and validates the scenario with
 * `parseScenario`, so its errors read like those of any other scenario.
 */

/** How the simulator is being watched when the link is made. */
export interface ShareView {
  /** Playback speed, 0.01× to 100×. */
  readonly speed: number;
}

export const DEFAULT_VIEW: ShareView = { speed: 1 };

export interface ShareLinkState {
  readonly scenario: Scenario;
  /** The built-in scenario this one is (or was edited from). */
  readonly presetId?: string;
  /** The moment shown, in simulated ms. Links hold whole ms from 0 to the scenario's duration. */
  readonly t: number;
  /** The selected message (engine id, 0-based). */
  readonly selection?: number;
  readonly view?: Partial<ShareView>;
}

/** What a link opens: every field filled in. */
export interface SharedState extends ShareLinkState {
  readonly view: ShareView;
}

export type DecodeShareLinkResult = { ok: true; state: SharedState } | { ok: false; error: string };

/** A link longer than this is refused before any work is done on it. */
export const MAX_LINK_CHARS = 32_768;
/** Inflating stops here: a small link that expands to megabytes (a "zip bomb") is refused. */
export const MAX_INFLATED_BYTES = 262_144;
/** Message ids are counted from 0; no scenario within the schema's limits gets near this. */
export const MAX_SELECTION = 1_000_000_000;
export const MIN_SPEED = 0.01;
export const MAX_SPEED = 100;

const PRESET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PAYLOAD_KEYS: ReadonlySet<string> = new Set(['scenario', 'preset', 't', 'selection', 'view']);
/** Readable-form parameter → payload field. */
const PARAMS: Readonly<Record<string, string>> = { p: 'preset', t: 't', sel: 'selection' };

export function encodeShareLink(state: ShareLinkState): string {
  const { scenario } = state;
  const t = clamp(Math.round(state.t), 0, scenario.durationMs) || 0;
  const selection =
    state.selection !== undefined &&
    Number.isInteger(state.selection) &&
    state.selection >= 0 &&
    state.selection <= MAX_SELECTION
      ? state.selection
      : undefined;
  const rawSpeed = state.view?.speed;
  const speed =
    rawSpeed !== undefined && Number.isFinite(rawSpeed)
      ? clamp(rawSpeed, MIN_SPEED, MAX_SPEED)
      : DEFAULT_VIEW.speed;

  const presetId =
    state.presetId !== undefined && presetById(state.presetId) ? state.presetId : undefined;
  if (presetId !== undefined && deepEqual(presetScenario(presetId), scenario)) {
    const params = [`p=${presetId}`];
    if (t !== 0) params.push(`t=${t}`);
    if (selection !== undefined) params.push(`sel=${selection}`);
    if (speed !== DEFAULT_VIEW.speed) params.push(`speed=${speed}`);
    return params.join('&');
  }

  const payload: Record<string, unknown> = { scenario: stripDefaults(scenario) };
  if (presetId !== undefined) payload.preset = presetId;
  if (t !== 0) payload.t = t;
  if (selection !== undefined) payload.selection = selection;
  if (speed !== DEFAULT_VIEW.speed) payload.view = { speed };
  return packShareLink(JSON.stringify(payload));
}

/** The compressed spelling of a JSON text: `v<format>.<base64url(deflate(text))>`. */
export function packShareLink(json: string, version: number = LINK_VERSION): string {
  return `v${version}.${encodeBase64url(deflateSync(strToU8(json), { level: 9 }))}`;
}

export interface DecodeOptions {
  /** For tests of the upgrade path; the app uses the defaults. */
  readonly migrations?: Readonly<Record<number, LinkMigration>>;
  readonly linkVersion?: number;
}

/** Read a link's fragment (with or without the leading "#"). Never throws. */
export function decodeShareLink(
  fragment: string,
  options: DecodeOptions = {},
): DecodeShareLinkResult {
  try {
    return decode(fragment, options);
  } catch (e) {
    // Unreachable by design (the fuzz test checks that no link gets here); kept so that a
    // bug shows a message rather than breaking the page.
    return { ok: false, error: `internal error reading the link: ${(e as Error).message}` };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

let buffer: Uint8Array | undefined;

/**
 * The one buffer every link inflates into (its text is decoded before the next link comes).
 * Given a buffer, fflate never grows it: output past the end is dropped, so memory stays at the
 * cap, and the work stays bounded by the link-length cap (DEFLATE expands at most about 1,000×).
 * One byte of room past the cap tells "exactly at the cap" from "beyond it".
 */
function inflateBuffer(): Uint8Array {
  buffer ??= new Uint8Array(MAX_INFLATED_BYTES + 1);
  return buffer;
}

function decode(fragment: unknown, options: DecodeOptions): DecodeShareLinkResult {
  if (typeof fragment !== 'string') return fail('the link must be text');
  // The link's own characters: the "#" that introduces it in an address is not part of it.
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body.length > MAX_LINK_CHARS) {
    return fail(
      `the link is too long (${fmt(body.length)} characters; at most ${fmt(MAX_LINK_CHARS)})`,
    );
  }
  if (body === '') return fail('the link is empty');

  const tagged = /^v(\d{1,12})\./.exec(body);
  if (tagged) {
    const version = Number(tagged[1]);
    const data = body.slice(tagged[0].length);
    const target = options.linkVersion ?? LINK_VERSION;
    // Check the version before the data: a newer link deserves "update", not "damaged".
    if (!/^[1-9]\d{0,8}$/.test(tagged[1]!)) {
      return fail(`link format ${tagged[1]} does not exist (formats start at 1)`);
    }
    if (version > target) {
      return fail(
        `this link was made by a newer release (link format ${version}; this one reads up to ${target})`,
      );
    }
    const json = unpack(data);
    if (!json.ok) return json;
    const migrated = migrateLink(
      json.payload,
      version,
      options.migrations ?? LINK_MIGRATIONS,
      target,
    );
    if (!migrated.ok) return fail(migrated.error);
    return readPayload(migrated.payload);
  }
  if (body.includes('=')) {
    const payload = readParams(body);
    return payload.ok ? readPayload(payload.payload) : payload;
  }
  return fail(`not a scenario link: it should start with "v${LINK_VERSION}." or "p="`);
}

type PayloadResult = { ok: true; payload: Record<string, unknown> } | { ok: false; error: string };

/** base64url → inflate (size-capped) → UTF-8 → JSON → safety checks. */
function unpack(data: string): PayloadResult {
  if (data === '') return fail('the link is damaged: it holds no data after the format tag');
  const bytes = decodeBase64url(data);
  if (!bytes.ok) return fail(`the link is damaged: ${bytes.error}`);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(bytes.bytes, { out: inflateBuffer() });
  } catch (e) {
    // A stored (uncompressed) block that would run past the buffer fails to copy in.
    if ((e as Error).name === 'RangeError') return tooLarge();
    return fail('the link is damaged: its compressed data is corrupt or cut short');
  }
  if (inflated.length > MAX_INFLATED_BYTES) return tooLarge();
  let text: string;
  try {
    text = utf8.decode(inflated);
  } catch {
    return fail('the link is damaged: its contents are not UTF-8 text');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`the link is damaged: its contents are not valid JSON (${(e as Error).message})`);
  }
  if (!isPlainObject(value)) return fail("the link's contents must be a JSON object");
  const hostile = hostileContent(value);
  if (hostile) return fail(hostile);
  return { ok: true, payload: value };
}

/** The readable form, turned into the same payload the compressed form carries. */
function readParams(body: string): PayloadResult {
  const payload: Record<string, unknown> = {};
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    if (name === 'speed') {
      if (payload.view !== undefined) return fail('the parameter "speed" appears twice');
      payload.view = { speed: numberOrText(raw) };
      continue;
    }
    const field = Object.hasOwn(PARAMS, name) ? PARAMS[name]! : undefined;
    if (field === undefined) {
      return fail(`unknown link parameter ${JSON.stringify(name.slice(0, 40))}`);
    }
    if (Object.hasOwn(payload, field)) return fail(`the parameter "${name}" appears twice`);
    payload[field] = field === 'preset' ? raw : numberOrText(raw);
  }
  if (payload.preset === undefined) return fail('a readable link needs a preset: p=<preset id>');
  return { ok: true, payload };
}

/** A plain decimal becomes a number; anything else stays text, so validation names it. */
function numberOrText(raw: string): number | string {
  return /^(0|[1-9]\d{0,15})(\.\d{1,20})?$/.test(raw) ? Number(raw) : raw;
}

/** Validate a (current-format) payload into the state it describes. */
function readPayload(payload: Record<string, unknown>): DecodeShareLinkResult {
  for (const key of Object.keys(payload)) {
    if (!PAYLOAD_KEYS.has(key)) return fail(`unknown field ${JSON.stringify(key)} in the link`);
  }
  const { preset, scenario: doc, t, selection, view } = payload;

  let presetId: string | undefined;
  if (preset !== undefined) {
    if (typeof preset !== 'string' || !PRESET_ID.test(preset)) {
      return fail('preset: must be a preset id such as "async-retries"');
    }
    // Edited from a preset that a later release no longer has: the scenario stands on its own.
    if (presetById(preset)) presetId = preset;
    else if (doc === undefined) return fail(`preset: there is no built-in scenario "${preset}"`);
  }

  let scenario: Scenario;
  if (doc === undefined) {
    if (presetId === undefined) return fail('the link holds no scenario');
    scenario = presetScenario(presetId);
  } else {
    // parseScenario would read a string as JSON text and skip the checks made on this one.
    if (!isPlainObject(doc)) return fail('scenario: must be a JSON object');
    const parsed = parseScenario(doc);
    if (!parsed.ok)
      return fail(`the link's scenario is not valid:\n${formatErrors(parsed.errors)}`);
    scenario = parsed.scenario;
  }

  const max = scenario.durationMs;
  if (t !== undefined && !isIntIn(t, 0, max)) {
    return fail(`t: must be a whole number from 0 to ${fmt(max)} ms (the scenario's duration)`);
  }
  if (selection !== undefined && !isIntIn(selection, 0, MAX_SELECTION)) {
    return fail(`selection: must be a whole number from 0 to ${fmt(MAX_SELECTION)}`);
  }
  let speed = DEFAULT_VIEW.speed;
  if (view !== undefined) {
    if (!isPlainObject(view)) return fail('view: must be a JSON object');
    for (const key of Object.keys(view)) {
      if (key !== 'speed') return fail(`view: unknown field ${JSON.stringify(key)}`);
    }
    if (view.speed !== undefined) {
      if (typeof view.speed !== 'number' || !(view.speed >= MIN_SPEED && view.speed <= MAX_SPEED)) {
        return fail(`view.speed: must be a number from ${MIN_SPEED} to ${MAX_SPEED}`);
      }
      speed = view.speed;
    }
  }

  const state: SharedState = {
    scenario,
    ...(presetId !== undefined && { presetId }),
    t: (t as number | undefined) ?? 0,
    ...(selection !== undefined && { selection: selection as number }),
    view: { speed },
  };
  return { ok: true, state };
}

/** A fresh parse each time, so that callers never share (and never mutate) one object. */
function presetScenario(id: string): Scenario {
  const parsed = parseScenario(presetById(id)!.scenario);
  if (!parsed.ok) throw new Error(`preset "${id}" is invalid: ${formatErrors(parsed.errors)}`);
  return parsed.scenario;
}

function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

function tooLarge(): { ok: false; error: string } {
  return fail(`the link expands to more than ${fmt(MAX_INFLATED_BYTES)} bytes`);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
