import type { Behaviour } from '../../scenario/schema';
import { readPath } from '../behaviour';
import type { SourceSpec } from './config';
import type { Rec } from './log';

/** A tumbling window's part of a batch event. */
export interface WindowPart {
  readonly start: string;
  readonly end: string;
  readonly state: Readonly<Record<string, number>>;
  readonly shardId: string;
  readonly isFinalInvokeForWindow: boolean;
}

/** The event the function receives for a batch, in the source's documented shape. */
export function batchEvent(src: SourceSpec, recs: readonly Rec[], win: WindowPart | null): object {
  if (src.family === 'kafka') {
    const records: Record<string, unknown[]> = {};
    for (const r of recs) (records[r.unit.id] ??= []).push(r.msg.payload);
    return src.kafkaKind === 'msk'
      ? {
          eventSource: 'aws:kafka',
          eventSourceArn: src.arn,
          bootstrapServers: src.bootstrapServers,
          records,
        }
      : { eventSource: 'SelfManagedKafka', bootstrapServers: src.bootstrapServers, records };
  }
  const Records = recs.map((r) => r.msg.payload);
  if (win === null) return { Records };
  return {
    Records,
    window: { start: win.start, end: win.end },
    state: win.state,
    shardId: win.shardId,
    eventSourceARN: src.arn,
    isFinalInvokeForWindow: win.isFinalInvokeForWindow,
    isWindowTerminatedEarly: false,
  };
}

/** The poison predicates any version of the function may apply (errorWhen). */
export type Predicates = readonly Behaviour['errorWhen'][number][];

/** The records of a batch the function fails on: those whose body matches a predicate. */
export function poisoned(recs: readonly Rec[], predicates: Predicates): Rec[] {
  const out: Rec[] = [];
  if (predicates.length === 0) return out;
  for (const r of recs) {
    for (const p of predicates) {
      if (readPath(r.data, p.path) === p.equals) {
        out.push(r);
        break;
      }
    }
  }
  return out;
}

/**
 * The function's `errorWhen` predicates are read from the invocation's payload. A batch handler
 * walks its records and throws at the first bad one, so the batch event also carries, as hidden
 * (non-enumerable, never serialised) fields, the body fields of the first record each predicate
 * fails on. The Invoker then draws the same poison error it would for that record alone; the
 * event as shown and exported stays exactly the AWS shape.
 */
export function exposePoison(event: object, recs: readonly Rec[], predicates: Predicates): void {
  if (predicates.length === 0) return;
  for (const p of predicates) {
    const head = p.path.split('.', 1)[0]!;
    if (Object.hasOwn(event, head)) continue;
    for (const r of recs) {
      if (readPath(r.data, p.path) !== p.equals) continue;
      Object.defineProperty(event, head, {
        value: (r.data as Record<string, unknown>)[head],
        enumerable: false,
      });
      break;
    }
  }
}
