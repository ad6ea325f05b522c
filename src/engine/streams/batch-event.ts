import type { Behaviour } from '../../scenario/schema';
import { matchingPredicate, transientTry } from '../behaviour';
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

/**
 * The bodies a batch handler walks, in order: each record's decoded data. The function's
 * `errorWhen` reads them when the handler throws at the first poison record (no
 * ReportBatchItemFailures; see behaviour.ts).
 */
export function recordBodies(recs: readonly Rec[]): unknown[] {
  const bodies = new Array<unknown>(recs.length);
  for (let i = 0; i < bodies.length; i++) bodies[i] = recs[i]!.data;
  return bodies;
}

/** What a handler reporting item failures lists: its failed records, in batch order. */
export interface ItemFailures {
  readonly bad: Rec[];
  /** Those of `bad` that failed as a transient failure (the others are poison). */
  readonly transient: Rec[];
}

/**
 * The records of a batch a handler reporting item failures lists: it walks every record, counting
 * a try for each, and lists those a poison predicate matches or that are still within their
 * transient failure.
 */
export function itemFailures(recs: readonly Rec[], b: Behaviour): ItemFailures {
  const bad: Rec[] = [];
  const transient: Rec[] = [];
  const predicates = b.errorWhen;
  const t = b.transientFailure;
  if (predicates.length === 0 && t === undefined) return { bad, transient };
  for (const r of recs) {
    if (matchingPredicate(predicates, r.data) !== undefined) bad.push(r);
    else if (transientTry(t, r.data, r.msg) > 0) {
      bad.push(r);
      transient.push(r);
    }
  }
  return { bad, transient };
}
