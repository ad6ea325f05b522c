import { isMap, isScalar, isSeq, Scalar, YAMLSeq, type Document, type Node, type Tags } from 'yaml';

/**
 * CloudFormation's short forms in YAML (`!Ref Queue`, `!GetAtt Queue.Arn`, `!Sub "…"`, `!If […]`
 * …). Reading turns each into its JSON long form ({"Ref": …}, {"Fn::GetAtt": […]}); writing turns
 * Ref, GetAtt and Sub back into their short forms, as people write templates.
 */
const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'GetAtt',
  'If',
  'ImportValue',
  'Join',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'ToJsonString',
  'Length',
] as const;

function longForm(name: string, value: unknown): Record<string, unknown> {
  if (name === 'Ref') return { Ref: value };
  if (name === 'Condition') return { Condition: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

/** Tags for the yaml parser: every short form, as a scalar, a sequence or a mapping. */
export const CFN_TAGS: Tags = ['Ref', 'Condition', ...FUNCTIONS].flatMap((name) => [
  {
    tag: `!${name}`,
    resolve: (value: string) => longForm(name, value),
  },
  {
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (seq: YAMLSeq) => longForm(name, seq.toJSON()),
  },
  {
    tag: `!${name}`,
    collection: 'map' as const,
    resolve: (map: Node) => longForm(name, map.toJSON()),
  },
]) as unknown as Tags;

/** Rewrite Ref, Fn::GetAtt and Fn::Sub in the document's tree as short-form tagged nodes. */
export function shortenIntrinsics(doc: Document, node: unknown = doc.contents): unknown {
  if (isMap(node)) {
    if (node.items.length === 1) {
      const pair = node.items[0]!;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const value = pair.value;
      if (key === 'Ref' && isScalar(value)) return tagged(String(value.value), '!Ref');
      if (key === 'Fn::Sub' && isScalar(value)) return tagged(String(value.value), '!Sub');
      if (key === 'Fn::GetAtt' && isSeq(value) && value.items.every(isScalar)) {
        return tagged(value.items.map((i) => String((i as Scalar).value)).join('.'), '!GetAtt');
      }
    }
    for (const pair of node.items) pair.value = shortenIntrinsics(doc, pair.value);
    return node;
  }
  if (isSeq(node)) {
    node.items = node.items.map((i) => shortenIntrinsics(doc, i));
    return node;
  }
  return node;
}

function tagged(value: string, tag: string): Scalar {
  const s = new Scalar(value);
  s.tag = tag;
  return s;
}
