import type { RuleId } from '../catalog/rules';
import { utf8Length } from './utf8';
import type { Workload } from '../scenario/schema';
import type { Sampled } from './behaviour';
import type { Message, Sim } from './sim';

/** Invoke's request (and a synchronous response) may be at most 6 MB. */
export const SYNC_PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;
/** An asynchronous Invoke request may be at most 1 MB (256 KB before October 2025). */
export const ASYNC_PAYLOAD_LIMIT_BYTES = 1024 * 1024;
/** The deprecated InvokeAsync API kept the old 256 KB limit. */
export const INVOKE_ASYNC_LIMIT_BYTES = 256 * 1024;

/** The limit a request is held to, and the rule that names it. */
export interface PayloadLimit {
  readonly limitBytes: number;
  readonly rule: RuleId;
}

const SYNC: PayloadLimit = Object.freeze({
  limitBytes: SYNC_PAYLOAD_LIMIT_BYTES,
  rule: 'invoke.payload-limit-sync',
});
const ASYNC: PayloadLimit = Object.freeze({
  limitBytes: ASYNC_PAYLOAD_LIMIT_BYTES,
  rule: 'invoke.payload-limit-async',
});
const INVOKE_ASYNC: PayloadLimit = Object.freeze({
  limitBytes: INVOKE_ASYNC_LIMIT_BYTES,
  rule: 'invoke.payload-limit-invokeasync',
});

/** The limit for a call with this invocation type, through Invoke or the deprecated InvokeAsync. */
export function requestLimit(async: boolean, api: Workload['api']): PayloadLimit {
  if (!async) return SYNC;
  return api === 'InvokeAsync' ? INVOKE_ASYNC : ASYNC;
}

/**
 * How big a workload's request is: the size the scenario states (`payloadBytes`, so a large
 * payload needs no megabytes of text in a link), otherwise the UTF-8 length of its JSON.
 */
export function requestBytes(w: Workload, payload: unknown = w.payload): number {
  return w.payloadBytes ?? utf8Length(JSON.stringify(payload) ?? '');
}

const TOO_LARGE_ERROR = 'RequestTooLargeException';

/**
 * Lambda refuses the request with 413 before anything else: no environment, nothing queued, no
 * retry (an SDK does not retry a 4xx). The message's one fate is "too-large".
 */
export function refuseTooLarge(
  sim: Sim,
  m: Message,
  from: string,
  bytes: number,
  limit: PayloadLimit,
): void {
  emitTooLarge(sim, m, from, bytes, limit);
  sim.settle(m, 'too-large', limit.rule);
}

/** The 413 itself, for a caller (a service) that decides the message's fate on its own. */
export function emitTooLarge(
  sim: Sim,
  m: Message,
  from: string,
  bytes: number,
  limit: PayloadLimit,
): void {
  m.lastStatus = 413;
  sim.emit('invoke.too-large', m, from, 'lambda', limit.rule, null, '', {
    statusCode: 413,
    errorType: TOO_LARGE_ERROR,
    sizeBytes: bytes,
    limitBytes: limit.limitBytes,
  });
}

/** A request of `bytes` held to `limit`: the pair when Invoke refuses it, else null. */
export function overLimit(bytes: number, limit: PayloadLimit): Oversized | null {
  return bytes > limit.limitBytes ? { bytes, limit } : null;
}

export interface Oversized {
  readonly bytes: number;
  readonly limit: PayloadLimit;
}

/** The error a synchronous caller gets when the function's response is over 6 MB. */
export const RESPONSE_TOO_LARGE_TYPE = 'Function.ResponseSizeTooLarge';

/**
 * A handler that returned more than a synchronous caller can receive: Lambda answers 200 with a
 * function error instead of the response, so the call fails like a thrown error.
 */
export function responseTooLarge(s: Sampled, bytes: number): Sampled {
  return {
    outcome: 'error',
    durationMs: s.durationMs,
    errorType: RESPONSE_TOO_LARGE_TYPE,
    errorMessage: `Response payload size (${bytes} bytes) exceeded maximum allowed payload size (${SYNC_PAYLOAD_LIMIT_BYTES} bytes).`,
    responseBytes: bytes,
  };
}
