import type { FunctionModel } from './function-model';
import { requestIdOf } from './request-id';
import type { Message, Sim } from './sim';
import type { InvocationRecord } from './types';

/** The invocation record Lambda sends to a destination, in the documented shape. */
export function invocationRecord(
  sim: Sim,
  fn: FunctionModel,
  m: Message,
  condition: InvocationRecord['requestContext']['condition'],
): InvocationRecord {
  const executed = m.lastVersion || fn.primaryVersion(m.qualifier).name;
  const err = m.lastError;
  const ran = m.invokeCount > 0;
  return {
    version: '1.0',
    timestamp: sim.isoTime(sim.now),
    requestContext: {
      requestId: requestIdOf(sim, m),
      functionArn: fn.arn(m.qualifier),
      condition,
      approximateInvokeCount: m.invokeCount,
    },
    requestPayload: m.payload,
    responseContext: ran
      ? err
        ? { statusCode: 200, executedVersion: executed, functionError: 'Unhandled' }
        : { statusCode: 200, executedVersion: executed }
      : { statusCode: m.lastStatus || 429, executedVersion: executed },
    responsePayload: err ? { errorType: err.errorType, errorMessage: err.errorMessage } : null,
  };
}

/** Message attributes Lambda adds to an event it sends to a dead-letter queue. */
export function dlqAttributes(sim: Sim, m: Message): Record<string, string> {
  const err = m.lastError;
  return {
    RequestID: requestIdOf(sim, m),
    ErrorCode: String(err ? 200 : m.lastStatus || 429),
    ErrorMessage: (
      err?.errorMessage ?? (m.lastStatus === 500 ? 'Service Exception' : 'Rate Exceeded.')
    ).slice(0, 1024),
  };
}
