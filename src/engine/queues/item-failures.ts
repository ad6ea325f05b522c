import type { Behaviour } from '../../scenario/schema';
import { readPath } from '../behaviour';
import type { Batch } from './batch';

type Predicates = Behaviour['errorWhen'];

/**
 * Which messages of a batch the handler cannot process: those whose body matches one of the
 * function's `errorWhen` predicates ("poison" messages), read as the code would read the body.
 */
function isPoison(body: unknown, errorWhen: Predicates): boolean {
  for (const p of errorWhen) if (readPath(body, p.path) === p.equals) return true;
  return false;
}

/** The body of the batch's first poison message, or undefined when there is none. */
export function poisonBody(b: Batch, errorWhen: Predicates): unknown {
  if (errorWhen.length === 0) return undefined;
  for (const qm of b.records) if (isPoison(qm.producer.body, errorWhen)) return qm.producer.body;
  return undefined;
}

/**
 * The records a handler using ReportBatchItemFailures lists in batchItemFailures, by index: every
 * poison message; on a FIFO queue it stops at the first one and lists it with all that follow,
 * so nothing overtakes it within its group.
 */
export function failedItems(b: Batch, errorWhen: Predicates, fifo: boolean): number[] {
  const failed: number[] = [];
  if (errorWhen.length === 0) return failed;
  for (let i = 0; i < b.records.length; i++) {
    if (!isPoison(b.records[i]!.producer.body, errorWhen)) continue;
    if (fifo) {
      for (let j = i; j < b.records.length; j++) failed.push(j);
      return failed;
    }
    failed.push(i);
  }
  return failed;
}
