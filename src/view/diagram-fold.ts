import type { Scenario } from '../scenario';
import type { Orientation } from './diagram-layout';
import { edge, type DiagramEdge, type DiagramParts } from './diagram-parts';
import type { LambdaCall } from './diagram-push';

/**
 * The Invoke API box ("Lambda") stands between every caller and the function. It teaches where
 * something happens there: the 202 and the hand-off to the async queue, a dry run answered without
 * running code, throttling against reserved or account concurrency, Lambda's own service errors,
 * the resource-based policy it checks, or callers of different versions it routes. Where none of
 * that is in the scenario (every call synchronous, to one qualifier, with default limits) it only
 * passes each request on, and is drawn as the arrow itself: caller → function, labelled as the
 * caller's arrow was ("sync", "sync batch"). A token then waits at its caller, or its mapping, until
 * the function starts it.
 */
export function foldsInvokeApi(s: Scenario, calls: readonly LambdaCall[]): boolean {
  if (calls.length === 0) return false;
  if (calls.some((c) => c.invocationType !== 'RequestResponse')) return false;
  if (new Set(calls.map((c) => c.qualifier)).size > 1) return false;
  const fn = s.function;
  if (fn.reservedConcurrency !== undefined) return false;
  const account = s.account;
  if (account.concurrencyLimit !== 1_000 || account.scalingModel !== 'current') return false;
  if (s.faults.serviceErrorRate > 0) return false;
  if (s.permissions !== undefined) return false;
  // Provisioned pollers scale a mapping to far more concurrent batches: throttles may show.
  if ((s.queues ?? []).some((q) => q.mapping?.provisionedPollerConfig !== undefined)) return false;
  return true;
}

/**
 * Take the Invoke API box out, in place: each arrow into it goes to the function instead, and
 * its own arrow to the function goes. Left→right, a sink that stood beside it (a stream mapping's
 * on-failure destination, Firehose's failed prefix) moves beside the function, so the arrow into
 * the function passes over no box. Top→bottom the function spans its row: the sink stays.
 */
export function foldInvokeApi(parts: DiagramParts, o: Orientation): void {
  const { entry, functions } = parts.stages;
  const at = entry.findIndex((n) => n.id === 'lambda');
  if (at >= 0) entry.splice(at, 1);
  const sinks = entry.filter((n) => n.kind === 'sink');
  if (o === 'horizontal' && sinks.length === entry.length && sinks.length > 0) {
    entry.splice(0, entry.length);
    functions.push(...sinks);
  }
  const edges: DiagramEdge[] = [];
  for (const e of parts.edges) {
    if (e.source === 'lambda') continue;
    edges.push(e.target === 'lambda' ? edge(e.source, 'function', e.label, e.model) : e);
  }
  parts.edges.splice(0, parts.edges.length, ...edges);
}
