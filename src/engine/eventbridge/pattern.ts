/**
 * Amazon EventBridge event patterns: validation, matching and match explanations for Lambda Event
 * Lab's rules and its pattern playground.
 *
 * The language, as EventBridge implements it:
 * - A pattern mirrors the event's nesting. Fields the pattern does not mention are ignored; every
 *   field it mentions must match (AND). Each leaf is a non-empty array of alternatives (OR).
 * - Plain values match by JSON type and value: "300" (string) never matches 300 (number), 300 and
 *   300.0 are the same number, strings compare case-sensitively, [null] matches a JSON null (not a
 *   missing key) and [""] only the empty string.
 * - When the event holds an array, the leaf matches if any element does (non-empty intersection).
 * - Operators: prefix, suffix (both optionally {"equals-ignore-case": …}), equals-ignore-case,
 *   anything-but (value, list, or prefix/suffix/equals-ignore-case/wildcard form), numeric (one
 *   comparison or a lower-then-upper range, numbers within ±5e9 and 6 decimals), exists,
 *   wildcard, cidr (IPv4 and IPv6). "$or": [{…}, {…}] at any level matches if any branch does.
 * - exists:true matches any present leaf value, JSON null included; exists:false matches only when
 *   the event holds no leaf value there (missing key, an object, or an empty array).
 * - anything-but never matches a missing field, and matches any present value it does not exclude
 *   (a list of strings never excludes a number).
 *
 * Patterns may be given parsed or as JSON text. In JSON text a repeated key keeps its last value,
 * as JSON.parse does. Events may also be given as JSON text; an event must be a JSON object.
 *
 * For matching many events, compile once with compilePattern and call match per event.
 */
import { compileRoot } from './pattern-compile';
import { isRecord, preview } from './pattern-format';
import { explainNode, matchNode, type MatchFailure } from './pattern-match';
import { PatternError } from './pattern-operators';
import type { ObjectNode } from './pattern-types';

export type { MatchFailure } from './pattern-match';

export type Pattern = Record<string, unknown>;

export type PatternValidation = { ok: true } | { ok: false; error: string };

export interface MatchExplanation {
  matched: boolean;
  /** Empty when matched; otherwise every failing field and operator ($or: every branch's). */
  failures: MatchFailure[];
}

export type CompiledPattern =
  | {
      ok: true;
      /** Whether the event matches; never throws. */
      match(event: unknown): boolean;
      explain(event: unknown): MatchExplanation;
    }
  | { ok: false; error: string };

export function compilePattern(pattern: unknown): CompiledPattern {
  let node: ObjectNode;
  try {
    node = compileRoot(readJson(pattern, 'pattern'));
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  return {
    ok: true,
    match(event) {
      try {
        const ev = readEvent(event);
        return typeof ev !== 'string' && matchNode(node, ev);
      } catch {
        return false; // hostile events (throwing getters, proxies) simply do not match
      }
    },
    explain(event) {
      try {
        const ev = readEvent(event);
        if (typeof ev === 'string') return { matched: false, failures: [eventFailure(ev)] };
        const failures: MatchFailure[] = [];
        const matched = explainNode(node, ev, failures);
        return { matched, failures: matched ? [] : failures };
      } catch (e) {
        return {
          matched: false,
          failures: [eventFailure(`event could not be read: ${errorText(e)}`)],
        };
      }
    },
  };
}

export function validatePattern(pattern: unknown): PatternValidation {
  const compiled = compilePattern(pattern);
  return compiled.ok ? { ok: true } : { ok: false, error: compiled.error };
}

/** Matches one event; an invalid pattern matches nothing. Prefer compilePattern in loops. */
export function matchPattern(pattern: unknown, event: unknown): boolean {
  const compiled = compilePattern(pattern);
  return compiled.ok && compiled.match(event);
}

/** Which fields and operators made the event fail the pattern, for the pattern playground. */
export function explainMatch(pattern: unknown, event: unknown): MatchExplanation {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) {
    return {
      matched: false,
      failures: [{ path: '', operator: 'pattern', reason: compiled.error }],
    };
  }
  return compiled.explain(event);
}

class NotJson extends Error {}

function readJson(value: unknown, what: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (e) {
    throw new NotJson(`${what} is not valid JSON: ${errorText(e)}`);
  }
}

/** The event as an object, or a sentence saying why it cannot be matched. */
function readEvent(event: unknown): Record<string, unknown> | string {
  let ev: unknown;
  try {
    ev = readJson(event, 'event');
  } catch (e) {
    return errorText(e);
  }
  if (isRecord(ev)) return ev;
  return `event must be a JSON object, got ${Array.isArray(ev) ? 'an array' : preview(ev)}`;
}

function eventFailure(reason: string): MatchFailure {
  return { path: '', operator: 'event', reason };
}

function errorText(e: unknown): string {
  if (e instanceof PatternError || e instanceof NotJson) return e.message;
  if (e instanceof RangeError) return 'input is nested too deeply to read';
  return e instanceof Error ? e.message : String(e);
}
