import type { InvocationModel, ServicePermission, ServiceRecord } from '../../catalog/services';

/**
 * The wording generated questions are built from. Each phrase states one catalog fact in a form
 * that reads after a service's short name ("S3 hands the event to Lambda …"), so options, whys and
 * explanations say the same thing the same way.
 */

/** What a service does, by invocation model, after its name. */
export const DOES: Record<InvocationModel, string> = {
  sync: 'calls the function synchronously and waits for its answer',
  async: 'hands the event to Lambda asynchronously and does not wait for the function',
  poll: 'never calls Invoke itself: Lambda’s own poller (an event source mapping) reads it',
  special: 'sends no events at all: the function uses it while it runs',
};

/** What follows from that model, one sentence. */
export const SO: Record<InvocationModel, string> = {
  sync: 'The caller sees any error and decides whether to try again; Lambda never retries a synchronous call.',
  async:
    'Lambda queues the event, answers 202, retries a failing function (twice by default) and can keep failures in a DLQ or destination.',
  poll: 'The event source mapping sets the batch size and the retries, and invokes the function synchronously with each batch.',
  special: 'It is configured on the function and allowed through the function’s execution role.',
};

export const MODEL_NAME: Record<InvocationModel, string> = {
  sync: 'synchronous',
  async: 'asynchronous',
  poll: 'polling',
  special: 'a special integration',
};

/**
 * The four answers to "how is the function invoked?", one per model. Each names the call (or the
 * absence of one) in about the same number of words, so no answer stands out by its length.
 */
export const MODEL_OPTION: Record<InvocationModel, string> = {
  sync: 'It calls Invoke with RequestResponse and waits for the function’s response.',
  async: 'It calls Invoke with the Event type: Lambda queues the event, then retries.',
  poll: 'It never calls Invoke: Lambda’s event source mapping polls it for batches.',
  special: 'It never calls Invoke: the function uses it, allowed by the execution role.',
};

export const MODELS: readonly InvocationModel[] = ['sync', 'async', 'poll', 'special'];

export function listActions(actions: readonly string[], max = 4): string {
  const shown = actions.slice(0, max).join(', ');
  return actions.length > max ? `${shown} and ${actions.length - max} more` : shown;
}

/** What lets the service in, after its name: "S3 is let in by …". */
export function permissionPhrase(p: ServicePermission): string {
  switch (p.kind) {
    case 'resource-policy':
      return `is let in by a statement in the function’s resource-based policy naming ${p.principal}${
        p.needsSourceAccount ? ', with SourceAccount as well as SourceArn' : ''
      }`;
    case 'execution-role':
      return `works through the function’s execution role, which must allow ${listActions(p.actions)}${
        p.managedPolicy ? ` (the managed policy ${p.managedPolicy} has them)` : ''
      }`;
    case 'invoker-role':
      return `acts through ${p.role}, whose own IAM policy must allow ${p.actions.join(' and ')}`;
    case 'none':
      // The note is a sentence of its own: its capital stays, its full stop is the caller's.
      return `needs no invoke permission at all. Instead: ${p.note.replace(/\.$/, '')}`;
  }
}

/** Names that keep their capital inside a sentence. */
const PROPER = /^(Lambda|Amazon|AWS|Kinesis|Alexa|Cognito|CloudFront|CloudWatch|EventBridge)\b/;

/**
 * A sentence's opening word in lower case, to continue another sentence with it; a name
 * (Lambda, CloudFront, an acronym) keeps its capital.
 */
export function lowerFirst(text: string): string {
  if (PROPER.test(text) || /^[A-Z][a-z]*[A-Z]/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Services an SAA candidate meets most often: their questions are marked easier. */
const COMMON = new Set([
  's3',
  'sns',
  'sqs',
  'api-gateway',
  'kinesis',
  'dynamodb',
  'eventbridge',
  'alb',
  'cloudwatch-logs',
]);

export function difficultyOf(s: ServiceRecord, base: 1 | 2): 1 | 2 | 3 {
  return COMMON.has(s.id) ? base : ((base + 1) as 2 | 3);
}
