/**
 * Identity and secrets: Cognito user pools run triggers during sign-up and sign-in, and Secrets
 * Manager runs a rotation function step by step. Both wait for each answer.
 */
import { ACCOUNT, REGION, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const cognito: ServiceRecord = {
  id: 'cognito',
  name: 'Amazon Cognito',
  shortName: 'Cognito',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'cognito-idp.amazonaws.com',
    sourceArnExample: `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/us-east-1_Ab12Cd34E`,
  },
  missingPermission:
    'The user’s sign-up or sign-in call fails with a message that the trigger invocation was denied (AccessDeniedException).',
  behaviour: [
    'User pool triggers are called synchronously and must answer within 5 s, a limit that cannot be changed.',
    'Cognito makes 3 attempts in all, then fails the user’s operation.',
    'The handler returns the event it received, with its response part filled in.',
    'Custom sender triggers (email and SMS) are the exception: Cognito calls them asynchronously.',
  ],
  limits: [
    { label: 'Response time', value: '5 s (fixed)' },
    { label: 'Attempts', value: '3' },
  ],
  examFacts: [
    'Cognito user pool triggers such as pre sign-up or pre token generation run synchronously with a fixed 5-second limit.',
  ],
  docs: [DOC.cognitoTriggers, DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'cognito');
    const userName = s.uuid();
    return {
      version: '1',
      triggerSource: 'PreSignUp_SignUp',
      region: REGION,
      userPoolId: `${REGION}_${s.pick(['Ab12Cd34E', 'Xy98Wv76U', 'Mn45Op67Q'])}`,
      userName,
      callerContext: { awsSdkVersion: 'aws-sdk-js-3.700.0', clientId: s.hex(26) },
      request: {
        userAttributes: { email: `learner${s.int(1, 9999)}@example.org` },
        validationData: null,
      },
      response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
    };
  },
};

const ROTATION_STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;

export const secretsManager: ServiceRecord = {
  id: 'secrets-manager',
  name: 'AWS Secrets Manager',
  shortName: 'Secrets Manager',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'secretsmanager.amazonaws.com',
    sourceArnExample: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-AbCdEf`,
  },
  missingPermission:
    'Rotation fails at the start: Secrets Manager says it cannot invoke the function and that the function policy must allow secretsmanager.amazonaws.com.',
  behaviour: [
    'Rotation calls the function once per step, in order: createSecret, setSecret, testSecret, finishSecret.',
    'Every call names its Step, the SecretId and a ClientRequestToken that identifies the new version.',
    'Until finishSecret moves the AWSCURRENT label, applications keep reading the old value.',
  ],
  limits: [{ label: 'Steps per rotation', value: '4' }],
  examFacts: [
    'Secrets Manager rotates a secret by calling a function in four steps: create, set, test, finish.',
    'A rotation function inside a VPC needs a NAT gateway or an interface endpoint to reach Secrets Manager.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'secrets-manager');
    return {
      Step: s.pick(ROTATION_STEPS),
      SecretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/orders-db-${s.hex(6)}`,
      ClientRequestToken: s.uuid(),
    };
  },
};
