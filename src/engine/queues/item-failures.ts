import type { Behaviour } from '../../scenario/schema';
import { matchingPredicate, transientTry } from '../behaviour';
import type { Batch } from './batch';
import type { FifoGroup } from './fifo-groups';

/**
 * The bodies a batch handler walks, in order: what the function's `errorWhen` reads when the
 * handler throws at the first poison message (no ReportBatchItemFailures; see behaviour.ts).
 */
export function recordBodies(b: Batch): unknown[] {
  const bodies = new Array<unknown>(b.records.length);
  for (let i = 0; i < bodies.length; i++) bodies[i] = b.records[i]!.producer.body;
  return bodies;
}

/** What a handler using ReportBatchItemFailures lists in batchItemFailures, by record index. */
export interface ItemFailures {
  readonly failed: number[];
  /** Those that failed as a transient failure (the rest are poison or not reached). */
  readonly transient: number[];
}

const NONE: ItemFailures = Object.freeze({ failed: [], transient: [] });

/**
 * The handler walks the batch in order. A message fails when its body matches an `errorWhen`
 * predicate (poison) or it is still within its transient failure; each message it reaches counts
 * a try. On a standard queue it reports every failed message. On a FIFO queue it stops at the
 * first failure and reports it with every message after it (scope "batch"), or, with scope
 * "group", reports the rest of that message's group only and carries on with the other groups.
 */
export function failedItems(b: Batch, behaviour: Behaviour, fifo: boolean): ItemFailures {
  const { errorWhen, transientFailure } = behaviour;
  if (errorWhen.length === 0 && transientFailure === undefined) return NONE;
  const failed: number[] = [];
  const transient: number[] = [];
  const byGroup = fifo && behaviour.fifoFailureScope === 'group';
  let stopped: Set<FifoGroup | null> | null = null;
  const n = b.records.length;
  for (let i = 0; i < n; i++) {
    const qm = b.records[i]!;
    if (stopped?.has(qm.group)) {
      failed.push(i); // not reached: its group stopped at an earlier failure
      continue;
    }
    const body = qm.producer.body;
    const poison = matchingPredicate(errorWhen, body) !== undefined;
    if (!poison && transientTry(transientFailure, body, qm.msg) === 0) continue;
    failed.push(i);
    if (!poison) transient.push(i);
    if (!fifo) continue;
    if (!byGroup) {
      for (let j = i + 1; j < n; j++) failed.push(j);
      break;
    }
    (stopped ??= new Set()).add(qm.group);
  }
  return { failed, transient };
}
