import type { PushSourceOf } from '../../scenario/push-schema';
import { readPath } from '../behaviour';
import type { Sampled } from '../behaviour';
import type { CallerPolicy, Failure, Verdict } from './sync-caller';
import type { Json } from './source';

/**
 * The synchronous services' own rules as data: how long each waits, what it retries, and what its
 * client sees for each way a call can fail. One SyncCaller runs them all.
 */

const NO_RETRY = () => false;
const AT_ONCE = () => 0;

const OK_200: Verdict = {
  fate: 'succeeded',
  rule: 'push.invoke-sync',
  statusCode: 200,
  answer: '200 OK',
};

function text(payload: Json, path: string): string {
  const v = readPath(payload, path);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

export function apiGatewayPolicy(src: PushSourceOf<'api-gateway'>, payload: Json): CallerPolicy {
  const limit = src.integrationTimeoutMs ?? (src.kind === 'http' ? 30_000 : 29_000);
  return {
    summary: `${text(payload, 'httpMethod') || 'GET'} ${text(payload, 'path') || '/'}`,
    attemptLimitMs: limit,
    limitRule: 'push.api-gateway.timeout',
    maxAttempts: 1,
    retryRule: 'push.api-gateway.no-retry',
    malformedRate: src.malformedResponseRate,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({ ...OK_200, rule: 'push.api-gateway.no-retry' }),
    failure: (f) => {
      switch (f) {
        case 'gave-up':
          return {
            fate: 'http-504',
            rule: 'push.api-gateway.timeout',
            statusCode: 504,
            answer: `504 Gateway Timeout: no answer within ${limit.toLocaleString('en-US')} ms`,
          };
        case 'denied':
          return {
            fate: 'http-500',
            rule: 'push.api-gateway.rejected',
            statusCode: 500,
            answer: '500 Internal Server Error: Invalid permissions on Lambda function',
          };
        case 'throttle':
        case 'service-error':
        case 'not-configured':
          return {
            fate: 'http-500',
            rule: 'push.api-gateway.rejected',
            statusCode: 500,
            answer: `500 Internal Server Error: Lambda ${f === 'throttle' ? 'throttled the call (429)' : 'failed the call (500)'}`,
          };
        case 'malformed':
          return {
            fate: 'http-502',
            rule: 'push.api-gateway.bad-gateway',
            statusCode: 502,
            answer: '502 Bad Gateway: Malformed Lambda proxy response',
          };
        default:
          return {
            fate: 'http-502',
            rule: 'push.api-gateway.bad-gateway',
            statusCode: 502,
            answer: '502 Bad Gateway: the function returned an error',
          };
      }
    },
  };
}

export function albPolicy(src: PushSourceOf<'alb'>, payload: Json): CallerPolicy {
  return {
    summary: `${text(payload, 'httpMethod') || 'GET'} ${text(payload, 'path') || '/'}`,
    limitRule: 'push.alb.errors',
    maxAttempts: 1,
    retryRule: 'push.alb.errors',
    malformedRate: src.malformedResponseRate,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({ ...OK_200, rule: 'push.alb.errors' }),
    failure: (f) =>
      f === 'not-configured'
        ? {
            fate: 'http-503',
            rule: 'push.alb.no-target',
            statusCode: 503,
            answer: '503 Service Unavailable: the target group has no registered target',
          }
        : {
            fate: 'http-502',
            rule: 'push.alb.errors',
            statusCode: 502,
            answer: `502 Bad Gateway: ${f === 'throttle' ? 'Lambda throttled the call' : f === 'malformed' ? 'the function’s response is not valid' : 'the Lambda target failed'}`,
          },
  };
}

export function functionUrlPolicy(src: PushSourceOf<'function-url'>, payload: Json): CallerPolicy {
  return {
    summary: `${text(payload, 'requestContext.http.method') || 'GET'} ${text(payload, 'rawPath') || '/'} (auth ${src.authType})`,
    limitRule: 'push.function-url.sync',
    maxAttempts: 1,
    retryRule: 'push.function-url.sync',
    malformedRate: 0,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({ ...OK_200, rule: 'push.function-url.sync' }),
    failure: (f) => {
      if (f === 'denied')
        return {
          fate: 'http-403',
          rule: 'push.function-url.auth',
          statusCode: 403,
          answer: '403 Forbidden: the function policy does not allow public calls',
        };
      if (f === 'throttle')
        return {
          fate: 'http-429',
          rule: 'push.function-url.sync',
          statusCode: 429,
          answer: '429 Too Many Requests',
        };
      if (f === 'service-error')
        return {
          fate: 'http-500',
          rule: 'push.function-url.sync',
          statusCode: 500,
          answer: '500 Internal Server Error',
        };
      return {
        fate: 'http-502',
        rule: 'push.function-url.sync',
        statusCode: 502,
        answer: '502 Bad Gateway: the function returned an error',
      };
    },
  };
}

export function lambdaEdgePolicy(src: PushSourceOf<'lambda-edge'>, payload: Json): CallerPolicy {
  return {
    summary: `${src.eventType} ${text(payload, 'Records.0.cf.request.method') || 'GET'} ${text(payload, 'Records.0.cf.request.uri') || '/'}`,
    limitRule: 'push.edge.limits',
    maxAttempts: 1,
    retryRule: 'push.edge.errors',
    malformedRate: src.malformedResponseRate,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({ ...OK_200, rule: 'push.edge.limits' }),
    failure: (f) =>
      f === 'malformed'
        ? {
            fate: 'http-502',
            rule: 'push.edge.errors',
            statusCode: 502,
            answer: '502 Bad Gateway: LambdaValidationError, the function’s response is not valid',
          }
        : {
            fate: 'http-503',
            rule: 'push.edge.errors',
            statusCode: 503,
            answer:
              f === 'throttle'
                ? '503 Service Unavailable: LambdaLimitExceeded'
                : '503 Service Unavailable: LambdaExecutionError',
          },
  };
}

/** "PreSignUp" from "PreSignUp_SignUp": the trigger's name in Cognito's error messages. */
function triggerName(triggerSource: string): string {
  return triggerSource.split('_')[0]!;
}

export function cognitoPolicy(src: PushSourceOf<'cognito'>): CallerPolicy {
  const trigger = triggerName(src.triggerSource);
  return {
    summary: `${src.triggerSource} in ${src.resource}`,
    attemptLimitMs: 5_000,
    limitRule: 'push.cognito.time-limit',
    maxAttempts: 3,
    retryRule: 'push.cognito.time-limit',
    malformedRate: 0,
    // Only "no usable answer" is retried; an error the trigger returns is its answer.
    retries: (f) => f === 'gave-up' || f === 'throttle' || f === 'service-error',
    retryDelayMs: AT_ONCE,
    success: () => ({
      fate: 'succeeded',
      rule: 'push.cognito.time-limit',
      answer: `${trigger} trigger answered: the user’s call goes on`,
    }),
    failure: (f, s) => {
      if (f === 'denied')
        return {
          fate: 'operation-failed',
          rule: 'push.cognito.denied',
          statusCode: 400,
          answer: `${trigger} invocation failed due to error AccessDeniedException.`,
        };
      if (f === 'error' || f === 'crash' || f === 'timeout')
        return {
          fate: 'operation-failed',
          rule: 'push.cognito.function-error',
          statusCode: 400,
          answer: `UserLambdaValidationException: ${trigger} failed with error ${s?.errorMessage ?? 'unknown'}`,
        };
      return {
        fate: 'operation-failed',
        rule: 'push.cognito.attempts',
        statusCode: 400,
        answer: `${trigger} failed: no answer from the trigger after 3 attempts`,
      };
    },
  };
}

export function connectPolicy(src: PushSourceOf<'connect'>, payload: Json): CallerPolicy {
  const limit = src.timeoutSeconds * 1000;
  return {
    summary: `contact ${text(payload, 'Details.ContactData.Channel') || 'VOICE'} ${text(payload, 'Details.ContactData.ContactId').slice(0, 8)}`,
    overallLimitMs: limit,
    limitRule: 'push.connect.timeout',
    maxAttempts: 4, // the first call and up to 3 retries
    retryRule: 'push.connect.retries',
    malformedRate: 0,
    retries: (f) =>
      f === 'error' ||
      f === 'crash' ||
      f === 'timeout' ||
      f === 'throttle' ||
      f === 'service-error',
    retryDelayMs: AT_ONCE,
    success: () => ({
      fate: 'succeeded',
      rule: 'push.connect.timeout',
      answer: 'Success branch: the flow uses the returned attributes',
    }),
    failure: (f) => ({
      fate: 'error-branch',
      rule: f === 'gave-up' ? 'push.connect.timeout' : 'push.connect.retries',
      answer:
        f === 'gave-up'
          ? `Error branch: no answer within the ${src.timeoutSeconds} s timeout`
          : f === 'denied'
            ? 'Error branch: AccessDeniedException'
            : 'Error branch: the call failed and no retries are left',
    }),
  };
}

export function lexPolicy(src: PushSourceOf<'lex'>): CallerPolicy {
  return {
    summary: `${src.resource} (${src.codeHook})`,
    limitRule: 'push.lex.errors',
    maxAttempts: 1,
    retryRule: 'push.lex.errors',
    malformedRate: 0,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({
      ...OK_200,
      rule: 'push.lex.errors',
      answer: 'the bot replies with the dialogAction',
    }),
    failure: (f) =>
      f === 'throttle'
        ? {
            fate: 'http-429',
            rule: 'push.lex.errors',
            statusCode: 429,
            answer: '429 Too Many Requests: Lambda throttled the code hook',
          }
        : {
            fate: 'http-424',
            rule: 'push.lex.errors',
            statusCode: 424,
            answer:
              f === 'denied'
                ? '424 DependencyFailedException: Lex may not invoke the function'
                : '424 DependencyFailedException: the code hook failed',
          },
  };
}

export function alexaPolicy(_src: PushSourceOf<'alexa'>, payload: Json): CallerPolicy {
  return {
    summary:
      `${text(payload, 'request.type') || 'IntentRequest'} ${text(payload, 'request.intent.name')}`.trim(),
    limitRule: 'push.alexa.skill',
    maxAttempts: 1,
    retryRule: 'push.alexa.skill',
    malformedRate: 0,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({
      fate: 'succeeded',
      rule: 'push.alexa.skill',
      answer: 'the device speaks the skill’s answer',
    }),
    failure: (f) =>
      f === 'not-configured'
        ? {
            fate: 'not-configured',
            rule: 'push.config-refused',
            answer: 'the skill has no endpoint: nothing is invoked',
          }
        : {
            fate: 'skill-error',
            rule: 'push.alexa.skill',
            answer: 'the device says there was a problem with the requested skill’s response',
          },
  };
}

export function sesRequestResponsePolicy(src: PushSourceOf<'ses'>, payload: Json): CallerPolicy {
  return {
    summary: `mail to ${text(payload, 'Records.0.ses.mail.destination.0') || 'inbox'}: ${text(payload, 'Records.0.ses.mail.commonHeaders.subject')}`,
    attemptLimitMs: 30_000,
    limitRule: 'push.ses.request-response',
    maxAttempts: 1,
    retryRule: 'push.ses.request-response',
    malformedRate: 0,
    retries: NO_RETRY,
    retryDelayMs: AT_ONCE,
    success: () => ({
      fate: 'succeeded',
      rule: 'push.ses.request-response',
      answer: `rule set goes on as the function said: ${src.disposition}`,
      report: src.disposition,
    }),
    failure: (f) =>
      f === 'not-configured'
        ? {
            fate: 'not-configured',
            rule: 'push.config-refused',
            answer: 'the receipt rule was never saved: nothing is invoked',
          }
        : {
            fate: 'action-failed',
            rule: 'push.ses.request-response',
            answer:
              f === 'gave-up'
                ? 'the Lambda action failed: no answer within 30 s'
                : 'the Lambda action failed',
          },
  };
}

export function stepFunctionsPolicy(src: PushSourceOf<'step-functions'>): CallerPolicy {
  const retry = src.retry;
  const catchFate = src.catch ? 'caught' : 'execution-failed';
  const errorName = (f: Failure, s: Sampled | null): string => {
    switch (f) {
      case 'gave-up':
        return 'States.Timeout';
      case 'throttle':
        return 'Lambda.TooManyRequestsException';
      case 'service-error':
        return 'Lambda.ServiceException';
      case 'denied':
        return 'Lambda.AWSLambdaException (AccessDenied)';
      default:
        return s?.errorType ?? 'States.TaskFailed';
    }
  };
  return {
    summary: `Task state of ${src.resource}`,
    attemptLimitMs: src.timeoutSeconds === undefined ? undefined : src.timeoutSeconds * 1000,
    limitRule: 'push.step-functions.task',
    maxAttempts: 1 + (retry?.maxAttempts ?? 0),
    retryRule: 'push.step-functions.retry',
    malformedRate: 0,
    retries: (f) => f !== 'denied' && f !== 'not-configured',
    retryDelayMs: (n) =>
      Math.round((retry?.intervalSeconds ?? 1) * 1000 * (retry?.backoffRate ?? 2) ** (n - 1)),
    success: () => ({
      fate: 'succeeded',
      rule: 'push.step-functions.task',
      answer: 'the Task state succeeds with the function’s result',
    }),
    failure: (f, s) => ({
      fate: catchFate,
      rule: f === 'denied' ? 'push.invoker-role' : 'push.step-functions.retry',
      answer: src.catch
        ? `${errorName(f, s)}: the Catch sends the execution to its fallback state`
        : `${errorName(f, s)}: the execution fails`,
    }),
  };
}
