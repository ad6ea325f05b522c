import type { z } from 'zod';
import { getAt, type DocPath } from './edit-path';
import { scenarioSchema } from './schema';

/**
 * Reading the scenario schema itself, so the inspector's fields, ranges and options come from the
 * one place the parser checks them: nothing about a field is written twice.
 */
export type Schema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly defaultValue?: unknown;
  readonly in?: Schema;
}

interface CheckDef {
  readonly check: string;
  readonly value?: number;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

export const defOf = (s: Schema): Def => s._zod.def as unknown as Def;
/** The schema's own checks (min, max, int, length), read from its definition. */
function checksOf(s: Schema): CheckDef[] {
  const checks = (s._zod.def as { checks?: readonly { _zod: { def: unknown } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def as CheckDef);
}

/** A schema without its optional / default wrappers, and what those wrappers said. */
export interface Unwrapped {
  readonly schema: Schema;
  readonly optional: boolean;
  readonly hasDefault: boolean;
  readonly defaultValue: unknown;
  readonly description: string | undefined;
}

export function unwrap(schema: Schema): Unwrapped {
  let s = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let description = describedBy(s);
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default' || d.type === 'prefault') {
      if (!hasDefault) defaultValue = structuredClone(d.defaultValue);
      hasDefault = true;
    } else if (d.type === 'nullable' || d.type === 'readonly') {
      // same value shape
    } else if (d.type === 'pipe' && d.in) {
      s = d.in;
      continue;
    } else break;
    s = d.innerType!;
    description ??= describedBy(s);
  }
  return { schema: s, optional, hasDefault, defaultValue, description };
}

function describedBy(s: Schema): string | undefined {
  return (s as { description?: string }).description;
}

/** The variant of a discriminated union that `value` selects (the first one when none does). */
export function variantFor(schema: Schema, value: unknown): Schema | undefined {
  const d = defOf(schema);
  if (d.discriminator === undefined || d.options === undefined) return undefined;
  const tag = (value as Record<string, unknown> | undefined)?.[d.discriminator];
  return d.options.find((o) => literalOf(o, d.discriminator!) === tag) ?? d.options[0];
}

/** The literal a union variant carries in its discriminator field. */
export function literalOf(variant: Schema, discriminator: string): unknown {
  const field = defOf(variant).shape?.[discriminator];
  return field === undefined ? undefined : defOf(unwrap(field).schema).values?.[0];
}

/**
 * The schema of the field at `path` of `doc` (union variants chosen by the document's own values),
 * or undefined when the schema has no such field.
 */
export function schemaAt(
  path: DocPath,
  doc: unknown,
  root: Schema = scenarioSchema,
): Schema | undefined {
  let s: Schema | undefined = root;
  for (let i = 0; i < path.length && s !== undefined; i++) {
    let inner = unwrap(s).schema;
    const d = defOf(inner);
    if (d.discriminator !== undefined) {
      inner = variantFor(inner, getAt(doc, path.slice(0, i)))!;
    }
    const dd = defOf(inner);
    const key = path[i]!;
    if (dd.type === 'object') s = typeof key === 'string' ? dd.shape?.[key] : undefined;
    else if (dd.type === 'array') s = typeof key === 'number' ? dd.element : undefined;
    else if (dd.type === 'record') s = dd.valueType;
    else s = undefined;
  }
  return s;
}

export interface NumberRange {
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly integer: boolean;
}

export function numberRange(schema: Schema): NumberRange {
  let min: number | undefined;
  let max: number | undefined;
  let integer = false;
  for (const c of checksOf(schema)) {
    if (c.check === 'greater_than' && c.value !== undefined)
      min = Math.max(min ?? c.value, c.value);
    else if (c.check === 'less_than' && c.value !== undefined)
      max = Math.min(max ?? c.value, c.value);
    else if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'))
      integer = true;
  }
  return { min, max, integer };
}

/** Most and fewest items of a list schema. */
export function lengthRange(schema: Schema): { min: number; max: number | undefined } {
  let min = 0;
  let max: number | undefined;
  for (const c of checksOf(schema)) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && c.maximum !== undefined)
      max = Math.min(max ?? c.maximum, c.maximum);
  }
  return { min, max };
}

/**
 * A value the schema accepts as far as it can tell: defaults where there are some, the lowest
 * number, the first option; a required name stays empty for the person to fill in.
 */
export function defaultFor(schema: Schema): unknown {
  const u = unwrap(schema);
  if (u.hasDefault) return u.defaultValue;
  if (u.optional) return undefined;
  const d = defOf(u.schema);
  switch (d.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(d.shape ?? {})) {
        const v = defaultFor(child);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    case 'union':
      return d.options?.[0] === undefined ? undefined : defaultFor(d.options[0]);
    case 'enum':
      return Object.values(d.entries ?? {})[0];
    case 'literal':
      return d.values?.[0];
    case 'number': {
      const r = numberRange(u.schema);
      return r.min ?? 0;
    }
    case 'boolean':
      return false;
    case 'string':
      return '';
    case 'array': {
      const { min } = lengthRange(u.schema);
      return Array.from({ length: min }, () => defaultFor(d.element!));
    }
    case 'record':
    case 'unknown':
      return {};
    default:
      return undefined;
  }
}

/**
 * Switch a discriminated union's value to another variant: fields both share keep their values,
 * the new variant's other fields start from their defaults.
 */
export function switchVariant(union: Schema, old: unknown, tag: unknown): unknown {
  const d = defOf(union);
  const variant = d.options?.find((o) => literalOf(o, d.discriminator!) === tag);
  if (variant === undefined) return old;
  const before = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(defOf(variant).shape ?? {})) {
    const keep = key in before && fits(child, before[key]);
    const v = key === d.discriminator ? tag : keep ? before[key] : defaultFor(child);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function fits(schema: Schema, value: unknown): boolean {
  return (schema as unknown as z.ZodType).safeParse(value).success;
}
