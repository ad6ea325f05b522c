/**
 * Step Functions is not in the study table, but exam questions pair it with Lambda constantly:
 * it is the answer whenever work outgrows one 15-minute invocation or needs coordinated retries.
 * Since re:Invent 2025 Lambda has its own answer for long work too: durable functions.
 */
import { ACCOUNT, REGION, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const stepFunctions: ServiceRecord = {
  id: 'step-functions',
  name: 'AWS Step Functions',
  shortName: 'Step Functions',
  inStudyTable: false,
  // A Task state waits for the result by default (RequestResponse); Event is opt-in.
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  // A state machine acts through its own IAM role; that role's policy allows the invoke.
  permission: {
    kind: 'invoker-role',
    role: 'the state machine’s execution role',
    actions: ['lambda:InvokeFunction'],
  },
  missingPermission:
    'The Task state fails with an access-denied error; a Catch can route it elsewhere, but a Retry will not help.',
  behaviour: [
    'A Task state waits for the function’s result by default, or fires and forgets with InvocationType Event.',
    'Retries and fallbacks are declared in the state machine with Retry and Catch, per error name.',
    'Standard workflows may run for up to a year, so long jobs become steps that each fit in 15 min.',
    'Lambda durable functions (re:Invent 2025) are the Lambda-native alternative for long work: the function checkpoints its progress and resumes after waits, each run still within 15 min.',
  ],
  limits: [
    { label: 'Standard workflow duration', value: 'up to 1 year' },
    { label: 'Each Lambda step', value: '15 min at most' },
  ],
  examFacts: [
    'Use Step Functions (or, since re:Invent 2025, Lambda durable functions) to chain steps or to run work longer than Lambda’s 15-minute limit.',
    'Retry and Catch in a state machine replace hand-written retry code inside functions.',
  ],
  docs: [DOC.lambdaServices, DOC.invocationSync],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'step-functions');
    // With the default payload the function receives the state's input as is.
    return {
      orderId: `ord-${s.digits(6)}`,
      customerId: `cus-${s.digits(4)}`,
      total: s.int(500, 90_000) / 100,
      execution: `arn:aws:states:${REGION}:${ACCOUNT}:execution:order-flow:${s.uuid()}`,
    };
  },
};
