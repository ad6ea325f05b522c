/**
 * The compiled form of an event pattern. Validation happens once, while compiling; matching then
 * walks this tree without re-checking anything, which keeps per-event matching cheap.
 */
import type { Scalar } from './pattern-format';

/** One operator object of a leaf array, e.g. {"prefix": "us-"}, compiled to a value test. */
export interface ValueTest {
  /** Operator name shown in explanations, e.g. "prefix" or "anything-but". */
  readonly operator: string;
  /** Whether one leaf value of the event passes. */
  readonly test: (v: Scalar) => boolean;
  /** Why the event's leaf values (at least one, none passing) fail this operator. */
  readonly why: (values: readonly Scalar[]) => string;
}

/** Alternatives of a leaf in pattern order, so explanations list them as the learner wrote them. */
export type LeafAlternative =
  | { readonly kind: 'equals' }
  | { readonly kind: 'test'; readonly test: ValueTest }
  | { readonly kind: 'exists'; readonly exists: boolean };

export interface LeafNode {
  readonly key: string;
  readonly path: string;
  /** Plain values ("aws.ec2", 300, true, null); null when the leaf has none. */
  readonly exact: ReadonlySet<Scalar> | null;
  readonly exactValues: readonly Scalar[];
  readonly tests: readonly ValueTest[];
  readonly existsTrue: boolean;
  readonly existsFalse: boolean;
  readonly alternatives: readonly LeafAlternative[];
}

export interface ChildNode {
  readonly key: string;
  readonly path: string;
  readonly node: ObjectNode;
}

export interface OrNode {
  readonly path: string;
  readonly branches: readonly ObjectNode[];
}

export type Entry =
  | { readonly kind: 'leaf'; readonly leaf: LeafNode }
  | { readonly kind: 'child'; readonly child: ChildNode }
  | { readonly kind: 'or'; readonly or: OrNode };

/** One object level of a pattern: all of its fields and $or groups must match (AND). */
export interface ObjectNode {
  /** Everything in pattern order, for explanations. */
  readonly entries: readonly Entry[];
  /** The same, split by kind so matching can try cheap leaves first. */
  readonly leaves: readonly LeafNode[];
  readonly children: readonly ChildNode[];
  readonly ors: readonly OrNode[];
}
