import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';

/**
 * Links leave out every value the scenario schema would fill in by itself, so they stay short.
 *
 * `stripDefaults` walks the parsed scenario alongside the schema and removes an object field
 * only where the schema declares a default for it (`.default(x)`) and the value deep-equals
 * that default. Parsing restores exactly that value, so for every parsed scenario `s`:
 * `parseScenario(stripDefaults(s))` gives back `s`. Anything the walk does not understand
 * (plain unions, records, transforms, unknown schema kinds) is kept as it is: the walk can
 * only make a document longer than necessary, never change what it means.
 */
export function stripDefaults(scenario: Scenario): Record<string, unknown> {
  return strip(scenario, scenarioSchema) as Record<string, unknown>;
}

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: readonly Schema[];
  discriminator?: string;
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** Returns the value without its defaulted fields (a new object; the input is not changed). */
function strip(value: unknown, schema: Schema): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'default':
    case 'optional':
    case 'nullable':
    case 'readonly':
      // A value that is present is read by the inner schema.
      return value === undefined || value === null ? value : strip(value, def.innerType!);
    case 'object':
      return isPlainObject(value) ? stripObject(value, def.shape!, undefined) : value;
    case 'array':
      return Array.isArray(value) ? value.map((item) => strip(item, def.element!)) : value;
    case 'union': {
      if (def.discriminator === undefined || !isPlainObject(value)) return value;
      const option = optionFor(def.options!, def.discriminator, value[def.discriminator]);
      if (!option) return value;
      const optionDef = defOf(option);
      return optionDef.type === 'object'
        ? stripObject(value, optionDef.shape!, def.discriminator)
        : value;
    }
    default:
      return value;
  }
}

function stripObject(
  value: Record<string, unknown>,
  shape: Record<string, Schema>,
  discriminator: string | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field === undefined) continue;
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!schema) {
      out[key] = field;
      continue;
    }
    const def = defOf(schema);
    // The discriminator picks the union option on the way back in: never leave it out.
    if (def.type === 'default' && key !== discriminator && deepEqual(field, def.defaultValue)) {
      continue;
    }
    out[key] = strip(field, schema);
  }
  return out;
}

/** The option of a discriminated union whose discriminator accepts `tag`. */
function optionFor(
  options: readonly Schema[],
  discriminator: string,
  tag: unknown,
): Schema | undefined {
  return options.find((o) => o._zod.propValues?.[discriminator]?.has(tag as never) === true);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON-like values; key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return (
    ak.length === bk.length && ak.every((k) => Object.hasOwn(bo, k) && deepEqual(ao[k], bo[k]))
  );
}
