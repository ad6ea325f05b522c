import type { Run, TraceEvent } from '../../../src/engine';

/** Message ids of the records, in the order they were written. */
export function putIds(r: Run): number[] {
  return r.trace.filter((e) => e.kind === 'stream.put').map((e) => e.msg);
}

/** The stream.batch events (one per attempt), optionally of one batch message. */
export function batches(r: Run, msg?: number): TraceEvent[] {
  return r.trace.filter((e) => e.kind === 'stream.batch' && (msg === undefined || e.msg === msg));
}

/** "t:kind" of every event of one message, for compact golden timelines. */
export function timeline(r: Run, msg: number, kinds?: readonly string[]): string[] {
  return r.trace
    .filter((e) => e.msg === msg && (kinds === undefined || kinds.includes(e.kind)))
    .map((e) => `${e.t}:${e.kind}`);
}

export function fateOf(r: Run, msg: number): string {
  const f = r.fates[msg]!;
  return `${f.kind}@${f.t}`;
}

/** Record fates as "kind@t" in write order. */
export function recordFates(r: Run): string[] {
  return putIds(r).map((id) => fateOf(r, id));
}

/** The sequence number (or offset) each record was written with, by message id. */
export function sequenceOf(r: Run): Map<number, string> {
  const m = new Map<number, string>();
  for (const e of r.trace) if (e.kind === 'stream.put') m.set(e.msg, e.detail!.sequenceNumber!);
  return m;
}

/** Times of the function's invocations of one message. */
export function starts(r: Run, msg: number): number[] {
  return r.trace.filter((e) => e.kind === 'invoke.start' && e.msg === msg).map((e) => e.t);
}

export const poisonFunction = (ms = 100) => ({
  runtime: 'nodejs' as const,
  behaviour: {
    duration: { kind: 'fixed' as const, ms },
    errorWhen: [{ path: 'poison', equals: true }],
  },
});
