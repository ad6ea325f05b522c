import { getAt, type DocPath } from './edit-path';
import {
  defOf,
  lengthRange,
  literalOf,
  numberRange,
  schemaAt,
  unwrap,
  variantFor,
  type Schema,
} from './edit-schema';

/**
 * The inspector's form as data: what kind of input each setting needs, built by walking the
 * scenario schema at the paths a diagram node owns. The UI only draws it.
 */
export type FieldKind =
  | {
      readonly kind: 'number';
      readonly min?: number;
      readonly max?: number;
      readonly integer: boolean;
    }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly options: readonly (string | number)[] }
  | { readonly kind: 'text' }
  /** A qualifier: "$LATEST", an alias name or a version number. */
  | { readonly kind: 'text-or-number' }
  /** A JSON object (a payload, a pattern); `allowText` when plain text is accepted too. */
  | { readonly kind: 'json'; readonly allowText: boolean }
  /** One JSON value: text, a number, true/false or null. */
  | { readonly kind: 'json-value' }
  /** A list of plain values, written comma-separated. */
  | { readonly kind: 'list'; readonly of: 'number' | 'text' }
  /** A list that either holds one fixed value or is empty (functionResponseTypes). */
  | { readonly kind: 'flag'; readonly value: string };

interface Base {
  readonly path: DocPath;
  readonly key: string | number;
  /** The field may be left out of the document. */
  readonly optional: boolean;
  /** The document has it now. */
  readonly present: boolean;
  /** Its value in the document (undefined when left out). */
  readonly value: unknown;
  readonly description: string | undefined;
  readonly schema: Schema;
}

export type FormNode =
  | (Base & { readonly type: 'field'; readonly field: FieldKind })
  | (Base & { readonly type: 'group'; readonly children: readonly FormNode[] })
  | (Base & {
      readonly type: 'variant';
      readonly discriminator: string;
      readonly options: readonly unknown[];
      readonly current: unknown;
      readonly children: readonly FormNode[];
    })
  | (Base & {
      readonly type: 'items';
      readonly items: readonly FormNode[];
      readonly min: number;
      readonly max: number | undefined;
    });

/** One part of a node's form: the document subtree at `path`, maybe only some of its fields. */
export interface FormSection {
  readonly title: string;
  readonly path: DocPath;
  readonly only?: readonly string[];
  readonly omit?: readonly string[];
}

/** The form of one section for the document as it is now (an empty list when the path is gone). */
export function sectionForm(doc: unknown, section: FormSection): FormNode[] {
  const schema = schemaAt(section.path, doc);
  if (schema === undefined) return [];
  const key = section.path[section.path.length - 1] ?? '';
  const node = formNode(doc, section.path, key, schema);
  // A section shows its group's fields directly under its own heading; an optional group stays
  // whole, so it can be removed (or added) as one.
  if (node.type !== 'group' || (node.optional && !section.only && !section.omit)) return [node];
  return node.children
    .filter(
      (c) =>
        typeof c.key === 'string' &&
        (section.only === undefined || section.only.includes(c.key)) &&
        !section.omit?.includes(c.key),
    )
    .sort((a, b) => order(section, a) - order(section, b));
}

function order(section: FormSection, n: FormNode): number {
  return section.only ? section.only.indexOf(String(n.key)) : 0;
}

export function formNode(
  doc: unknown,
  path: DocPath,
  key: string | number,
  schema: Schema,
): FormNode {
  const u = unwrap(schema);
  const value = getAt(doc, path);
  const base = {
    path,
    key,
    optional: u.optional,
    present: value !== undefined,
    value,
    description: u.description,
    schema,
  };
  const d = defOf(u.schema);
  if (d.type === 'object') {
    const children =
      value === undefined
        ? []
        : Object.entries(d.shape ?? {}).map(([k, child]) => formNode(doc, [...path, k], k, child));
    return { ...base, type: 'group', children };
  }
  if (d.type === 'union' && d.discriminator !== undefined) {
    const disc = d.discriminator;
    const options = (d.options ?? []).map((o) => literalOf(o, disc));
    if (value === undefined)
      return {
        ...base,
        type: 'variant',
        discriminator: disc,
        options,
        current: undefined,
        children: [],
      };
    const variant = variantFor(u.schema, value)!;
    const children = Object.entries(defOf(variant).shape ?? {})
      .filter(([k]) => k !== disc)
      .map(([k, child]) => formNode(doc, [...path, k], k, child));
    return {
      ...base,
      type: 'variant',
      discriminator: disc,
      options,
      current: (value as Record<string, unknown>)[disc],
      children,
    };
  }
  if (d.type === 'array') {
    const element = unwrap(d.element!).schema;
    const ed = defOf(element);
    const { min, max } = lengthRange(u.schema);
    if (ed.type === 'literal' && max === 1 && typeof ed.values?.[0] === 'string')
      return { ...base, type: 'field', field: { kind: 'flag', value: ed.values[0] } };
    const plain = plainKind(element);
    if (plain !== undefined) return { ...base, type: 'field', field: { kind: 'list', of: plain } };
    const items = Array.isArray(value)
      ? value.map((_, i) => formNode(doc, [...path, i], i, d.element!))
      : [];
    return { ...base, type: 'items', items, min, max };
  }
  return { ...base, type: 'field', field: fieldKind(u.schema) };
}

function plainKind(s: Schema): 'number' | 'text' | undefined {
  const t = defOf(s).type;
  if (t === 'number') return 'number';
  if (t === 'string') return 'text';
  return undefined;
}

function fieldKind(s: Schema): FieldKind {
  const d = defOf(s);
  switch (d.type) {
    case 'number':
      return { kind: 'number', ...definedOnly(numberRange(s)) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', options: Object.values(d.entries ?? {}) };
    case 'literal':
      return { kind: 'choice', options: (d.values ?? []) as (string | number)[] };
    case 'string':
      return { kind: 'text' };
    case 'union': {
      const types = (d.options ?? []).map((o) => defOf(unwrap(o).schema));
      if (types.every((t) => t.type === 'literal'))
        return {
          kind: 'choice',
          options: types.flatMap((t) => (t.values ?? []) as (string | number)[]),
        };
      if (types.every((t) => t.type === 'string' || t.type === 'number' || t.type === 'literal'))
        return { kind: 'text-or-number' };
      if (types.some((t) => t.type === 'record' || t.type === 'array' || t.type === 'unknown'))
        return { kind: 'json', allowText: types.some((t) => t.type === 'string') };
      return { kind: 'json-value' };
    }
    default:
      return { kind: 'json', allowText: false };
  }
}

function definedOnly(r: { min: number | undefined; max: number | undefined; integer: boolean }) {
  return {
    integer: r.integer,
    ...(r.min !== undefined ? { min: r.min } : {}),
    ...(r.max !== undefined ? { max: r.max } : {}),
  };
}

/** Every field of a form, depth first (tests, error placement). */
export function* walkForm(nodes: readonly FormNode[]): Generator<FormNode> {
  for (const n of nodes) {
    yield n;
    if (n.type === 'group' || n.type === 'variant') yield* walkForm(n.children);
    if (n.type === 'items') yield* walkForm(n.items);
  }
}
