import type { Fate, FateKind, Run, TraceEvent, TraceKind } from '../../../src/engine';
import { run } from '../helpers';

export { run };

/** Events of a kind, optionally about one message. */
export function kind(r: Run, k: TraceKind, msg?: number): TraceEvent[] {
  return r.trace.filter((e) => e.kind === k && (msg === undefined || e.msg === msg));
}

/** Times of the events of a kind about one message. */
export function timesOf(r: Run, k: TraceKind, msg: number): number[] {
  return kind(r, k, msg).map((e) => e.t);
}

/** The fates of a run's queue messages (not its batches), in message order. */
export function messageFates(r: Run): Fate[] {
  return r.fates.filter((f) => !r.messages[f.msg]!.workload.startsWith('esm:'));
}

/** The fates of a run's batch invocations, in order. */
export function batchFates(r: Run): Fate[] {
  return r.fates.filter((f) => r.messages[f.msg]!.workload.startsWith('esm:'));
}

/** How many fates of each kind. */
export function tally(fates: readonly Fate[]): Partial<Record<FateKind, number>> {
  const out: Partial<Record<FateKind, number>> = {};
  for (const f of fates) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
}

/** The ids of the queue messages, in the order they were sent. */
export function sentIds(r: Run): number[] {
  return kind(r, 'queue.sent').map((e) => e.msg);
}

/** A function that takes `ms` and fails whenever a message body has `bad: true`. */
export const failsOnBad = (ms = 100) => ({
  runtime: 'nodejs' as const,
  behaviour: {
    duration: { kind: 'fixed' as const, ms },
    errorWhen: [{ path: 'bad', equals: true }],
  },
});
