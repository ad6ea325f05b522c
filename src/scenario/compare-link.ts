import { comparePresetById } from './presets/compare';
import { formatErrors, parseScenario } from './parse';
import type { Scenario } from './schema';
import { decodeShareLink, encodeShareLink } from './share-link';
import { deepEqual } from './share-link-defaults';

/**
 * Compare links: two designs side by side at one moment, in the URL fragment.
 *
 * - `compare=<pair id>&t=<ms>&edit=b` for a built-in comparison left as it is;
 * - `compare=<A>~<B>&t=<ms>&edit=b` for anything else, where <A> and <B> are each side's own share
 *   link at 0:00 (`p=<preset id>`, or `v<format>.<data>` for an edited scenario), so each side
 *   is read, upgraded and validated exactly like a one-scenario link.
 *
 * `t` and `edit` are optional (0 and A). A link with one broken side still opens the other one,
 * alone, and says what is wrong with the broken one.
 */

export type Side = 'a' | 'b';

export interface CompareLinkState {
  readonly a: Scenario;
  readonly b: Scenario;
  /** Each side's built-in scenario, when it is one. */
  readonly presetA?: string;
  readonly presetB?: string;
  /** The built-in comparison, when both sides are still exactly it. */
  readonly pairId?: string;
  readonly labels?: { readonly a: string; readonly b: string };
  readonly t: number;
  readonly edit: Side;
}

export type DecodeCompareResult =
  | { ok: true; state: CompareLinkState }
  /** One side could be read: it opens alone, and `error` says what was wrong with the other. */
  | { ok: 'partial'; side: Side; scenario: Scenario; presetId?: string; error: string }
  | { ok: false; error: string };

const PREFIX = 'compare=';
const SEPARATOR = '~';

export function isCompareLink(fragment: string): boolean {
  return (fragment.startsWith('#') ? fragment.slice(1) : fragment).startsWith(PREFIX);
}

export function encodeCompareLink(state: CompareLinkState): string {
  const t = Math.max(0, Math.round(state.t)) || 0;
  const pair = state.pairId === undefined ? undefined : pairScenarios(state.pairId);
  const same =
    pair !== undefined && deepEqual(pair.a, state.a) && deepEqual(pair.b, state.b)
      ? state.pairId
      : null;
  const sides =
    same ??
    [
      encodeShareLink({
        scenario: state.a,
        t: 0,
        ...(state.presetA && { presetId: state.presetA }),
      }),
      encodeShareLink({
        scenario: state.b,
        t: 0,
        ...(state.presetB && { presetId: state.presetB }),
      }),
    ].join(SEPARATOR);
  const params = [PREFIX + sides];
  if (t !== 0) params.push(`t=${t}`);
  if (state.edit === 'b') params.push('edit=b');
  return params.join('&');
}

/** Read a compare link (with or without "#"). Never throws. */
export function decodeCompareLink(fragment: string): DecodeCompareResult {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!body.startsWith(PREFIX)) return fail('not a compare link: it should start with "compare="');
  const [first = '', ...rest] = body.split('&');
  const value = first.slice(PREFIX.length);
  let t = 0;
  let edit: Side = 'a';
  for (const part of rest) {
    const [key, raw = ''] = part.split('=');
    if (key === 't' && /^\d{1,12}$/.test(raw)) t = Number(raw);
    else if (key === 'edit' && (raw === 'a' || raw === 'b')) edit = raw;
    else
      return fail(
        `the compare link's parameter ${JSON.stringify(part.slice(0, 40))} is not one it knows (t=<ms> or edit=a|b)`,
      );
  }
  if (value === '') return fail('the compare link names no designs after "compare="');

  if (!value.includes(SEPARATOR)) {
    const pair = comparePresetById(value);
    if (pair === undefined) return fail(`there is no built-in comparison "${value.slice(0, 64)}"`);
    const docs = pairScenarios(value)!;
    return done({
      a: docs.a,
      b: docs.b,
      pairId: pair.id,
      labels: { a: pair.a.label, b: pair.b.label },
      t,
      edit,
    });
  }

  const parts = value.split(SEPARATOR);
  if (parts.length !== 2)
    return fail(
      `a compare link holds two designs separated by "${SEPARATOR}", not ${parts.length}`,
    );
  const a = decodeShareLink(parts[0]!);
  const b = decodeShareLink(parts[1]!);
  if (!a.ok && !b.ok)
    return fail(`neither design in the compare link can be read.\nA: ${a.error}\nB: ${b.error}`);
  if (!b.ok && a.ok)
    return partial('a', a.state.scenario, a.state.presetId, `design B cannot be read: ${b.error}`);
  if (!a.ok && b.ok)
    return partial('b', b.state.scenario, b.state.presetId, `design A cannot be read: ${a.error}`);
  if (!a.ok || !b.ok) return fail('the compare link cannot be read');
  return done({
    a: a.state.scenario,
    b: b.state.scenario,
    ...(a.state.presetId !== undefined && { presetA: a.state.presetId }),
    ...(b.state.presetId !== undefined && { presetB: b.state.presetId }),
    t,
    edit,
  });
}

/** A moment past both runs' scenarios opens at 0:00, as a one-scenario link does. */
function done(state: CompareLinkState): DecodeCompareResult {
  const max = Math.max(state.a.durationMs, state.b.durationMs);
  return { ok: true, state: state.t > max ? { ...state, t: 0 } : state };
}

function partial(side: Side, scenario: Scenario, presetId: string | undefined, error: string) {
  return {
    ok: 'partial' as const,
    side,
    scenario,
    ...(presetId !== undefined && { presetId }),
    error,
  };
}

/** A built-in comparison's two scenarios, validated (fresh objects each time). */
export function pairScenarios(id: string): { a: Scenario; b: Scenario } | undefined {
  const pair = comparePresetById(id);
  if (pair === undefined) return undefined;
  const a = parseScenario(pair.a.scenario);
  const b = parseScenario(pair.b.scenario);
  if (!a.ok) throw new Error(`comparison "${id}" A is invalid: ${formatErrors(a.errors)}`);
  if (!b.ok) throw new Error(`comparison "${id}" B is invalid: ${formatErrors(b.errors)}`);
  return { a: a.scenario, b: b.scenario };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
