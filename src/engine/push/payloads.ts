import type { ServiceRecord } from '../../catalog/services';
import type { Workload } from '../../scenario/schema';

type Json = Record<string, unknown>;

/**
 * The event a workload's service sends: the workload's own payload when it has one, otherwise the
 * catalog's sample event for the service (the single source of realistic payloads), adjusted to the
 * source's settings (trigger type, invocation type …). Made once per workload and shared by its
 * events, so a busy source allocates no payload per event.
 */
export function basePayload(w: Workload, record: ServiceRecord, seed: number): Json {
  if (Object.keys(w.payload).length > 0) return w.payload;
  const sample = record.sampleEvent(seed) as Json;
  const src = w.source!;
  switch (src.service) {
    case 'lambda-edge': {
      const copy = clone(sample);
      const cf = at(copy, 'Records', 0, 'cf');
      const config = cf?.config as Json | undefined;
      if (config) config.eventType = src.eventType;
      return copy;
    }
    case 'cognito':
      return { ...sample, triggerSource: src.triggerSource };
    case 'lex':
      return { ...sample, invocationSource: src.codeHook };
    case 'cloudformation':
      return { ...sample, RequestType: src.requestType };
    case 'ses': {
      const copy = clone(sample);
      const action = at(copy, 'Records', 0, 'ses', 'receipt', 'action');
      if (action) action.invocationType = src.invocationType;
      return copy;
    }
    case 'config':
      if (src.trigger !== 'periodic') return sample;
      // A periodic evaluation names no changed resource: the invoking event is a schedule notice.
      return {
        ...sample,
        invokingEvent: JSON.stringify({
          awsAccountId: sample.accountId,
          notificationCreationTime: '2026-11-24T00:00:00.000Z',
          messageType: 'ScheduledNotification',
          recordVersion: '1.0',
        }),
      };
    default:
      return sample;
  }
}

/** One of the four rotation calls: the same secret and token, a different Step. */
export function rotationPayload(base: Json, step: string): Json {
  return { ...base, Step: step };
}

/** The first element of an array field (Records[0], tasks[0] …), if the payload has one. */
export function firstOf(payload: Json, key: string): Json | undefined {
  const list = payload[key];
  return Array.isArray(list) && typeof list[0] === 'object' && list[0] !== null
    ? (list[0] as Json)
    : undefined;
}

function clone(j: Json): Json {
  return JSON.parse(JSON.stringify(j)) as Json;
}

function at(j: unknown, ...path: (string | number)[]): Json | undefined {
  let cur = j;
  for (const k of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return typeof cur === 'object' && cur !== null ? (cur as Json) : undefined;
}
