/**
 * Deployment and governance services. All four call the function asynchronously, and three of
 * them expect the function to report a result back through an API of their own.
 */
import { ACCOUNT, REGION, iso, lambdaArn, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

export const cloudformation: ServiceRecord = {
  id: 'cloudformation',
  name: 'AWS CloudFormation',
  shortName: 'CloudFormation',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  // CloudFormation calls Invoke with the credentials the stack operation runs with; in the same
  // account no function policy is involved.
  permission: {
    kind: 'invoker-role',
    role: 'the identity deploying the stack, or the stack’s service role',
    actions: ['lambda:InvokeFunction'],
  },
  missingPermission:
    'The custom resource fails as soon as CloudFormation tries to call the function, and the stack operation rolls back.',
  behaviour: [
    'The function must PUT SUCCESS or FAILED to the pre-signed ResponseURL; simply returning is not enough.',
    'Without that reply the stack waits up to 1 h (ServiceTimeout, 1–3,600 s since 2024) and then fails the resource.',
    'Each stack operation arrives with a RequestType of Create, Update or Delete.',
  ],
  limits: [
    { label: 'Wait for a response', value: '1 h by default' },
    { label: 'ServiceTimeout', value: '1–3,600 s' },
  ],
  examFacts: [
    'A custom resource function has to send its result to the ResponseURL, or the stack hangs until the timeout.',
    'Custom resources let a template run code for anything CloudFormation cannot create on its own.',
  ],
  docs: [DOC.lambdaServices, DOC.invocationModes, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'cloudformation');
    const requestType = s.pick(['Create', 'Update', 'Delete'] as const);
    const stackId = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/web-app/${s.uuid()}`;
    const requestId = s.uuid();
    const serviceToken = lambdaArn('ami-lookup');
    const props = { ServiceToken: serviceToken, Architecture: s.pick(['x86_64', 'arm64']) };
    return {
      RequestType: requestType,
      ServiceToken: serviceToken,
      ResponseURL: `https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/${encodeURIComponent(stackId)}%7CAmiLookup%7C${requestId}?X-Amz-Signature=EXAMPLE`,
      StackId: stackId,
      RequestId: requestId,
      LogicalResourceId: 'AmiLookup',
      ResourceType: 'Custom::AmiLookup',
      ResourceProperties: props,
      ...(requestType !== 'Create' ? { PhysicalResourceId: `ami-lookup-${s.hex(8)}` } : {}),
      ...(requestType === 'Update'
        ? { OldResourceProperties: { ...props, Architecture: 'x86_64' } }
        : {}),
    };
  },
};

export const codecommit: ServiceRecord = {
  id: 'codecommit',
  name: 'AWS CodeCommit',
  shortName: 'CodeCommit',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'codecommit.amazonaws.com',
    sourceArnExample: `arn:aws:codecommit:${REGION}:${ACCOUNT}:shop-frontend`,
  },
  missingPermission:
    'The trigger cannot call the function, so pushes go unnoticed; testing the trigger in the console reports the permission error.',
  behaviour: [
    'A repository trigger fires on pushes and on branches or tags being created or deleted, for all branches or chosen ones.',
    'The event lists each changed reference with its commit ID, not the code.',
  ],
  limits: [],
  examFacts: [
    'A CodeCommit trigger can run a function when someone pushes or creates a branch or tag.',
    'AWS closed CodeCommit to new customers in 2024; older questions still use its triggers.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'codecommit');
    const repoArn = `arn:aws:codecommit:${REGION}:${ACCOUNT}:shop-frontend`;
    return {
      Records: [
        {
          awsRegion: REGION,
          codecommit: {
            references: [
              {
                commit: s.hex(40),
                ref: `refs/heads/${s.pick(['main', 'release', 'feature/cart'])}`,
              },
            ],
          },
          eventId: s.uuid(),
          eventName: 'ReferenceChanges',
          eventPartNumber: 1,
          eventSource: 'aws:codecommit',
          eventSourceARN: repoArn,
          eventTime: iso(s.timeMs()).replace('Z', '+0000'),
          eventTotalParts: 1,
          eventTriggerConfigId: s.uuid(),
          eventTriggerName: 'notify-on-push',
          eventVersion: '1.0',
          userIdentityARN: `arn:aws:iam::${ACCOUNT}:user/dev-${s.int(1, 20)}`,
        },
      ],
    };
  },
};

export const codepipeline: ServiceRecord = {
  id: 'codepipeline',
  name: 'AWS CodePipeline',
  shortName: 'CodePipeline',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  // The pipeline acts through its service role; the default service role already allows this.
  permission: {
    kind: 'invoker-role',
    role: 'the pipeline’s service role',
    actions: ['lambda:InvokeFunction', 'lambda:ListFunctions'],
  },
  missingPermission:
    'The invoke action fails straight away with a permissions error, and the pipeline stops at that stage.',
  behaviour: [
    'The function must report the outcome with PutJobSuccessResult or PutJobFailureResult.',
    'If the function never reports, the action waits until its timeout and then fails.',
    'To report, the execution role needs codepipeline:PutJobSuccessResult and codepipeline:PutJobFailureResult.',
    'The job data carries temporary credentials for the input and output artifacts in S3.',
  ],
  limits: [],
  examFacts: [
    'A CodePipeline invoke action only succeeds when the function calls PutJobSuccessResult.',
  ],
  docs: [DOC.lambdaServices, DOC.invocationModes, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'codepipeline');
    const bucket = `codepipeline-${REGION}-${s.digits(12)}`;
    return {
      'CodePipeline.job': {
        id: s.uuid(),
        accountId: ACCOUNT,
        data: {
          actionConfiguration: {
            configuration: {
              FunctionName: 'smoke-test',
              UserParameters: JSON.stringify({ url: 'https://staging.example.com/health' }),
            },
          },
          inputArtifacts: [
            {
              name: 'BuildOutput',
              revision: s.hex(40),
              location: {
                type: 'S3',
                s3Location: { bucketName: bucket, objectKey: `shop/BuildOutp/${s.hex(7)}` },
              },
            },
          ],
          outputArtifacts: [],
          artifactCredentials: {
            accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
            secretAccessKey: 'EXAMPLE-not-a-real-secret',
            sessionToken: `EXAMPLE${s.hex(32)}`,
            expirationTime: s.timeMs() + 3_600_000,
          },
        },
      },
    };
  },
};

export const config: ServiceRecord = {
  id: 'config',
  name: 'AWS Config',
  shortName: 'Config',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, asynchronous',
  invocation: 'async',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'config.amazonaws.com',
    sourceArnExample: `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/config-rule-a1b2c3`,
  },
  missingPermission:
    'Creating the rule fails with InsufficientPermissionsException because AWS Config cannot invoke the function.',
  behaviour: [
    'The function judges a resource and must call PutEvaluations with the resultToken it received.',
    'Rules run when a configuration changes, on a schedule (every 1, 3, 6, 12 or 24 h), or both.',
    'invokingEvent and ruleParameters arrive as JSON strings that the function has to parse.',
  ],
  limits: [{ label: 'Periodic frequency', value: '1, 3, 6, 12 or 24 h' }],
  examFacts: [
    'A custom AWS Config rule is a function that reports COMPLIANT or NON_COMPLIANT through PutEvaluations.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy, DOC.asyncErrors],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'config');
    const ms = s.timeMs();
    const bucket = s.pick(['team-share', 'public-assets', 'finance-reports']);
    const configurationItem = {
      configurationItemCaptureTime: iso(ms),
      awsAccountId: ACCOUNT,
      configurationItemStatus: 'OK',
      resourceType: 'AWS::S3::Bucket',
      resourceId: bucket,
      resourceName: bucket,
      ARN: `arn:aws:s3:::${bucket}`,
      awsRegion: REGION,
      configuration: { name: bucket },
      tags: { owner: 'data-team' },
    };
    return {
      version: '1.0',
      invokingEvent: JSON.stringify({
        configurationItem,
        notificationCreationTime: iso(ms + 2000),
        messageType: 'ConfigurationItemChangeNotification',
        recordVersion: '1.3',
      }),
      ruleParameters: JSON.stringify({ requiredTag: 'owner' }),
      resultToken: `${s.hex(40)}`,
      eventLeftScope: false,
      executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
      configRuleArn: `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/config-rule-${s.hex(6)}`,
      configRuleName: 'buckets-have-owner-tag',
      configRuleId: `config-rule-${s.hex(6)}`,
      accountId: ACCOUNT,
    };
  },
};
