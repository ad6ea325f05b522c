import type { Behaviour } from '../../scenario/schema';
import { matchingPredicate } from '../behaviour';
import type { Batch } from './batch';

type Predicates = Behaviour['errorWhen'];

/**
 * The bodies a batch handler walks, in order: what the function's `errorWhen` reads when the
 * handler throws at the first poison message (no ReportBatchItemFailures; see behaviour.ts).
 */
export function recordBodies(b: Batch): unknown[] {
  const bodies = new Array<unknown>(b.records.length);
  for (let i = 0; i < bodies.length; i++) bodies[i] = b.records[i]!.producer.body;
  return bodies;
}

/**
 * The records a handler using ReportBatchItemFailures lists in batchItemFailures, by index: every
 * poison message (one whose body matches an `errorWhen` predicate); on a FIFO queue it stops at
 * the first one and lists it with all that follow, so nothing overtakes it within its group.
 */
export function failedItems(b: Batch, errorWhen: Predicates, fifo: boolean): number[] {
  const failed: number[] = [];
  if (errorWhen.length === 0) return failed;
  for (let i = 0; i < b.records.length; i++) {
    if (matchingPredicate(errorWhen, b.records[i]!.producer.body) === undefined) continue;
    if (fifo) {
      for (let j = i; j < b.records.length; j++) failed.push(j);
      return failed;
    }
    failed.push(i);
  }
  return failed;
}
